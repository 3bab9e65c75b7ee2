import type { Reading } from './types';

/** Where a reading's coordinates come from: two columns, one, the geometry, or place names only. */
export type PlaceMode = 'pair' | 'point' | 'geometry' | 'name';

export function placeModeOf(reading: Reading): PlaceMode {
  if (reading.lat || reading.lon) return 'pair';
  if (reading.point) return 'point';
  if (reading.geometry) return 'geometry';
  return 'name';
}
