import { Popup, type Map as MapLibreMap } from 'maplibre-gl';

import type { ChronoEvent } from '@/domain/events/types';
import { formatEventDate } from '@/utils/time-format';

import type { LonLat, MapScene } from './map-types';

/** The hover tooltip and the list of events that share a place. */
export class MapPopups {
  private readonly tooltip = new Popup({
    closeButton: false,
    closeOnClick: false,
    offset: 10,
    className: 'map-tooltip',
  });
  private readonly placePopup = new Popup({
    closeButton: true,
    closeOnClick: true,
    offset: 14,
    className: 'map-place-list',
    maxWidth: '300px',
  });

  constructor(
    private readonly map: MapLibreMap,
    private readonly scene: Readonly<MapScene>,
    private readonly onSelect: (id: string) => void,
    private readonly isDestroyed: () => boolean,
  ) {}

  /** A title and a line of details, as text (titles are the dataset's, never markup). */
  showTooltip(at: LonLat, title: string, meta: (string | undefined)[]) {
    const body = document.createElement('div');
    const heading = document.createElement('strong');
    heading.textContent = title;
    const details = document.createElement('div');
    details.className = 'map-tooltip-meta';
    details.textContent = meta.filter(Boolean).join(' · ');
    body.append(heading, details);
    this.tooltip.setLngLat(at).setDOMContent(body).addTo(this.map);
  }

  /** The event's title, date and place, at its place (an event without one shows nothing). */
  showEvent(event: ChronoEvent) {
    const location = event.location;
    if (!location) return;
    this.showTooltip([location.lon, location.lat], event.title, [
      formatEventDate(event),
      location.name,
    ]);
  }

  hideTooltip() {
    this.tooltip.remove();
  }

  async openPlaceList(center: LonLat, events: readonly ChronoEvent[]) {
    this.tooltip.remove();
    // Opened by a click on a shared place only: its code loads then, not with the first paint.
    const { showPlaceList } = await import('./place-list');
    if (this.isDestroyed()) return;
    showPlaceList(this.placePopup, this.map, center, {
      events,
      categories: this.scene.categories,
      extent: this.scene.extent,
      onSelect: this.onSelect,
    });
  }

  closePlaceList() {
    this.placePopup.remove();
  }

  destroy() {
    this.tooltip.remove();
    this.placePopup.remove();
  }
}
