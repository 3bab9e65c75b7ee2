/**
 * The benchmark's floor: the same points drawn by maplibre-gl with nothing else on the page,
 * the time window moved by the cheapest means MapLibre offers (a layer filter, once a frame).
 * The app's scrubbing figures are reported as ratios to this page's.
 */
import type { Feature } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

import { DAY } from '../../src/domain/time/units.ts';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const dataUrl = params.get('data') ?? '';

interface Floor {
  ready: boolean;
  loadedAt: number;
  /** During the task that parses the file (which the app does in a worker). */
  parsingAt: number;
  renderedAt: number;
  renders: number;
  arm: (from: number, to: number, width: number) => void;
}

const floor: Floor = {
  ready: false,
  loadedAt: 0,
  parsingAt: -1,
  renderedAt: 0,
  renders: 0,
  arm: () => undefined,
};
(window as unknown as { floor: Floor }).floor = floor;

function features(text: string): Feature[] {
  const out: Feature[] = [];
  const push = (lon: number, lat: number, date: string) => {
    const s = Date.parse(`${date}T00:00:00Z`);
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { s, e: s + DAY },
    });
  };
  if (dataUrl.endsWith('.csv')) {
    const lines = text.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const cells = (lines[i] as string).split(',');
      if (cells.length > 5) push(Number(cells[5]), Number(cells[4]), cells[2] as string);
    }
  } else {
    const data = JSON.parse(text) as {
      events: { date: string; location: { lat: number; lon: number } }[];
    };
    for (const event of data.events) push(event.location.lon, event.location.lat, event.date);
  }
  return out;
}

// The same map size as the app's map, so both draw the same number of pixels.
const container = document.getElementById('map') as HTMLElement;
if (params.get('w')) container.style.width = `${params.get('w')}px`;
if (params.get('h')) container.style.height = `${params.get('h')}px`;

// The app's camera too, so both draw the same tiles.
const [zoom = 3.6, lat = 24, lon = 45] = (params.get('camera') ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number);

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d3e3ee' } }],
  },
  center: [lon, lat],
  zoom,
  fadeDuration: 0,
});
map.on('render', () => (floor.renders += 1));

map.on('load', async () => {
  const text = await (await fetch(dataUrl)).text();
  floor.parsingAt = performance.now();
  map.addSource('events', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: features(text) },
    buffer: 0,
    maxzoom: 12,
  });
  map.addLayer({
    id: 'events',
    type: 'circle',
    source: 'events',
    paint: { 'circle-radius': 4, 'circle-color': '#D55E00' },
  });
  floor.loadedAt = performance.now();
  map.once('idle', () => {
    floor.renderedAt = performance.now();
    floor.ready = true;
  });
});

/**
 * Scrubbing, driven the way the benchmark drives the app: a pointer drag. The pointer's x across
 * the page maps onto the data's dates; the filter is set at most once a frame.
 */
let drag: { from: number; to: number; width: number } | null = null;
let pending: number | null = null;
floor.arm = (from, to, width) => {
  drag = { from, to, width };
};
addEventListener('pointermove', (event) => {
  if (!drag || event.buttons === 0) return;
  const { from, to, width } = drag;
  pending = from + (to - width - from) * Math.min(1, Math.max(0, event.clientX / innerWidth));
  requestAnimationFrame(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    map.setFilter('events', [
      'all',
      ['<', ['get', 's'], start + width],
      ['>', ['get', 'e'], start],
    ]);
  });
});
