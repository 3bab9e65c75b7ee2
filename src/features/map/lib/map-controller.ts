import './maplibre-init';

import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type MapMouseEvent,
  type PointLike,
} from 'maplibre-gl';

import type { TimeWindow } from '@/domain/events/filter-events';
import type { Category, ChronoEvent } from '@/domain/events/types';

import { basemapStyle, BASEMAP_SOURCES, themePaint, type Theme } from './basemap-style';
import { loadBasemapData } from './basemap-data';
import {
  EVENTS_LAYER,
  EVENTS_SOURCE,
  eventLayers,
  eventsSource,
  HIGHLIGHT_SOURCE,
  highlightFeatures,
  highlightSource,
  timeFilter,
  toFeatureCollection,
} from './event-layers';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface MapCallbacks {
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  /**
   * The view changed: live while it moves and once when it settles. `byUser` is false for moves
   * the app made (fitting the data, revealing a selection, applying a link).
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

/** Pixels around the pointer that still count as hitting a marker: small circles are hard to hit. */
const HIT_TOLERANCE = 6;

/**
 * Owns the maplibregl.Map. React never touches the map; it calls these intention-level methods,
 * and the map reports user actions through the callbacks.
 */
export class MapController {
  private readonly map: MapLibreMap;
  private readonly popup: Popup;
  private loaded = false;
  private byId = new Map<string, ChronoEvent>();
  private categories: readonly Category[] = [];
  private window: TimeWindow | null = null;
  private filterFrame = 0;
  private selected: ChronoEvent | null = null;
  private hovered: ChronoEvent | null = null;
  private theme: Theme;
  private hasFramedData = false;
  private moveFrame = 0;
  private destroyed = false;

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
      style: basemapStyle(options.theme),
      center: camera ? [camera.lon, camera.lat] : [45, 24],
      zoom: camera?.zoom ?? 3.2,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      renderWorldCopies: true,
      cancelPendingTileRequestsWhileZooming: false,
    });
    this.map.touchZoomRotate.disableRotation();
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
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 10,
      className: 'map-tooltip',
    });
    this.setIdle(false);
    this.map.on('load', this.handleLoad);
    this.map.on('idle', () => this.setIdle(true));
    this.map.on('movestart', () => this.setIdle(false));
    this.map.on('mousemove', this.handleMouseMove);
    this.map.on('mouseout', () => this.callbacks.onHover(null));
    this.map.on('click', this.handleClick);
    this.map.on('move', this.handleMove);
    this.map.on('moveend', (e) => this.reportView(!!e.originalEvent, true));
    void loadBasemapData()
      .then((data) => this.whenLoaded(() => this.setBasemap(data)))
      .catch((error: unknown) => console.warn('Basemap could not be loaded', error));
  }

  /** Events that pass the category, actor and text filters; the time window is applied separately. */
  setEvents(events: readonly ChronoEvent[], categories: readonly Category[]) {
    this.categories = categories;
    this.byId = new Map(events.map((event) => [event.id, event]));
    this.whenLoaded(() => {
      this.setIdle(false);
      this.map
        .getSource<GeoJSONSource>(EVENTS_SOURCE)
        ?.setData(toFeatureCollection(events, categories));
      if (!this.hasFramedData && events.some((event) => event.location)) {
        this.hasFramedData = true;
        this.fitTo(events, false);
      }
    });
  }

  /** Applied at most once per frame, however often the window moves. */
  setTimeWindow(window: TimeWindow | null) {
    this.window = window;
    if (this.filterFrame) return;
    this.filterFrame = requestAnimationFrame(() => {
      this.filterFrame = 0;
      this.whenLoaded(() => {
        this.setIdle(false);
        this.map.setFilter(EVENTS_LAYER, timeFilter(this.window));
      });
    });
  }

  setSelection(event: ChronoEvent | null) {
    const changed = event !== this.selected;
    this.selected = event;
    this.whenLoaded(() => {
      this.updateHighlight();
      if (changed && event?.location) this.reveal(event.location.lon, event.location.lat);
    });
  }

  setHover(event: ChronoEvent | null) {
    if (event === this.hovered) return;
    this.hovered = event;
    this.whenLoaded(() => this.updateHighlight());
  }

  /** Moves the camera to a view the app asked for (a link, Back/Forward). */
  setCamera(camera: Camera) {
    this.hasFramedData = true;
    const center = this.map.getCenter();
    const same =
      Math.abs(this.map.getZoom() - camera.zoom) < 0.01 &&
      Math.abs(center.lat - camera.lat) < 1e-4 &&
      Math.abs(center.lng - camera.lon) < 1e-4;
    if (same) return;
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /** Frames the given events (those with a place). */
  fitTo(events: readonly ChronoEvent[], animate = true) {
    const bounds = new LngLatBounds();
    for (const event of events)
      if (event.location) bounds.extend([event.location.lon, event.location.lat]);
    if (bounds.isEmpty()) return;
    this.map.fitBounds(bounds, {
      padding: 48,
      maxZoom: 7,
      duration: animate && !this.options.reducedMotion() ? 600 : 0,
    });
  }

  setTheme(theme: Theme) {
    if (theme === this.theme) return;
    this.theme = theme;
    this.whenLoaded(() => {
      for (const { layer, property, value } of themePaint(theme))
        this.setPaint(layer, property, value);
      for (const layer of eventLayers(theme)) {
        for (const [property, value] of Object.entries(layer.paint ?? {}))
          this.setPaint(layer.id, property, value);
      }
    });
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
      renderedEventIds: () =>
        [
          ...new Set(
            this.map
              .queryRenderedFeatures({ layers: [EVENTS_LAYER] })
              .map((f) => String(f.properties['id'])),
          ),
        ].sort(),
      highlighted: () =>
        this.map
          .queryRenderedFeatures({ layers: ['highlight-ring'] })
          .map((f) => ({ id: String(f.properties['id']), role: String(f.properties['role']) })),
      camera: () => this.currentCamera(),
      isIdle: () => this.container.dataset['mapIdle'] === 'true',
    };
  }

  destroy() {
    this.destroyed = true;
    cancelAnimationFrame(this.filterFrame);
    cancelAnimationFrame(this.moveFrame);
    this.popup.remove();
    this.map.remove();
  }

  private handleLoad = () => {
    this.map.addSource(EVENTS_SOURCE, eventsSource());
    this.map.addSource(HIGHLIGHT_SOURCE, highlightSource());
    for (const layer of eventLayers(this.theme)) this.map.addLayer(layer);
    this.loaded = true;
    for (const task of this.pending.splice(0)) task();
  };

  private pending: (() => void)[] = [];

  private whenLoaded(task: () => void) {
    if (this.destroyed) return;
    if (this.loaded) task();
    else this.pending.push(task);
  }

  private setBasemap(data: Awaited<ReturnType<typeof loadBasemapData>>) {
    this.map.getSource<GeoJSONSource>(BASEMAP_SOURCES.land)?.setData(data.land);
    this.map.getSource<GeoJSONSource>(BASEMAP_SOURCES.borders)?.setData(data.borders);
    this.map.getSource<GeoJSONSource>(BASEMAP_SOURCES.coast)?.setData(data.coast);
  }

  private setIdle(idle: boolean) {
    this.container.dataset['mapIdle'] = String(idle);
  }

  private updateHighlight() {
    this.setIdle(false);
    this.map
      .getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)
      ?.setData(highlightFeatures(this.selected, this.hovered, this.categories));
    this.updateTooltip();
  }

  private updateTooltip() {
    const event = this.hovered;
    if (!event?.location) {
      this.popup.remove();
      return;
    }
    const body = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = event.title;
    const meta = document.createElement('div');
    meta.className = 'map-tooltip-meta';
    meta.textContent = [event.date, event.location.name].filter(Boolean).join(' · ');
    body.append(title, meta);
    this.popup
      .setLngLat([event.location.lon, event.location.lat])
      .setDOMContent(body)
      .addTo(this.map);
  }

  /** Eases to a selection only when it is off screen, keeping the user's zoom. */
  private reveal(lon: number, lat: number) {
    const { width, height } = this.container.getBoundingClientRect();
    const point = this.map.project([lon, lat]);
    const margin = 24;
    const onScreen =
      point.x >= margin &&
      point.y >= margin &&
      point.x <= width - margin &&
      point.y <= height - margin;
    if (onScreen) return;
    this.map.easeTo({ center: [lon, lat], duration: this.options.reducedMotion() ? 0 : 700 });
  }

  private eventAt(point: { x: number; y: number }): ChronoEvent | null {
    const box: [PointLike, PointLike] = [
      [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
      [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
    ];
    if (!this.map.getLayer(EVENTS_LAYER)) return null;
    const features = this.map.queryRenderedFeatures(box, { layers: [EVENTS_LAYER] });
    let best: ChronoEvent | null = null;
    let bestDistance = Infinity;
    for (const feature of features) {
      const event = this.byId.get(String(feature.properties['id']));
      if (!event?.location) continue;
      const p = this.map.project([event.location.lon, event.location.lat]);
      const distance = (p.x - point.x) ** 2 + (p.y - point.y) ** 2;
      if (distance < bestDistance) {
        best = event;
        bestDistance = distance;
      }
    }
    return best;
  }

  private handleMouseMove = (e: MapMouseEvent) => {
    const event = this.eventAt(e.point);
    this.map.getCanvas().style.cursor = event ? 'pointer' : '';
    this.callbacks.onHover(event?.id ?? null);
  };

  private handleClick = (e: MapMouseEvent) => {
    const event = this.eventAt(e.point);
    if (event) this.callbacks.onSelect(event.id);
  };

  private currentCamera(): Camera {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng };
  }

  /** Bounds follow the map live (for "only events in map view"), at most once a frame. */
  private handleMove = (e: { originalEvent?: unknown }) => {
    const byUser = !!e.originalEvent;
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
