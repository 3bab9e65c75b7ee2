import type { Map as MapLibreMap } from 'maplibre-gl';

import { EMPTY_EVENT_SET, inWindow } from '@/domain/events/event-set';
import type { TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent, Dataset, EventLookup, EventSet } from '@/domain/events/types';
import type { Camera, FitScope } from '@/store/slices/map-slice';
import type { Theme } from '@/store/slices/ui-slice';
import { afterNextPaint } from '@/utils/after-next-paint';

import { loadBasemapData } from './basemap-data';
import { MapCamera } from './camera';
import { addEventLayers, addWorldLabelsWhenIdle, createMap, showBasemap } from './create-map';
import { EventDrawing } from './event-drawing';
import { eventsToFrame } from './focus-bounds';
import { HighlightMarkers } from './highlight-markers';
import { IdleSignal } from './idle-signal';
import { mapAutomation, type MapAutomation } from './map-automation';
import { MapPointer } from './map-pointer';
import { MapPopups } from './map-popups';
import { drawMissingDonut } from './map-theme';
import {
  causedByReader,
  type Cover,
  type MapCallbacks,
  type MapOptions,
  type MapScene,
} from './map-types';
import type { RendererContext } from './strategy';

/**
 * Owns the maplibregl.Map. React never touches the map; it calls these intention-level methods,
 * and the map reports user actions through the callbacks. The work is done by single-purpose
 * parts; this class holds the scene they draw and wires them to the map and to each other.
 */
export class MapController {
  private readonly map: MapLibreMap;
  private readonly scene: MapScene;
  private readonly idle: IdleSignal;
  private readonly camera: MapCamera;
  private readonly popups: MapPopups;
  private readonly pointer: MapPointer;
  private readonly highlights: HighlightMarkers;
  private readonly drawing: EventDrawing;
  private loaded = false;
  private pending: (() => void)[] = [];
  private destroyed = false;
  private renderCount = 0;
  private hasFramedData: boolean;
  private timeFrame = 0;
  private cancelSelection: (() => void) | null = null;
  private selected: ChronoEvent | null = null;
  /** The selection the map last revealed. */
  private shownSelection: ChronoEvent | null = null;
  private hovered: ChronoEvent | null = null;
  /** The dataset's events by id: clusters and points find theirs in it. */
  private byId: EventLookup = new Map();

  constructor(
    private readonly container: HTMLElement,
    callbacks: MapCallbacks,
    options: MapOptions,
  ) {
    this.scene = {
      data: EMPTY_EVENT_SET,
      categories: [],
      extent: [0, 1],
      window: null,
      live: false,
      theme: options.theme,
      generation: 0,
    };
    this.hasFramedData = options.camera !== null;
    const map = createMap(container, options);
    this.map = map;
    const isDestroyed = () => this.destroyed;
    this.idle = new IdleSignal(container, map);
    this.camera = new MapCamera(map, container, options.reducedMotion, callbacks.onViewChange);
    this.popups = new MapPopups(map, this.scene, (id) => callbacks.onSelect(id), isDestroyed);
    this.highlights = new HighlightMarkers(map);
    const context: RendererContext = {
      map,
      scene: this.scene,
      idle: this.idle,
      isDestroyed,
      drill: {
        eventById: (id) => this.byId.get(id),
        openPlaceList: (center, events) => void this.popups.openPlaceList(center, events),
        zoomInto: (center, zoom) => this.camera.zoomInto(center, zoom),
      },
    };
    this.drawing = new EventDrawing(context);
    this.pointer = new MapPointer({
      map,
      scene: this.scene,
      popups: this.popups,
      callbacks,
      eventIdOf: (feature) => this.drawing.eventIdOf(feature),
      eventById: (id) => this.byId.get(id),
      openCluster: (feature) => this.drawing.openCluster(feature),
      openCell: (feature) => this.drawing.openCell(feature),
      hovered: () => this.hovered,
      refreshHighlight: () => this.updateHighlight(),
    });
    this.listen();
    void loadBasemapData()
      .then((data) => this.whenLoaded(() => showBasemap(map, data)))
      .catch((error: unknown) => console.warn('Basemap could not be loaded', error));
  }

  /**
   * The dataset's events that pass the category, actor and text filters; the time window is
   * applied separately.
   */
  setEvents(data: EventSet, dataset: Pick<Dataset, 'categories' | 'extent' | 'byId'> | null) {
    const scene = this.scene;
    const categories = dataset?.categories ?? [];
    const extent = dataset?.extent ?? null;
    scene.data = data;
    this.byId = dataset?.byId ?? new Map();
    if (categories !== scene.categories) scene.generation += 1;
    scene.categories = categories;
    this.highlights.show(this.selected, this.hovered, categories);
    if (extent) scene.extent = extent;
    this.whenLoaded(() => {
      this.drawing.showEvents();
      if (!this.hasFramedData && data.events.some((event) => event.location)) {
        this.hasFramedData = true;
        this.camera.fitTo(eventsToFrame(inWindow(data, scene.window), data.events), 'most', false);
      }
    });
  }

  /** Applied at most once per frame, however often the window moves. */
  setTimeWindow(window: TimeWindow | null) {
    this.scene.window = window;
    if (this.timeFrame) return;
    const release = this.idle.hold();
    this.timeFrame = requestAnimationFrame(() => {
      this.timeFrame = 0;
      release();
      this.whenLoaded(() => this.drawing.followWindow());
    });
  }

  /** Scrubbing or playing: the window moves continuously (see live-points.ts). */
  setLive(live: boolean) {
    if (live === this.scene.live) return;
    this.scene.live = live;
    this.whenLoaded(() => this.drawing.setLive(live));
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
    this.idle.busy();
    if (this.cancelSelection) return;
    const release = this.idle.hold();
    this.cancelSelection = afterNextPaint(() => {
      this.cancelSelection = null;
      release();
      this.whenLoaded(() => {
        if (!this.revealSelection()) this.idle.settle();
      });
    });
  }

  setHover(event: ChronoEvent | null) {
    if (event === this.hovered) return;
    this.hovered = event;
    this.updateHighlight();
  }

  /** The events the story's step is about (highlight-markers.ts). */
  setStoryMarks(events: readonly ChronoEvent[]) {
    this.highlights.mark(events);
  }

  /** The next events to arrive are a new dataset's: frame them, as the first ones were. */
  frameNextData() {
    this.hasFramedData = false;
  }

  /** Moves the camera to a view the app asked for (a link, Back/Forward; a story's step eases). */
  setCamera(camera: Camera, ease = false) {
    this.hasFramedData = true;
    // The camera a view asks for is the one it shows, with its selection in view or not.
    this.shownSelection = this.selected;
    this.camera.set(camera, ease);
  }

  /** Frames the given events (camera.ts); by the reader unless said otherwise. */
  fitTo(events: readonly ChronoEvent[], scope: FitScope, byReader = true, ease = byReader) {
    this.camera.fitTo(events, scope, byReader, ease);
  }

  /** How much of the map panels cover (camera.ts). */
  setCover(cover: Cover) {
    this.camera.setCover(cover);
  }

  setTheme(theme: Theme) {
    if (theme === this.scene.theme) return;
    this.scene.theme = theme;
    this.whenLoaded(() => this.drawing.repaint());
  }

  resize() {
    this.map.resize();
  }

  /** A narrow, read-only view for automation (tests, benchmarks); never the map itself. */
  automation(): MapAutomation {
    return mapAutomation({
      map: this.map,
      container: this.container,
      eventIdOf: (feature) => this.drawing.eventIdOf(feature),
      clusterLeaves: (feature) => this.drawing.clusterLeaves(feature),
      highlighted: () => this.highlights.shown(),
      camera: () => this.camera.current(),
      bounds: () => this.camera.bounds(),
      renders: () => this.renderCount,
      isIdle: () => this.idle.idle,
      strategy: () => this.drawing.label(),
    });
  }

  destroy() {
    this.destroyed = true;
    cancelAnimationFrame(this.timeFrame);
    this.camera.destroy();
    this.cancelSelection?.();
    this.drawing.destroy();
    this.popups.destroy();
    this.highlights.remove();
    this.map.remove();
  }

  private listen() {
    const map = this.map;
    map.setMissingStyleImageResolver((id) => drawMissingDonut(map, id, this.scene.categories));
    map.on('load', this.handleLoad);
    map.on('idle', () => this.idle.mapIdle());
    map.on('render', () => (this.renderCount += 1));
    map.on('movestart', () => {
      this.idle.busy();
      // A tooltip about what was under the pointer means nothing once the map moves under it.
      this.popups.hideTooltip();
    });
    map.on('mousemove', this.pointer.handleMove);
    map.on('mouseout', this.pointer.handleOut);
    map.on('click', this.pointer.handleClick);
    map.on('move', this.camera.handleMove);
    map.on('moveend', (e) => {
      this.camera.report(causedByReader(e), true);
      this.drawing.afterMove();
    });
  }

  private handleLoad = () => {
    addEventLayers(this.map, this.scene, this.drawing.clustered);
    addWorldLabelsWhenIdle(this.map, () => this.destroyed);
    this.loaded = true;
    for (const task of this.pending.splice(0)) task();
  };

  private whenLoaded(task: () => void) {
    if (this.destroyed) return;
    if (this.loaded) task();
    else this.pending.push(task);
  }

  private updateHighlight() {
    this.highlights.show(this.selected, this.hovered, this.scene.categories);
    if (this.hovered?.location && this.pointer.pointerOnEvent) this.popups.showEvent(this.hovered);
    else this.popups.hideTooltip();
  }

  /** Whether the camera moved to show the selection. */
  private revealSelection(): boolean {
    const event = this.selected;
    if (event === this.shownSelection) return false;
    this.shownSelection = event;
    if (!event?.location) return false;
    this.popups.closePlaceList();
    return this.camera.reveal(event.location.lon, event.location.lat);
  }
}
