import type { MapGeoJSONFeature } from 'maplibre-gl';

import type { ChronoEvent } from '@/domain/events/types';
import { markOnce } from '@/utils/perf-marks';

import { ClusterRenderer } from './cluster-renderer';
import { TILES_LAYER } from './event-layers';
import { GridRenderer } from './grid-renderer';
import { LatestQueue } from './latest-queue';
import { paintBasemap, paintEvents, showDonuts } from './map-theme';
import {
  chooseStrategy,
  type EventRenderer,
  type RendererContext,
  type StrategyLabel,
} from './strategy';
import { TileRenderer } from './tile-renderer';

/**
 * The events on the map: which renderer draws them (strategy.ts), and the queue that hands each
 * new state to it, latest first. The controller tells it what changed; it never reads the store.
 */
export class EventDrawing {
  private readonly renderers: {
    clusters: ClusterRenderer;
    tiles: TileRenderer;
    grid: GridRenderer;
  };
  /** How the events are drawn now: exactly one way at a time. */
  private renderer: EventRenderer;
  private readonly queue: LatestQueue;

  constructor(private readonly ctx: RendererContext) {
    this.renderers = {
      clusters: new ClusterRenderer(ctx),
      tiles: new TileRenderer(ctx),
      grid: new GridRenderer(ctx),
    };
    // The first events are drawn clustered: the sources are made for that (create-map.ts).
    this.renderer = this.renderers.clusters;
    this.queue = new LatestQueue({
      run: () => this.draw(),
      hold: () => ctx.idle.hold(),
      onDrained: () => {
        this.renderer.drained?.();
        ctx.idle.settle();
      },
    });
  }

  get clustered(): boolean {
    return this.renderer.kind === 'clusters';
  }

  label(): StrategyLabel {
    return this.renderer.label();
  }

  /** New events in the scene: drawn the way their number calls for, after the next paint. */
  showEvents() {
    const { map, scene, idle } = this.ctx;
    this.useStrategy(this.renderers[chooseStrategy(scene.data.events.length)]);
    showDonuts(map, scene);
    idle.busy();
    this.renderer.filterLayers();
    // New events reach the map after the frame that shows them in the timeline and the list:
    // handing 100k points to MapLibre's worker takes the page's thread for a few hundred ms.
    this.queue.requestAfterPaint();
    this.renderer.prepareLive?.();
  }

  /** The scene's window moved. */
  followWindow() {
    this.ctx.idle.busy();
    if (this.renderer.followWindow()) this.queue.request();
  }

  /** Scrubbing started or ended. */
  setLive(live: boolean) {
    if (this.renderer.setLive?.(live)) this.queue.request();
  }

  /** The camera settled: draws again if what is drawn was made for another view. */
  afterMove() {
    // A drawing already waiting for the next paint is made for the camera as it will be then:
    // a second one now would bin a million events twice (the first framing of new data).
    if (!this.queue.waitingForPaint && this.renderer.staleAfterMove?.()) this.queue.request();
  }

  /** The scene's theme changed. */
  repaint() {
    const { map, scene } = this.ctx;
    paintBasemap(map, scene);
    paintEvents(map, scene, !this.clustered);
    showDonuts(map, scene);
  }

  /** Points from our tiles carry a number that finds the event; the other sources, its id. */
  eventIdOf(feature: MapGeoJSONFeature): string | undefined {
    return feature.layer.id === TILES_LAYER
      ? this.renderers.tiles.eventId(feature)
      : String(feature.properties['id']);
  }

  clusterLeaves(feature: MapGeoJSONFeature): Promise<ChronoEvent[]> {
    return this.renderers.clusters.leaves(feature);
  }

  openCluster(feature: MapGeoJSONFeature) {
    void this.renderers.clusters.open(feature);
  }

  openCell(feature: MapGeoJSONFeature) {
    this.renderers.grid.open(feature);
  }

  destroy() {
    this.queue.destroy();
    this.renderers.tiles.destroy();
  }

  /** Hands over to another way of drawing; the one leaving empties its source. */
  private useStrategy(next: EventRenderer) {
    if (next === this.renderer) return;
    const wasClustered = this.clustered;
    this.renderer.leave();
    this.renderer = next;
    next.enter();
    if (wasClustered !== this.clustered) paintEvents(this.ctx.map, this.ctx.scene, !this.clustered);
  }

  /** One drawing for the queue: the first that draws events marks `map-events`. */
  private draw(): Promise<unknown> | undefined {
    const drawing = this.renderer.draw();
    if (!drawing) return undefined;
    return drawing.done.then(() => {
      if (drawing.drawsSomething) this.ctx.map.once('idle', () => markOnce('map-events'));
    });
  }
}
