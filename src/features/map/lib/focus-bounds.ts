import { drawnLatitude } from '@/domain/places/drawn-latitude';

export type LonLatBounds = [[number, number], [number, number]];

/** A circle this many degrees wide is never cut down: it is one region already. */
const MIN_RADIUS_DEGREES = 30;
const MAX_SAMPLE = 10_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function boundsOf(points: readonly [number, number][]): LonLatBounds | null {
  if (points.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** Positions of located events: an even sample of about `limit`, never a million arrays. */
export function samplePositions(
  events: readonly { location?: { lon: number; lat: number } }[],
  limit = MAX_SAMPLE,
): [number, number][] {
  const step = Math.max(1, Math.ceil(events.length / limit));
  const positions: [number, number][] = [];
  for (let i = 0; i < events.length; i += step) {
    const location = events[i]?.location;
    // Where the map draws them: a pole is framed at the map's edge, where it is drawn.
    if (location) positions.push([location.lon, drawnLatitude(location.lat)]);
  }
  return positions;
}

/** The bounds of every located event. */
export function eventBounds(
  events: readonly { location?: { lon: number; lat: number } }[],
): LonLatBounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { location } of events) {
    if (!location) continue;
    const lat = drawnLatitude(location.lat);
    if (location.lon < west) west = location.lon;
    if (location.lon > east) east = location.lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return west <= east
    ? [
        [west, south],
        [east, north],
      ]
    : null;
}

/**
 * Where most of the events are: the points within four times the median distance from the
 * median point (and never less than 30°), when that keeps at least `share` of them. A few far-away
 * events (statements in Washington about strikes in Yemen) then do not shrink the region
 * everyone came to see; "Fit to events" still frames them all.
 */
export function focusBounds(all: readonly [number, number][], share = 0.8): LonLatBounds | null {
  if (all.length < 8) return boundsOf(all);
  // An even sample finds the same region: sorting a million coordinates would take seconds.
  const step = Math.ceil(all.length / MAX_SAMPLE);
  const points = step > 1 ? all.filter((_, i) => i % step === 0) : all;
  const centre = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))] as const;
  const distance = ([lon, lat]: [number, number]) => Math.hypot(lon - centre[0], lat - centre[1]);
  const radius = Math.max(MIN_RADIUS_DEGREES, 4 * median(points.map(distance)));
  const inside = points.filter((point) => distance(point) <= radius);
  return boundsOf(inside.length >= points.length * share ? inside : points);
}

/**
 * The events a view frames: those in the time window when any of them has a place (a link's
 * window is what its reader came for), otherwise every event that passes the filters.
 */
export function eventsToFrame<E extends { location?: unknown }>(
  inWindow: readonly E[],
  all: readonly E[],
): readonly E[] {
  return inWindow.some((event) => event.location) ? inWindow : all;
}
