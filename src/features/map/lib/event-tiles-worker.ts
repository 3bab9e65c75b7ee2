/// <reference lib="webworker" />
// Cuts the map's event tiles off the page's thread (see event-tiler.ts).
import { EventTiler, type PointColumns } from './event-tiler';

export type TilerRequest =
  | { kind: 'points'; generation: number; columns: PointColumns }
  | { kind: 'tile'; request: number; generation: number; z: number; x: number; y: number };

export type TilerReply =
  { kind: 'ready'; generation: number } | { kind: 'tile'; request: number; bytes: ArrayBuffer };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let tiler: EventTiler | null = null;
let current = -1;

scope.onmessage = ({ data }: MessageEvent<TilerRequest>) => {
  if (data.kind === 'points') {
    tiler = new EventTiler(data.generation, data.columns);
    current = data.generation;
    scope.postMessage({ kind: 'ready', generation: current } satisfies TilerReply);
    return;
  }
  // Messages arrive in order, so a tile of an older set of points is one the map no longer wants.
  const tile =
    tiler && data.generation === current ? tiler.tile(data.z, data.x, data.y) : new Uint8Array(0);
  const bytes =
    tile.byteOffset === 0 && tile.byteLength === tile.buffer.byteLength
      ? (tile.buffer as ArrayBuffer)
      : (tile.slice().buffer as ArrayBuffer);
  scope.postMessage({ kind: 'tile', request: data.request, bytes } satisfies TilerReply, [bytes]);
};
