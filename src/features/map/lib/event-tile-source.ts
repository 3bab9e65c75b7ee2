import { addProtocol, removeProtocol, type RequestParameters } from 'maplibre-gl';

import { pointOfFeature, type PointColumns } from './event-tiler';
import type { TilerReply, TilerRequest } from './event-tiles-worker';
import { columnBuffers } from './point-columns';

const PROTOCOL = 'chronomap-events';
const TILE_URL = /^chronomap-events:\/\/(\d+)\/(\d+)\/(\d+)\/(\d+)$/;

/** The tile address of a set of points: a new set is a new address, so no old tile is reused. */
export const tileUrl = (generation: number) => `${PROTOCOL}://${generation}/{z}/{x}/{y}`;
/** No points: answered on the page, without starting the worker. */
export const EMPTY_TILES = tileUrl(0);

/**
 * Serves the map's event tiles from our own tiler worker through a custom protocol. The page only
 * passes the tiles' bytes along, so a new set of 100k points costs it milliseconds.
 */
export class EventTileSource {
  private worker: Worker | null = null;
  private generation = 0;
  private nextRequest = 0;
  private readonly tiles = new Map<number, (bytes: ArrayBuffer) => void>();
  private readonly ready = new Map<number, () => void>();
  /** Event ids of the sets of points whose tiles can be on screen: the last one and the next. */
  private readonly ids = new Map<number, readonly string[]>();

  constructor() {
    addProtocol(PROTOCOL, (params: RequestParameters) => this.load(params));
  }

  /** Resolves with the new points' tile address once the worker holds them. */
  setPoints(columns: PointColumns, ids: readonly string[]): Promise<string> {
    const generation = ++this.generation;
    this.ids.set(generation, ids);
    for (const set of this.ids.keys()) if (set < generation - 1) this.ids.delete(set);
    const message: TilerRequest = { kind: 'points', generation, columns };
    this.start().postMessage(message, columnBuffers(columns));
    return new Promise((resolve) => {
      this.ready.set(generation, () => resolve(tileUrl(generation)));
    });
  }

  /** The event a drawn tile feature stands for. */
  eventId(featureId: number): string | undefined {
    const { set, point } = pointOfFeature(featureId);
    return this.ids.get(set)?.[point];
  }

  destroy() {
    removeProtocol(PROTOCOL);
    this.worker?.terminate();
    this.worker = null;
    for (const answer of this.tiles.values()) answer(new ArrayBuffer(0));
    this.tiles.clear();
    this.ready.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./event-tiles-worker.ts', import.meta.url), {
      type: 'module',
      name: 'event tiles',
    });
    worker.onmessage = ({ data }: MessageEvent<TilerReply>) => {
      if (data.kind === 'ready') {
        this.ready.get(data.generation)?.();
        this.ready.delete(data.generation);
        return;
      }
      this.tiles.get(data.request)?.(data.bytes);
      this.tiles.delete(data.request);
    };
    this.worker = worker;
    return worker;
  }

  private async load(params: RequestParameters): Promise<{ data: ArrayBuffer }> {
    const match = TILE_URL.exec(params.url);
    const [generation, z, x, y] = (match?.slice(1) ?? []).map(Number);
    if (!generation || z === undefined || x === undefined || y === undefined || !this.worker)
      return { data: new ArrayBuffer(0) };
    const request = ++this.nextRequest;
    const message: TilerRequest = { kind: 'tile', request, generation, z, x, y };
    this.worker.postMessage(message);
    return { data: await new Promise((resolve) => this.tiles.set(request, resolve)) };
  }
}
