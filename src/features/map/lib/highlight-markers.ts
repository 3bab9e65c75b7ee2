import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

import type { Category, ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';

import { FALLBACK_COLOR } from './event-layers';

export type HighlightRole = 'hovered' | 'selected' | 'story';

/** Which events to ring and how; a hovered selection is ringed once, as the selection. */
export function highlightTargets(
  selected: ChronoEvent | null,
  hovered: ChronoEvent | null,
): { event: ChronoEvent; role: HighlightRole }[] {
  const targets: { event: ChronoEvent; role: HighlightRole }[] = [];
  if (hovered?.location && hovered !== selected) targets.push({ event: hovered, role: 'hovered' });
  if (selected?.location) targets.push({ event: selected, role: 'selected' });
  return targets;
}

/**
 * The hovered and selected events' rings, as HTML markers over the map rather than a map layer.
 * A layer change makes MapLibre redraw every event; without a GPU that frame took 100–400 ms at
 * 100k events, and the details of a click waited behind it. A marker only moves an element.
 */
export class HighlightMarkers {
  private readonly markers: Record<'hovered' | 'selected', Marker>;
  /** The events a story's step is about, by id: a few at a time. */
  private readonly storyMarks = new Map<string, Marker>();

  constructor(private readonly map: MapLibreMap) {
    this.markers = { hovered: this.create('hovered'), selected: this.create('selected') };
  }

  /** Marks the events a story's step is about, each with a dashed ring, until the next step. */
  mark(events: readonly ChronoEvent[]) {
    const wanted = new Map(events.flatMap((event) => (event.location ? [[event.id, event]] : [])));
    for (const [id, marker] of this.storyMarks) {
      if (wanted.has(id)) continue;
      marker.remove();
      this.storyMarks.delete(id);
    }
    for (const [id, event] of wanted) {
      if (this.storyMarks.has(id) || !event.location) continue;
      const marker = this.create('story');
      marker.getElement().dataset['eventId'] = id;
      marker.setLngLat([event.location.lon, drawnLatitude(event.location.lat)]).addTo(this.map);
      this.storyMarks.set(id, marker);
    }
  }

  show(selected: ChronoEvent | null, hovered: ChronoEvent | null, categories: readonly Category[]) {
    const targets = highlightTargets(selected, hovered);
    for (const role of ['hovered', 'selected'] as const) {
      const marker = this.markers[role];
      const event = targets.find((target) => target.role === role)?.event;
      if (!event?.location) {
        marker.remove();
        continue;
      }
      const color = categories.find((category) => category.id === event.category)?.color;
      const element = marker.getElement();
      element.style.setProperty('--highlight-color', color ?? FALLBACK_COLOR);
      element.dataset['eventId'] = event.id;
      marker.setLngLat([event.location.lon, drawnLatitude(event.location.lat)]);
      // On the page already: adding it again would take it off and put it back.
      if (!element.isConnected) marker.addTo(this.map);
    }
  }

  /** The rings on the page now, read from the DOM, for tests and scripts. */
  shown(): { id: string; role: HighlightRole }[] {
    const rings = (['hovered', 'selected'] as const).flatMap((role) => {
      const element = this.markers[role].getElement();
      return element.isConnected ? [{ id: element.dataset['eventId'] ?? '', role }] : [];
    });
    return [...rings, ...[...this.storyMarks.keys()].map((id) => ({ id, role: 'story' as const }))];
  }

  remove() {
    for (const marker of Object.values(this.markers)) marker.remove();
    this.mark([]);
  }

  private create(role: HighlightRole) {
    const element = document.createElement('div');
    element.className = `map-highlight map-highlight-${role}`;
    element.setAttribute('aria-hidden', 'true');
    // Sub-pixel, like the dots the rings circle: rounded, a ring sat half a pixel off its dot.
    return new Marker({ element, subpixelPositioning: true });
  }
}
