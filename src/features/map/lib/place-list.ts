import type { Map as MapLibreMap, Popup } from 'maplibre-gl';

import type { Category, ChronoEvent } from '@/domain/events/types';
import { countOf } from '@/utils/plural';
import { formatEventDate } from '@/utils/time-format';

import { rowForKey, rowWindow, scrollToShow } from './row-window';

const STRIP_WIDTH = 220;
const STRIP_HEIGHT = 18;
/** One row: the date, and the title on one line (`.place-list button` in app.css fits them in). */
export const PLACE_ROW_HEIGHT = 44;

interface PlaceList {
  events: readonly ChronoEvent[];
  categories: readonly Category[];
  extent: [number, number];
  onSelect: (id: string) => void;
}

/**
 * Opens the list in the popup at `center`, towards the roomier side of the map and fitted to
 * the room there, with the focus on its first event.
 */
export function showPlaceList(
  popup: Popup,
  map: MapLibreMap,
  center: [number, number],
  { events, categories, extent, onSelect }: PlaceList,
) {
  const point = map.project(center);
  const height = map.getContainer().clientHeight;
  const below = point.y < height / 2;
  const room = (below ? height - point.y : point.y) - 90;
  const listHeight = Math.max(96, Math.min(260, room - 70));
  const content = placeListContent(events, categories, extent, onSelect, listHeight);
  popup.options.anchor = below ? 'top' : 'bottom';
  popup.setLngLat(center).setDOMContent(content).addTo(map);
  content.querySelector('button')?.focus({ preventScroll: true });
}

/**
 * The content of the popup for events that share one place: a small strip showing when each
 * happened across the dataset's dates, and every one of the events as buttons, in date order.
 * `listHeight` is the most room the list may take; a longer list scrolls.
 */
export function placeListContent(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
  extent: [number, number],
  onSelect: (id: string) => void,
  listHeight: number,
): HTMLElement {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const root = document.createElement('div');
  root.className = 'place-list';
  const heading = document.createElement('strong');
  heading.className = 'place-list-title';
  const place = sorted[0]?.location?.name;
  heading.textContent = `${countOf(sorted.length, 'event')}${place ? ` at ${place}` : ' at this place'}`;
  root.append(heading, timeStrip(sorted, categories, extent), rows(sorted, onSelect, listHeight));
  return root;
}

function timeStrip(
  sorted: readonly ChronoEvent[],
  categories: readonly Category[],
  extent: [number, number],
): SVGSVGElement {
  const colors = new Map(categories.map((category) => [category.id, category.color]));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(STRIP_WIDTH));
  svg.setAttribute('height', String(STRIP_HEIGHT));
  svg.setAttribute('class', 'place-strip');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'When these events happened, across the dataset’s dates');
  const axis = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  axis.setAttribute('x1', '0');
  axis.setAttribute('x2', String(STRIP_WIDTH));
  axis.setAttribute('y1', String(STRIP_HEIGHT - 2));
  axis.setAttribute('y2', String(STRIP_HEIGHT - 2));
  svg.append(axis);
  const span = Math.max(extent[1] - extent[0], 1);
  // One tick per pixel column: the same picture for ten events or ten thousand.
  const columns = new Map<number, string>();
  for (const event of sorted) {
    const x = Math.round(((event.start - extent[0]) / span) * (STRIP_WIDTH - 4) + 2);
    if (!columns.has(x)) columns.set(x, colors.get(event.category) ?? '#777777');
  }
  for (const [x, color] of columns) {
    const tick = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    tick.setAttribute('x', String(x - 1));
    tick.setAttribute('y', '2');
    tick.setAttribute('width', '2');
    tick.setAttribute('height', String(STRIP_HEIGHT - 5));
    tick.setAttribute('fill', color);
    svg.append(tick);
  }
  return svg;
}

function rowButton(event: ChronoEvent, onSelect: (id: string) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  const date = document.createElement('span');
  date.className = 'place-list-date';
  date.textContent = formatEventDate(event);
  const title = document.createElement('span');
  title.textContent = event.title;
  // One line each, so every row has the same height; the whole title shows on hover.
  title.title = event.title;
  button.append(date, title);
  button.addEventListener('click', () => onSelect(event.id));
  return button;
}

/**
 * The events as a list that builds only the rows in sight, however many there are. One row
 * takes the Tab key (the arrow keys, Page Up/Down, Home and End move along the list), so the
 * rows not drawn are still in reach; the focused row is always drawn.
 */
function rows(
  events: readonly ChronoEvent[],
  onSelect: (id: string) => void,
  listHeight: number,
): HTMLElement {
  const scroller = document.createElement('div');
  scroller.className = 'place-list-scroll';
  scroller.style.maxHeight = `${listHeight}px`;
  const list = document.createElement('ul');
  list.style.height = `${events.length * PLACE_ROW_HEIGHT}px`;
  scroller.append(list);
  // Known before the popup is on the page (then the scroller has no height yet).
  const viewport = () => Math.min(listHeight, events.length * PLACE_ROW_HEIGHT);
  const drawn = new Map<number, { item: HTMLLIElement; button: HTMLButtonElement }>();
  let active = 0;

  const setActive = (row: number) => {
    const before = drawn.get(active);
    if (before) before.button.tabIndex = -1;
    active = row;
    const now = drawn.get(row);
    if (now) now.button.tabIndex = 0;
  };

  const drawRow = (row: number) => {
    const event = events[row];
    if (!event || drawn.has(row)) return;
    const item = document.createElement('li');
    item.style.top = `${row * PLACE_ROW_HEIGHT}px`;
    item.style.height = `${PLACE_ROW_HEIGHT}px`;
    item.setAttribute('aria-posinset', String(row + 1));
    item.setAttribute('aria-setsize', String(events.length));
    const button = rowButton(event, onSelect);
    button.tabIndex = row === active ? 0 : -1;
    button.addEventListener('focus', () => setActive(row));
    item.append(button);
    // In row order, without moving a row already there (moving the focused one would blur it).
    const next = [...drawn.keys()].filter((other) => other > row).sort((a, b) => a - b)[0];
    list.insertBefore(item, next === undefined ? null : (drawn.get(next)?.item ?? null));
    drawn.set(row, { item, button });
  };

  const draw = () => {
    const [from, to] = rowWindow(scroller.scrollTop, viewport(), events.length, PLACE_ROW_HEIGHT);
    for (const [row, { item }] of drawn) {
      if ((row < from || row >= to) && row !== active) {
        item.remove();
        drawn.delete(row);
      }
    }
    for (let row = from; row < to; row++) drawRow(row);
  };

  list.addEventListener('keydown', (e) => {
    const pageRows = Math.floor(viewport() / PLACE_ROW_HEIGHT);
    const row = rowForKey(e.key, active, events.length, pageRows);
    if (row === null) return;
    e.preventDefault();
    e.stopPropagation();
    scroller.scrollTop = scrollToShow(row, scroller.scrollTop, viewport(), PLACE_ROW_HEIGHT);
    drawRow(row);
    setActive(row);
    draw();
    drawn.get(row)?.button.focus({ preventScroll: true });
  });
  scroller.addEventListener('scroll', draw, { passive: true });
  draw();
  return scroller;
}
