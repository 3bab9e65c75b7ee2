/** Where the window's two date labels go: the left end of each, in plot pixels. */
export interface EdgeLabelPlacement {
  start: number;
  end: number;
}

/** Space between a label and the window's edge, and between the two labels. */
const OFFSET = 4;
const GAP = 8;

/**
 * Each label sits outside the window, the start to its left and the end to its right, unless the
 * plot's edge is in the way; then it moves inside, and the other label moves aside so the two
 * never overlap (a narrow window near an edge used to print one date over the other).
 */
export function placeEdgeLabels(
  x0: number,
  x1: number,
  widths: { start: number; end: number },
  plot: { left: number; right: number },
): EdgeLabelPlacement {
  let start = Math.max(plot.left, x0 - OFFSET - widths.start);
  let end = Math.min(plot.right - widths.end, x1 + OFFSET);
  if (start + widths.start + GAP > end) {
    // Pinned to the left: the end label gives way to the right, as far as the plot allows;
    // otherwise the start label gives way to the left.
    if (start === plot.left) end = Math.min(plot.right - widths.end, start + widths.start + GAP);
    if (start + widths.start + GAP > end) start = Math.max(plot.left, end - GAP - widths.start);
  }
  return { start, end };
}
