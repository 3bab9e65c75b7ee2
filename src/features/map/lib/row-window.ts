/**
 * The arithmetic of a list that draws only the rows in sight (the place list holds every event
 * of a place: thousands of buttons would take seconds to build). Rows have one fixed height.
 */

/** Rows drawn beyond each edge of the view, so a quick scroll does not show blank rows. */
const OVERSCAN = 4;

/** The rows to draw for a scroll position: `[from, to)`. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight: number,
): [number, number] {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(viewportHeight / rowHeight) + 1;
  return [Math.max(0, first - OVERSCAN), Math.min(count, first + shown + OVERSCAN)];
}

/** The row a key moves the focus to, or null when the key is not the list's. */
export function rowForKey(
  key: string,
  active: number,
  count: number,
  pageRows: number,
): number | null {
  const last = count - 1;
  const page = Math.max(1, pageRows - 1);
  const moves: Record<string, number> = {
    ArrowDown: active + 1,
    ArrowUp: active - 1,
    PageDown: active + page,
    PageUp: active - page,
    Home: 0,
    End: last,
  };
  const next = moves[key];
  return next === undefined || count === 0 ? null : Math.max(0, Math.min(last, next));
}

/** The scroll position that brings a row fully into view, moving as little as possible. */
export function scrollToShow(
  row: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = row * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
