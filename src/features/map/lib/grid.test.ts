import { describe, expect, it } from 'vitest';

import type { Category, ChronoEvent } from '@/domain/events/types';

import { cellDegrees, eventsInCell, gridFeatures } from './grid';
import { covers, gridArea } from './grid-area';

const categories: Category[] = [
  { id: 'maritime', label: 'Maritime', color: '#0072B2' },
  { id: 'strikes', label: 'Strikes', color: '#D55E00' },
];

function at(id: string, lon: number, lat: number, category = 'maritime'): ChronoEvent {
  return { id, category, location: { lon, lat, precision: 'exact' } } as ChronoEvent;
}

describe('the grid for very large datasets', () => {
  it('puts nearby events in one cell at their mean position, coloured by the commonest category', () => {
    const size = cellDegrees(3);
    const { features } = gridFeatures(
      [
        at('a', 45.1, 12.1, 'strikes'),
        at('b', 45.1 + size / 4, 12.1, 'strikes'),
        at('c', 45.1, 12.1 + size / 4),
        at('far', 58.4, 23.6),
      ],
      3,
      categories,
    );
    expect(features).toHaveLength(2);
    const group = features.find((f) => f.properties.count === 3)!;
    expect(group.properties.color).toBe('#D55E00');
    expect(group.properties.id).toBe('');
    expect(group.geometry.coordinates[0]).toBeCloseTo(45.1 + size / 12);
    expect(features.find((f) => f.properties.count === 1)?.properties.id).toBe('far');
  });

  it('splits cells as the map zooms in, and skips events without a place', () => {
    const events = [at('a', 45, 12), at('b', 45.3, 12), { ...at('c', 0, 0), location: undefined }];
    expect(gridFeatures(events, 2, categories).features).toHaveLength(1);
    expect(gridFeatures(events, 8, categories).features).toHaveLength(2);
  });

  it('finds the events of a drawn cell from where it is drawn, for the list a click opens', () => {
    const events = [at('a', 45.1, 12.1), at('b', 45.12, 12.11), at('far', 58.4, 23.6)];
    for (const zoom of [0, 3, 9]) {
      for (const cell of gridFeatures(events, zoom, categories).features) {
        const inside = eventsInCell(events, cell.geometry.coordinates as [number, number], zoom);
        expect(inside).toHaveLength(cell.properties.count);
      }
    }
    expect(eventsInCell(events, [45.1, 12.1], 3).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('zoomed in, bins only the view and a view around it, and asks again once the view leaves it', () => {
    const view = (west: number, south: number, east: number, north: number) => ({
      getWest: () => west,
      getSouth: () => south,
      getEast: () => east,
      getNorth: () => north,
    });
    expect(gridArea(view(40, 10, 50, 20), 3)).toBeNull();
    expect(gridArea(view(170, 10, 190, 20), 8)).toBeNull();
    const area = gridArea(view(44, 12, 46, 13), 8);
    expect(area).toEqual([42, 11, 48, 14]);
    expect(covers(area, view(43, 11.5, 45, 12.5))).toBe(true);
    expect(covers(area, view(47, 12, 49, 13))).toBe(false);
    expect(covers(null, view(-180, -90, 180, 90))).toBe(true);
    const events = [at('near', 45, 12.5), at('far', 58.4, 23.6)];
    const cells = gridFeatures(events, 8, categories, area).features;
    expect(cells.map((cell) => cell.properties.id)).toEqual(['near']);
  });

  it('colours a cell by its commonest category among thousands, ties to the first in the legend', () => {
    const many: Category[] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `c${i}`,
      label: `C${i}`,
      color: `#${i.toString(16).padStart(6, '0')}`,
    }));
    const cell = (events: ChronoEvent[]) => gridFeatures(events, 3, many).features[0]?.properties;
    expect(
      cell([at('a', 45, 12, 'c4000'), at('b', 45, 12, 'c7'), at('c', 45, 12, 'c4000')])?.color,
    ).toBe(many[4000]?.color);
    expect(cell([at('a', 45, 12, 'c4000'), at('b', 45, 12, 'c7')])?.color).toBe(many[7]?.color);
  });
});
