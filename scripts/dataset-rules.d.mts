/** Types of scripts/dataset-rules.mjs, for the unit tests that use it. */
interface RawLocation {
  lat?: number;
  lon?: number;
  precision?: string;
  radiusKm?: number;
  timezone?: string;
}

interface RawEvent {
  date: unknown;
  summary?: unknown;
  location?: RawLocation;
}

export const SOURCE_KINDS: readonly ['primary', 'report', 'claim'];
export function sourceUrlProblems(url: string): string[];
export function statedTimeProblems(event: RawEvent): string[];
export function writtenClockProblems(event: RawEvent & { endDate?: unknown }): string[];
export function writtenDay(date: unknown): string;
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number;
export function haloKm(location: { precision?: string; radiusKm?: number }): number;
export const WIDE_HALO_KM: number;
export function wideHalos(events: readonly { id?: unknown; location?: RawLocation }[]): {
  count: number;
  widest: { id: string; km: number } | null;
};
