import './maplibre-init';

import fontItalicUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type PointLike,
  type VectorTileSource,
} from 'maplibre-gl';

import { eventsInWindow, type TimeWindow } from '@/domain/events/filter-events';
import type { Category, ChronoEvent } from '@/domain/events/types';
import type { FitScope } from '@/store/slices/map-slice';
import { afterNextPaint } from '@/utils/after-next-paint';
import { markOnce } from '@/utils/perf-marks';
import { countOf } from '@/utils/plural';
import { formatEventDate } from '@/utils/time-format';

import {
  ATTRIBUTION,
  basemapStyle,
  BASEMAP_COLORS,
  BASEMAP_SOURCES,
  themePaint,
  type Theme,
} from './basemap-style';
import { loadBasemapData, placeFeatures, type BasemapData } from './basemap-data';
import { drawDonut } from './donut';
import { eventBounds, eventsToFrame, focusBounds, samplePositions } from './focus-bounds';
import type * as GridModule from './grid';
import { covers, gridArea, type Area } from './grid-area';
import {
  CLUSTER_CATEGORY_SLOTS,
  CLUSTER_LAYER,
  donutIconExpression,
  EVENTS_LAYER,
  EVENTS_SOURCE,
  eventLayers,
  eventsFilter,
  eventsSource,
  GRID_LAYER,
  GRID_SOURCE,
  LIVE_LAYER,
  LIVE_SOURCE,
  pointSource,
  parseDonutId,
  TILES_LAYER,
  TILES_SOURCE,
  tilesSource,
  toFeatureCollection,
  UNCERTAINTY_LAYER,
  uncertaintyFilter,
} from './event-layers';
import { EMPTY_TILES, EventTileSource } from './event-tile-source';
import { foldWrappedAttribution } from './fold-attribution';
import { HighlightMarkers } from './highlight-markers';
import { atOnePlace, eventsAtPlace } from './place-events';
import { pointColumns } from './point-columns';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** Events passing the non-time filters, date-sorted, with their time index. */
export interface MapEvents {
  events: readonly ChronoEvent[];
  starts: ArrayLike<number>;
  maxSpan: number;
}

export interface MapCallbacks {
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  /**
   * The view changed: live while it moves and once when it settles. `byUser` is true for every
   * move a reader caused, directly (drag, wheel, keys, touch) or by asking for it (a cluster's
   * zoom, revealing the event they chose, Fit to events): those belong in the link. It is false
   * only for the first framing of the data and for cameras applied from a link.
   */
  onViewChange: (
    camera: Camera,
    bounds: [number, number, number, number],
    byUser: boolean,
    settled: boolean,
  ) => void;
}

export interface MapOptions {
  theme: Theme;
  camera: Camera | null;
  reducedMotion: () => boolean;
}

/** Event data on the moves the app makes for a reader, so they count as the reader's (see onViewChange). */
const FOR_READER = { forReader: true } as const;
/** What a reader does to open a group: fingers tap. */
const pressVerb = () => (globalThis.matchMedia?.('(pointer: coarse)').matches ? 'Tap' : 'Click');
const causedByReader = (e: { originalEvent?: unknown; forReader?: boolean }) =>
  !!e.originalEvent || e.forReader === true;

/** Pixels around the pointer that still count as hitting a marker: small circles are hard to hit. */
const HIT_TOLERANCE = 6;
/** Pixels of the map that panels cover, per side (a phone's sheet, a tablet's drawer). */
type Cover = Record<'left' | 'bottom', number>;
/** Below this much uncovered map, a panel is taken as covering it all: there is nothing to fit in. */
const MIN_UNCOVERED_PX = 100;
/** Room kept around the events when the map frames them. */
const FIT_MARGIN_PX = 48;
/**
 * Up to this many events the map clusters them, rebuilding clusters from the events in the
 * window; beyond it, points are filtered on the GPU side of MapLibre's worker without re-indexing.
 */
export const CLUSTER_LIMIT = 20_000;
/**
 * Beyond this many events one GeoJSON source is too slow to index (over 20 s at 1M): the map
 * draws the window's events binned into grid cells, re-binned as the window or zoom changes.
 */
export const GRID_LIMIT = 200_000;

/** A grid cell standing for several events (a cell of one is drawn and clicked as that event). */
function isGridGroup(feature: MapGeoJSONFeature): boolean {
  return Boolean(feature.properties['cell']) && Number(feature.properties['count']) > 1;
}

function pointOf(feature: MapGeoJSONFeature): [number, number] {
  return (feature.geometry as GeoJSON.Point).coordinates as [number, number];
}

const absolute = (url: string) => new URL(url, location.href).href;

/**
 * Owns the maplibregl.Map. React never touches the map; it calls these intention-level methods,
 * and the map reports user actions through the callbacks.
 */
export class MapController {
  private readonly map: MapLibreMap;
  private readonly tooltip: Popup;
  private readonly placePopup: Popup;
  private loaded = false;
  private pending: (() => void)[] = [];
  private data: MapEvents = { events: [], starts: [], maxSpan: 0 };
  private byIdCache: { data: MapEvents; byId: Map<string, ChronoEvent> } | null = null;
  private gridded = false;
  private gridZoom = -1;
  /** Where the grid was binned: the view and a view's size around it, or everywhere (null). */
  private gridArea: Area | null = null;
  /** The binning's code: only datasets over GRID_LIMIT need it, so it loads when one comes. */
  private grid: typeof GridModule | null = null;
  private categories: readonly Category[] = [];
  private extent: [number, number] = [0, 1];
  private window: TimeWindow | null = null;
  private clustered = true;
  /** Between the cluster and grid limits: points as vector tiles from our own worker. */
  private tiled = false;
  private readonly tiles = new EventTileSource();
  private generation = 0;
  private timeFrame = 0;
  private cancelSelection: (() => void) | null = null;
  private cancelPush: (() => void) | null = null;
  /** The selection the map last revealed. */
  private shownSelection: ChronoEvent | null = null;
  private moveFrame = 0;
  private inFlight: Promise<void> | null = null;
  private pushAgain = false;
  private selected: ChronoEvent | null = null;
  private hovered: ChronoEvent | null = null;
  private theme: Theme;
  private hasFramedData = false;
  private cover: Cover = { left: 0, bottom: 0 };
  private destroyed = false;
  private renderCount = 0;
  /** Scrubbing or playing: clusters give way to plain points that a layer filter can follow. */
  private live = false;
  private liveShown = false;
  private liveData: MapEvents | null = null;
  private readonly highlights: HighlightMarkers;
  /**
   * Whether the hovered event is the one under the map's own pointer. Only then does the map show
   * its tooltip: an event hovered in the timeline or the list already shows its title there, and
   * the ring says where it is (without a GPU, a second tooltip made each hover's frame slower).
   */
  private pointerOnEvent = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: MapCallbacks,
    private readonly options: MapOptions,
  ) {
    this.theme = options.theme;
    const camera = options.camera;
    this.hasFramedData = camera !== null;
    this.map = new MapLibreMap({
      container,
      style: basemapStyle(options.theme, {
        regular: absolute(fontRegularUrl),
        italic: absolute(fontItalicUrl),
      }),
      center: camera ? [camera.lon, camera.lat] : [45, 24],
      zoom: camera?.zoom ?? 3.2,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      cancelPendingTileRequestsWhileZooming: false,
    });
    // North up and flat, always: a link's `map=` holds zoom and centre only, so a turned or
    // tilted map could not be shared as it was seen.
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // MapLibre makes its canvas a second landmark called "Map"; the app's section already is one.
    const canvas = this.map.getCanvas();
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', 'map');
    canvas.setAttribute('aria-label', 'Map of events. Arrow keys pan, plus and minus zoom.');
    this.map.addControl(
      new NavigationControl({ showCompass: true, visualizePitch: false }),
      'top-right',
    );
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }),
      'bottom-right',
    );
    this.map.once('idle', () => foldWrappedAttribution(container));
    this.tooltip = new Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 10,
      className: 'map-tooltip',
    });
    this.placePopup = new Popup({
      closeButton: true,
      closeOnClick: true,
      offset: 14,
      className: 'map-place-list',
      maxWidth: '300px',
    });
    this.highlights = new HighlightMarkers(this.map);
    this.map.setMissingStyleImageResolver((id) => this.drawMissingImage(id));
    this.setIdle(false);
    this.map.on('load', this.handleLoad);
    this.map.on('idle', () => {
      if (!this.ownWorkPending()) this.setIdle(true);
    });
    this.map.on('render', () => (this.renderCount += 1));
    this.map.on('movestart', () => {
      this.setIdle(false);
      // A tooltip about what was under the pointer means nothing once the map moves under it.
      this.tooltip.remove();
    });
    this.map.on('mousemove', this.handleMouseMove);
    this.map.on('mouseout', () => {
      this.pointerOnEvent = false;
      this.tooltip.remove();
      this.callbacks.onHover(null);
    });
    this.map.on('click', this.handleClick);
    this.map.on('move', this.handleMove);
    this.map.on('moveend', (e) => {
      this.reportView(causedByReader(e), true);
      // A push already waiting for the next paint bins for the camera as it will be then: a
      // second one now would bin a million events twice (the first framing of new data).
      if (
        this.gridded &&
        !this.cancelPush &&
        (Math.floor(this.map.getZoom()) !== this.gridZoom ||
          !covers(this.gridArea, this.map.getBounds()))
      )
        this.pushData();
    });
    void loadBasemapData()
      .then((data) => this.whenLoaded(() => this.setBasemap(data)))
      .catch((error: unknown) => console.warn('Basemap could not be loaded', error));
  }

  /** Events that pass the category, actor and text filters; the time window is applied separately. */
  setEvents(data: MapEvents, categories: readonly Category[], extent: [number, number] | null) {
    this.data = data;
    if (categories !== this.categories) this.generation += 1;
    this.categories = categories;
    this.highlights.show(this.selected, this.hovered, categories);
    if (extent) this.extent = extent;
    this.whenLoaded(() => {
      const gridded = data.events.length > GRID_LIMIT;
      if (gridded !== this.gridded) {
        this.gridded = gridded;
        // Each mode's source is emptied when it is not in use, so no one holds two copies.
        this.map
          .getSource<GeoJSONSource>(gridded ? EVENTS_SOURCE : GRID_SOURCE)
          ?.setData({ type: 'FeatureCollection', features: [] });
      }
      const clustered = !gridded && data.events.length <= CLUSTER_LIMIT;
      const tiled = !gridded && !clustered;
      if (tiled !== this.tiled) {
        this.tiled = tiled;
        if (tiled) this.source()?.setData({ type: 'FeatureCollection', features: [] });
        else void this.showTiles(EMPTY_TILES);
      }
      if (clustered !== this.clustered) {
        this.clustered = clustered;
        this.source()?.setClusterOptions({ cluster: clustered });
        this.map.setLayoutProperty(UNCERTAINTY_LAYER, 'visibility', clustered ? 'visible' : 'none');
        this.applyEventPaint();
      }
      this.map.setLayoutProperty(
        CLUSTER_LAYER,
        'icon-image',
        donutIconExpression(this.generation, this.theme),
      );
      this.applyTimeFilter();
      this.pushDataAfterPaint();
      this.syncLive();
      if (!this.hasFramedData && data.events.some((event) => event.location)) {
        this.hasFramedData = true;
        const inWindow = eventsInWindow(data.events, data.starts, data.maxSpan, this.window);
        this.fitTo(eventsToFrame(inWindow, data.events), 'most', false);
      }
    });
  }

  /** Applied at most once per frame, however often the window moves. */
  setTimeWindow(window: TimeWindow | null) {
    this.window = window;
    if (this.timeFrame) return;
    this.timeFrame = requestAnimationFrame(() => {
      this.timeFrame = 0;
      this.whenLoaded(() => {
        if (this.liveShown) {
          this.setIdle(false);
          this.map.setFilter(LIVE_LAYER, eventsFilter(this.window));
          return;
        }
        this.applyTimeFilter();
        if (this.clustered || this.gridded) this.pushData();
      });
    });
  }

  /**
   * While the window moves continuously, rebuilding clusters every frame costs far more than a
   * frame; plain points filtered by the layer follow it instead, and clusters return on release.
   */
  setLive(live: boolean) {
    if (live === this.live) return;
    this.live = live;
    this.whenLoaded(() => {
      // The clusters come back once they hold the final window (see pushData).
      if (!live && this.clustered) this.pushData();
      this.syncLive();
    });
  }

  private syncLive() {
    if (!this.clustered) {
      this.showLive(false);
      return;
    }
    const data = this.data;
    if (!this.live || !data) return;
    if (this.liveData === data) {
      this.showLive(true);
      return;
    }
    this.liveData = data;
    const update = this.map
      .getSource<GeoJSONSource>(LIVE_SOURCE)
      ?.setData(toFeatureCollection(data.events, this.categories));
    void update?.then(() => {
      if (this.live && this.liveData === data) this.showLive(true);
    });
  }

  private showLive(on: boolean) {
    if (on === this.liveShown || this.destroyed) return;
    this.liveShown = on;
    this.setIdle(false);
    if (on) this.map.setFilter(LIVE_LAYER, eventsFilter(this.window));
    const visibility = (shown: boolean) => (shown ? 'visible' : 'none');
    this.map.setLayoutProperty(LIVE_LAYER, 'visibility', visibility(on));
    this.map.setLayoutProperty(CLUSTER_LAYER, 'visibility', visibility(!on));
    this.map.setLayoutProperty(EVENTS_LAYER, 'visibility', visibility(!on));
    this.map.setLayoutProperty(UNCERTAINTY_LAYER, 'visibility', visibility(!on && this.clustered));
  }

  /**
   * The camera follows a selection a frame after the details panel has painted: without a GPU a
   * map frame can take a few hundred milliseconds, and the reader should not wait for it to read.
   */
  setSelection(event: ChronoEvent | null) {
    this.selected = event;
    this.updateHighlight();
    // Busy until it is known whether the camera follows, so a test waiting for idle cannot
    // read the camera before a move has begun.
    this.setIdle(false);
    this.cancelSelection ??= afterNextPaint(() => {
      this.cancelSelection = null;
      this.whenLoaded(() => {
        if (!this.revealSelection()) this.settleIfQuiet();
      });
    });
  }

  /** Whether the camera moved to show the selection. */
  private revealSelection(): boolean {
    const event = this.selected;
    if (event === this.shownSelection) return false;
    this.shownSelection = event;
    if (!event?.location) return false;
    this.placePopup.remove();
    return this.reveal(event.location.lon, event.location.lat);
  }

  setHover(event: ChronoEvent | null) {
    if (event === this.hovered) return;
    this.hovered = event;
    this.updateHighlight();
  }

  /** The next events to arrive are a new dataset's: frame them, as the first ones were. */
  frameNextData() {
    this.hasFramedData = false;
  }

  /** Moves the camera to a view the app asked for (a link, Back/Forward). */
  setCamera(camera: Camera) {
    this.hasFramedData = true;
    const center = this.map.getCenter();
    const same =
      Math.abs(this.map.getZoom() - camera.zoom) < 0.01 &&
      Math.abs(center.lat - camera.lat) < 1e-4 &&
      Math.abs(center.lng - camera.lon) < 1e-4;
    if (!same) this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /**
   * Frames the given events (those with a place): where most of them are, or all of them. The
   * first view and "Fit to events" frame the same way; the first view is the only camera that is
   * not the reader's (a link without `map=` frames the data on the screen it is opened on).
   */
  fitTo(events: readonly ChronoEvent[], scope: FitScope, byReader = true) {
    const box = scope === 'most' ? focusBounds(samplePositions(events)) : eventBounds(events);
    if (!box) return;
    const cover = this.coverToAvoid();
    const { clientWidth, clientHeight } = this.container;
    // A margin that leaves the events room: next to an open sheet, the strip left is small.
    const roomy =
      Math.min(clientWidth - cover.left, clientHeight - cover.bottom) >= 4 * FIT_MARGIN_PX;
    const margin = roomy ? FIT_MARGIN_PX : FIT_MARGIN_PX / 3;
    this.map.fitBounds(
      box,
      {
        padding: {
          top: margin,
          left: margin + cover.left,
          right: margin,
          bottom: margin + cover.bottom,
        },
        maxZoom: 7,
        duration: byReader && !this.options.reducedMotion() ? 600 : 0,
      },
      byReader ? FOR_READER : {},
    );
  }

  setTheme(theme: Theme) {
    if (theme === this.theme) return;
    this.theme = theme;
    this.whenLoaded(() => {
      for (const { layer, property, value } of themePaint(theme))
        this.setPaint(layer, property, value);
      this.applyEventPaint();
      this.map.setLayoutProperty(
        CLUSTER_LAYER,
        'icon-image',
        donutIconExpression(this.generation, theme),
      );
    });
  }

  resize() {
    this.map.resize();
  }

  /** A narrow, read-only view for automation (tests, benchmarks); never the map itself. */
  automation() {
    return {
      project: (lon: number, lat: number) => {
        const point = this.map.project([lon, lat]);
        const rect = this.container.getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      /** Ids of the events drawn, as points or inside drawn clusters. */
      renderedEventIds: async () => {
        const ids = new Set<string>();
        const features = this.map.getLayer(EVENTS_LAYER)
          ? this.map.queryRenderedFeatures({
              layers: [EVENTS_LAYER, TILES_LAYER, CLUSTER_LAYER, LIVE_LAYER],
            })
          : [];
        for (const feature of features) {
          if (!feature.properties['cluster']) {
            const id = this.eventIdOf(feature);
            if (id) ids.add(id);
          } else {
            // A cluster id dies when the window moves on; the caller asks again.
            const leaves = await this.clusterLeaves(feature).catch(() => null);
            if (!leaves) return ['(clusters were rebuilt while reading)'];
            for (const leaf of leaves) ids.add(leaf.id);
          }
        }
        return [...ids].sort();
      },
      /** Clusters on screen: where (client pixels) and how many events each holds. */
      clusters: () => {
        if (!this.map.getLayer(CLUSTER_LAYER)) return [];
        const rect = this.container.getBoundingClientRect();
        return this.map.queryRenderedFeatures({ layers: [CLUSTER_LAYER] }).map((feature) => {
          const point = this.map.project(pointOf(feature));
          return {
            x: rect.left + point.x,
            y: rect.top + point.y,
            count: Number(feature.properties['point_count']),
          };
        });
      },
      bounds: () => {
        const b = this.map.getBounds();
        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      },
      highlighted: () => this.highlights.shown(),
      camera: () => this.currentCamera(),
      /** How many frames MapLibre has drawn: updates that never painted do not count. */
      renders: () => this.renderCount,
      isIdle: () => this.container.dataset['mapIdle'] === 'true',
      strategy: () =>
        this.gridded
          ? 'grid'
          : this.liveShown
            ? 'live points'
            : this.clustered
              ? 'clusters'
              : 'filtered points',
    };
  }

  destroy() {
    this.destroyed = true;
    cancelAnimationFrame(this.timeFrame);
    cancelAnimationFrame(this.moveFrame);
    this.cancelSelection?.();
    this.cancelPush?.();
    this.tooltip.remove();
    this.placePopup.remove();
    this.highlights.remove();
    this.map.remove();
    this.tiles.destroy();
  }

  // ——— setup ———

  private handleLoad = () => {
    this.map.addSource(EVENTS_SOURCE, eventsSource(this.clustered));
    this.map.addSource(LIVE_SOURCE, pointSource());
    this.map.addSource(GRID_SOURCE, pointSource());
    this.map.addSource(TILES_SOURCE, tilesSource(EMPTY_TILES));
    for (const layer of eventLayers(this.theme, this.generation, null, !this.clustered))
      this.map.addLayer(layer);
    this.map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(placeFeatures());
    // The world's capitals and cities, a chunk of their own once the first frame is drawn
    // (should it fail, the hand-made labels stay: nothing to tell the user).
    this.map.once('idle', () => {
      import('./world-labels').then(
        ({ showWorldLabels }) => this.destroyed || showWorldLabels(this.map),
        () => {},
      );
    });
    this.loaded = true;
    for (const task of this.pending.splice(0)) task();
  };

  private whenLoaded(task: () => void) {
    if (this.destroyed) return;
    if (this.loaded) task();
    else this.pending.push(task);
  }

  private setBasemap(data: BasemapData) {
    const set = (id: string, value: GeoJSON.GeoJSON) =>
      this.map.getSource<GeoJSONSource>(id)?.setData(value);
    set(BASEMAP_SOURCES.land, data.land);
    set(BASEMAP_SOURCES.borders, data.borders);
    set(BASEMAP_SOURCES.coast, data.coast);
    set(BASEMAP_SOURCES.countries, data.countryLabels);
  }

  private source() {
    return this.map.getSource<GeoJSONSource>(EVENTS_SOURCE);
  }

  private applyEventPaint() {
    for (const layer of eventLayers(this.theme, this.generation, this.window, !this.clustered)) {
      for (const [property, value] of Object.entries(layer.paint ?? {}))
        this.setPaint(layer.id, property, value);
    }
  }

  /** Paint values come from our own style builders, which the style spec types already checked. */
  private setPaint(layer: string, property: string, value: unknown) {
    (this.map.setPaintProperty as (layer: string, property: string, value: unknown) => void).call(
      this.map,
      layer,
      property,
      value,
    );
  }

  private drawMissingImage(id: string) {
    const donut = parseDonutId(id);
    if (!donut) return;
    const colors = this.categories
      .slice(0, CLUSTER_CATEGORY_SLOTS)
      .map((category) => category.color);
    colors[CLUSTER_CATEGORY_SLOTS] = '#8a8a8a';
    const image = drawDonut(donut.shares, colors, BASEMAP_COLORS[donut.theme].land);
    if (image && !this.map.hasImage(id)) this.map.addImage(id, image, { pixelRatio: 2 });
  }

  // ——— data and time ———

  /** Clustered: the source holds only the window's events. Otherwise a layer filter hides the rest. */
  private applyTimeFilter() {
    const window = this.clustered ? null : this.window;
    this.setIdle(false);
    // Only the layer in use: a filter set on the other would reload its (empty) tiles too.
    this.map.setFilter(this.tiled ? TILES_LAYER : EVENTS_LAYER, eventsFilter(window));
    // Tens of thousands of halos say nothing but cost every frame: they are drawn for clustered
    // (smaller) datasets only.
    if (this.clustered) this.map.setFilter(UNCERTAINTY_LAYER, uncertaintyFilter(window));
  }

  /**
   * New events reach the map after the frame that shows them in the timeline and the list: handing
   * 100k points to MapLibre's worker takes the page's thread for a few hundred milliseconds.
   */
  private pushDataAfterPaint() {
    this.setIdle(false);
    this.cancelPush ??= afterNextPaint(() => {
      this.cancelPush = null;
      this.pushData();
    });
  }

  /** One update in flight at a time; while it runs, only the latest state waits to follow. */
  private pushData() {
    if (this.inFlight) {
      this.pushAgain = true;
      return;
    }
    const events =
      this.clustered || this.gridded
        ? eventsInWindow(this.data.events, this.data.starts, this.data.maxSpan, this.window)
        : this.data.events;
    this.setIdle(false);
    let update: Promise<void> | undefined;
    if (this.gridded) {
      this.gridZoom = Math.floor(this.map.getZoom());
      this.gridArea = gridArea(this.map.getBounds(), this.gridZoom);
      const [zoom, area] = [this.gridZoom, this.gridArea];
      update = import('./grid').then((grid) => {
        this.grid = grid;
        const cells = grid.gridFeatures(events, zoom, this.categories, area);
        return this.map.getSource<GeoJSONSource>(GRID_SOURCE)?.setData(cells);
      });
    } else if (this.tiled) {
      const { columns, ids } = pointColumns(events, this.categories);
      update = this.tiles.setPoints(columns, ids).then((tiles) => this.showTiles(tiles));
    } else update = this.source()?.setData(toFeatureCollection(events, this.categories));
    if (!update) {
      this.settleIfQuiet();
      return;
    }
    const drawsSomething = events.length > 0;
    this.inFlight = update
      .catch(() => undefined)
      .then(() => {
        this.inFlight = null;
        if (!this.live && !this.pushAgain) this.showLive(false);
        if (drawsSomething) this.map.once('idle', () => markOnce('map-events'));
        if (this.pushAgain && !this.destroyed) {
          this.pushAgain = false;
          this.pushData();
        } else this.settleIfQuiet();
      });
  }

  /**
   * MapLibre reloads a tile that is still loading from the bytes it is loading, not from the new
   * address, so the new address waits until the tiles in view have loaded.
   */
  private async showTiles(tiles: string) {
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!this.destroyed && !this.map.isSourceLoaded(TILES_SOURCE)) return;
        this.map.off('sourcedata', check);
        this.map.off('idle', check);
        resolve();
      };
      this.map.on('sourcedata', check);
      this.map.on('idle', check);
      check();
    });
    // Points that arrive after the map stopped drawing tiles (fewer events now) stay unseen.
    if (this.destroyed || (tiles !== EMPTY_TILES && !this.tiled)) return;
    this.map.getSource<VectorTileSource>(TILES_SOURCE)?.setTiles([tiles]);
  }

  // ——— highlight, tooltip and camera ———

  /**
   * Work of the app's own that MapLibre does not know of: MapLibre can report idle (after a
   * frame for a hover or a time filter) while new events are still being cut into tiles.
   */
  private ownWorkPending(): boolean {
    return !!(this.inFlight || this.cancelPush || this.cancelSelection || this.timeFrame);
  }

  /** Idle now when MapLibre has nothing left to draw either (then no 'idle' event follows). */
  private settleIfQuiet() {
    if (!this.ownWorkPending() && this.map.loaded() && !this.map.isMoving()) this.setIdle(true);
  }

  private setIdle(idle: boolean) {
    this.container.dataset['mapIdle'] = String(idle);
  }

  private updateHighlight() {
    this.highlights.show(this.selected, this.hovered, this.categories);
    const event = this.hovered;
    if (event?.location && this.pointerOnEvent)
      this.showTooltip([event.location.lon, event.location.lat], event.title, [
        formatEventDate(event),
        event.location.name,
      ]);
    else this.tooltip.remove();
  }

  private showTooltip(at: [number, number], title: string, meta: (string | undefined)[]) {
    const body = document.createElement('div');
    const heading = document.createElement('strong');
    heading.textContent = title;
    const details = document.createElement('div');
    details.className = 'map-tooltip-meta';
    details.textContent = meta.filter(Boolean).join(' · ');
    body.append(heading, details);
    this.tooltip.setLngLat(at).setDOMContent(body).addTo(this.map);
  }

  /**
   * Eases to a selection only when it is off screen or under a panel, keeping the user's zoom,
   * and centres it in the part of the map left uncovered.
   */
  private reveal(lon: number, lat: number): boolean {
    const { width, height } = this.container.getBoundingClientRect();
    const point = this.map.project([lon, lat]);
    const { left, bottom } = this.coverToAvoid();
    const margin = 24;
    const onScreen =
      point.x >= left + margin &&
      point.y >= margin &&
      point.x <= width - margin &&
      point.y <= height - bottom - margin;
    if (onScreen) return false;
    this.map.easeTo(
      {
        center: [lon, lat],
        offset: [left / 2, -bottom / 2],
        duration: this.options.reducedMotion() ? 0 : 700,
      },
      FOR_READER,
    );
    return true;
  }

  /**
   * How much of the map panels cover (a phone's sheet, a tablet's drawer). A camera padding
   * would do the same, but MapLibre keeps padding and would shift the map under the reader, and
   * the link's centre with it, each time a panel opened.
   */
  setCover(cover: Cover) {
    this.cover = cover;
  }

  /** The cover to plan around: none on a side where a panel leaves no map to speak of. */
  private coverToAvoid(): Cover {
    const { clientWidth, clientHeight } = this.container;
    const { left, bottom } = this.cover;
    return {
      left: clientWidth - left >= MIN_UNCOVERED_PX ? left : 0,
      bottom: clientHeight - bottom >= MIN_UNCOVERED_PX ? bottom : 0,
    };
  }

  // ——— pointer ———

  /** The nearest event or cluster under the pointer, with some tolerance. */
  private featureAt(point: { x: number; y: number }): MapGeoJSONFeature | null {
    if (!this.map.getLayer(EVENTS_LAYER)) return null;
    const box: [PointLike, PointLike] = [
      [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
      [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
    ];
    let best: MapGeoJSONFeature | null = null;
    let bestDistance = Infinity;
    for (const feature of this.map.queryRenderedFeatures(box, {
      layers: [CLUSTER_LAYER, EVENTS_LAYER, TILES_LAYER, LIVE_LAYER, GRID_LAYER],
    })) {
      if (feature.geometry.type !== 'Point') continue;
      const p = this.map.project(feature.geometry.coordinates as [number, number]);
      const distance = (p.x - point.x) ** 2 + (p.y - point.y) ** 2;
      if (distance < bestDistance) {
        best = feature;
        bestDistance = distance;
      }
    }
    return best;
  }

  private clusterSummary(feature: MapGeoJSONFeature): string {
    const parts: string[] = [];
    this.categories.slice(0, CLUSTER_CATEGORY_SLOTS).forEach((category, i) => {
      const count = Number(feature.properties[`c${i}`] ?? 0);
      if (count) parts.push(`${count} ${category.label}`);
    });
    const other = Number(feature.properties[`c${CLUSTER_CATEGORY_SLOTS}`] ?? 0);
    if (other) parts.push(`${other} other`);
    return parts.join(', ');
  }

  private handleMouseMove = (e: MapMouseEvent) => {
    const feature = this.featureAt(e.point);
    this.map.getCanvas().style.cursor = feature ? 'pointer' : '';
    if (feature && isGridGroup(feature)) {
      this.pointerOnEvent = false;
      this.callbacks.onHover(null);
      this.showTooltip(pointOf(feature), countOf(Number(feature.properties['count']), 'event'), [
        `${pressVerb()} to see them`,
      ]);
      return;
    }
    if (feature?.properties['cluster']) {
      this.pointerOnEvent = false;
      this.callbacks.onHover(null);
      this.showTooltip(
        pointOf(feature),
        countOf(Number(feature.properties['point_count']), 'event'),
        [this.clusterSummary(feature), `${pressVerb()} to see them`],
      );
      return;
    }
    const id = (feature && this.eventIdOf(feature)) ?? null;
    const wasOnEvent = this.pointerOnEvent;
    const before = this.hovered;
    this.pointerOnEvent = id !== null;
    this.callbacks.onHover(id);
    if (!id) this.tooltip.remove();
    // Already hovered from the timeline or the list: the store did not change, so show it here.
    else if (!wasOnEvent && this.hovered === before) this.updateHighlight();
  };

  private handleClick = (e: MapMouseEvent) => {
    const feature = this.featureAt(e.point);
    if (!feature) return;
    if (isGridGroup(feature)) {
      this.openCell(feature);
      return;
    }
    if (feature.properties['cluster']) void this.openCluster(feature);
    else {
      const id = this.eventIdOf(feature);
      const location = id ? this.byId().get(id)?.location : undefined;
      // Points stacked at one place (unclustered when zoomed in far, or too many to cluster).
      const here = location ? eventsAtPlace(this.data, this.window, location) : [];
      if (location && here.length > 1) void this.openPlaceList(pointOf(feature), here);
      else if (id) this.callbacks.onSelect(id);
    }
  };

  /** Points from our tiles carry a number that finds the event; the other sources, its id. */
  private eventIdOf(feature: MapGeoJSONFeature): string | undefined {
    return feature.layer.id === TILES_LAYER
      ? this.tiles.eventId(Number(feature.id))
      : String(feature.properties['id']);
  }

  private async clusterLeaves(feature: MapGeoJSONFeature): Promise<ChronoEvent[]> {
    const source = this.source();
    const clusterId = Number(feature.properties['cluster_id']);
    if (!source) return [];
    const leaves = await source.getClusterLeaves(clusterId, Infinity, 0);
    return leaves.flatMap((leaf) => this.byId().get(String(leaf.properties?.['id'])) ?? []);
  }

  /** Built when first needed: clusters and points find their events by id. */
  private byId(): Map<string, ChronoEvent> {
    const data = this.data;
    if (!data) return new Map();
    if (this.byIdCache?.data !== data)
      this.byIdCache = { data, byId: new Map(data.events.map((event) => [event.id, event])) };
    return this.byIdCache.byId;
  }

  /** Zooms into a cluster, or lists its events when they all share one place. */
  private async openCluster(feature: MapGeoJSONFeature) {
    const source = this.source();
    if (!source) return;
    const clusterId = Number(feature.properties['cluster_id']);
    const [[leaf], expansionZoom] = await Promise.all([
      source.getClusterLeaves(clusterId, 1, 0),
      source.getClusterExpansionZoom(clusterId),
    ]);
    const center = pointOf(feature);
    // All at the place of one of them: the list, counted and ordered from the events themselves.
    const location = this.byId().get(String(leaf?.properties?.['id']))?.location;
    const here = location ? eventsAtPlace(this.data, this.window, location) : [];
    if (here.length >= Number(feature.properties['point_count'])) {
      await this.openPlaceList(center, here);
      return;
    }
    if (expansionZoom <= this.map.getMaxZoom()) {
      this.map.easeTo(
        { center, zoom: expansionZoom + 0.25, duration: this.options.reducedMotion() ? 0 : 500 },
        FOR_READER,
      );
      return;
    }
    await this.openPlaceList(center, await this.clusterLeaves(feature));
  }

  /** Zooms into a grid cell, or lists its events once zooming in cannot split it. */
  private openCell(feature: MapGeoJSONFeature) {
    const center = pointOf(feature);
    const maxZoom = this.map.getMaxZoom();
    // The grid drew the cell, so its code is here.
    if (!this.grid) return;
    const events = this.grid.eventsInCell(
      eventsInWindow(this.data.events, this.data.starts, this.data.maxSpan, this.window),
      center,
      this.gridZoom,
    );
    if (!atOnePlace(events) && this.map.getZoom() < maxZoom) {
      this.map.easeTo(
        {
          center,
          zoom: Math.min(this.map.getZoom() + 2, maxZoom),
          duration: this.options.reducedMotion() ? 0 : 500,
        },
        FOR_READER,
      );
      return;
    }
    void this.openPlaceList(center, events);
  }

  private async openPlaceList(center: [number, number], events: readonly ChronoEvent[]) {
    this.tooltip.remove();
    // Opened by a click on a shared place only: its code loads then, not with the first paint.
    const { showPlaceList } = await import('./place-list');
    if (this.destroyed) return;
    showPlaceList(this.placePopup, this.map, center, {
      events,
      categories: this.categories,
      extent: this.extent,
      onSelect: (id) => this.callbacks.onSelect(id),
    });
  }

  private currentCamera(): Camera {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng };
  }

  /** Bounds follow the map live (for "only events in map view"), at most once a frame. */
  private handleMove = (e: { originalEvent?: unknown; forReader?: boolean }) => {
    const byUser = causedByReader(e);
    if (this.moveFrame) return;
    this.moveFrame = requestAnimationFrame(() => {
      this.moveFrame = 0;
      if (this.map.isMoving()) this.reportView(byUser, false);
    });
  };

  private reportView(byUser: boolean, settled: boolean) {
    const b = this.map.getBounds();
    this.callbacks.onViewChange(
      this.currentCamera(),
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      byUser,
      settled,
    );
  }
}
