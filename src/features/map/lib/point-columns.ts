import type { Category, ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';

import { FALLBACK_COLOR } from './event-layers';
import type { PointColumns } from './event-tiler';

/**
 * Events with a place, as columns for the tiler, and their ids in the same order (they stay on
 * the page); the rest live on the timeline and in the list only.
 */
export function pointColumns(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
): { columns: PointColumns; ids: string[] } {
  // Indices into the distinct colours, not the categories: 100,000 categories would overflow
  // the Uint16 column, and a few colours are all the tiles need.
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const slot = new Map<string, number>();
  for (const category of categories) {
    let index = colorIndex.get(category.color);
    if (index === undefined) {
      index = colors.push(category.color) - 1;
      colorIndex.set(category.color, index);
    }
    slot.set(category.id, index);
  }
  // An unknown category takes the last colour.
  const fallback = colors.push(FALLBACK_COLOR) - 1;
  const located = events.filter((event) => event.location);
  const n = located.length;
  const ids = new Array<string>(n);
  const columns: PointColumns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    color: new Uint16Array(n),
    colors,
  };
  located.forEach((event, i) => {
    ids[i] = event.id;
    columns.lon[i] = event.location?.lon ?? 0;
    columns.lat[i] = drawnLatitude(event.location?.lat ?? 0);
    columns.start[i] = event.start;
    columns.end[i] = event.end;
    columns.color[i] = slot.get(event.category) ?? fallback;
  });
  return { columns, ids };
}

/** The columns' memory, to hand to the worker without a copy. */
export function columnBuffers(columns: PointColumns): ArrayBuffer[] {
  const { lon, lat, start, end, color } = columns;
  return [lon, lat, start, end, color].map((column) => column.buffer as ArrayBuffer);
}
