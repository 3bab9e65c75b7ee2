import type { Category, ChronoEvent } from '@/domain/events/types';
import { formatEventDate } from '@/utils/time-format';

const STRIP_WIDTH = 220;
const STRIP_HEIGHT = 18;
/** A popup is no place to read thousands of titles (a grid cell of a large dataset can hold them). */
export const PLACE_LIST_LIMIT = 300;

/**
 * The content of the popup for events that share one place: a small strip showing when each
 * happened across the dataset's dates, and the events as buttons, in date order.
 */
export function placeListContent(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
  extent: [number, number],
  onSelect: (id: string) => void,
): HTMLElement {
  const colors = new Map(categories.map((category) => [category.id, category.color]));
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const root = document.createElement('div');
  root.className = 'place-list';
  const heading = document.createElement('strong');
  heading.className = 'place-list-title';
  const place = sorted[0]?.location?.name;
  heading.textContent = `${sorted.length.toLocaleString('en')} events${place ? ` at ${place}` : ' at this place'}`;
  root.append(heading);

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
  root.append(svg);

  const list = document.createElement('ul');
  for (const event of sorted.slice(0, PLACE_LIST_LIMIT)) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    const date = document.createElement('span');
    date.className = 'place-list-date';
    date.textContent = formatEventDate(event);
    const title = document.createElement('span');
    title.textContent = event.title;
    button.append(date, title);
    button.addEventListener('click', () => onSelect(event.id));
    item.append(button);
    list.append(item);
  }
  root.append(list);
  if (sorted.length > PLACE_LIST_LIMIT) {
    const more = document.createElement('p');
    more.className = 'place-list-more';
    more.textContent = `The first ${PLACE_LIST_LIMIT} by date. Narrow the time window to see the others.`;
    root.append(more);
  }
  return root;
}
