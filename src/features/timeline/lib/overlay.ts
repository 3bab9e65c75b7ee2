import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';

import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';
import { formatInstant } from '@/utils/time-format';

import { chooseBinUnit } from './bins';
import { placeEdgeLabels } from './edge-labels';
import { shortLabel } from './layout';
import { MARK_RADIUS } from './marks';
import { tickCount, tickLabels } from './time-scale';
import { svgElement as el, type TimelineDom } from './timeline-dom';
import type { TimelineFrame } from './timeline-frame';
import { markPositions, type ViewMarks } from './view-marks';

/** The date axis, from the frame's scale. */
export function renderAxis(dom: TimelineDom, frame: TimelineFrame) {
  const { geometry: g, scale } = frame;
  // No dates at all (an empty dataset): an axis would only show a made-up range.
  const ticks = frame.data?.extent ? scale.ticks(tickCount(g.right - g.left)) : [];
  const labels = tickLabels(ticks);
  select(dom.axis)
    .attr('transform', `translate(0,${g.axis.top})`)
    .call(
      axisBottom(scale)
        .tickValues(ticks)
        .tickFormat((_, i) => labels[i] ?? '')
        .tickSizeOuter(0),
    );
}

/** Each lane's label in the gutter, and what the histogram counts per bar. */
export function renderLaneLabels(dom: TimelineDom, frame: TimelineFrame) {
  const { geometry: g } = frame;
  const lanes = frame.data?.lanes.lanes ?? [];
  dom.labels.replaceChildren();
  if (g.left < 40) return;
  lanes.forEach((lane, i) => {
    const y = g.lanes.top + (i + 0.5) * g.lanes.height;
    if (lane.color) {
      dom.labels.append(el('circle', { cx: '10', cy: String(y), r: '4', fill: lane.color }));
    }
    const text = el('text', { x: '20', y: String(y), 'dominant-baseline': 'central' });
    text.textContent = shortLabel(lane.label);
    const title = el('title');
    title.textContent = lane.label;
    text.append(title);
    dom.labels.append(text);
  });
  const histLabel = el('text', {
    x: '20',
    y: String(g.histogram.top + g.histogram.height / 2),
    'dominant-baseline': 'central',
    class: 'muted',
  });
  histLabel.textContent =
    'Events per ' + chooseBinUnit(frame.domain, g.right - g.left, frame.finest).label;
  dom.labels.append(histLabel);
}

/** Rings around the hovered and the selected events' marks, and the story step's. */
export function renderHighlights(dom: TimelineDom, frame: TimelineFrame, view: ViewMarks | null) {
  const rings: SVGCircleElement[] = [];
  const ring = (event: ChronoEvent, role: 'hovered' | 'selected' | 'story', radius: number) => {
    for (const { x, y } of markPositions(event, view, frame))
      for (const part of ['halo', 'ink'])
        rings.push(
          el('circle', {
            class: `${role} ${part}`,
            cx: String(x),
            cy: String(y),
            r: String(radius),
          }),
        );
  };
  const { hovered, selected, marked } = frame;
  for (const event of marked) ring(event, 'story', MARK_RADIUS + 7);
  if (hovered && hovered !== selected) ring(hovered, 'hovered', MARK_RADIUS + 3);
  if (selected) ring(selected, 'selected', MARK_RADIUS + 4);
  dom.highlights.replaceChildren(...rings);
}

/** The window's first and last dates, beside its edges. */
export function renderEdgeLabels(dom: TimelineDom, frame: TimelineFrame) {
  const [startLabel, endLabel] = dom.edgeLabels;
  const { window, geometry: g, scale } = frame;
  if (!window) {
    startLabel.textContent = '';
    endLabel.textContent = '';
    return;
  }
  // A window ending at midnight ends with the day before.
  const last = window.end % DAY === 0 ? window.end - DAY : window.end;
  const texts = { start: formatInstant(window.start), end: formatInstant(last) };
  const { ctx } = dom;
  ctx.save();
  ctx.font = `600 11px ${frame.fontFamily}`;
  const widths = {
    start: ctx.measureText(texts.start).width,
    end: ctx.measureText(texts.end).width,
  };
  ctx.restore();
  const placed = placeEdgeLabels(scale(window.start), scale(window.end), widths, g);
  const y = String(g.histogram.top - 5);
  for (const [label, text, x] of [
    [startLabel, texts.start, placed.start],
    [endLabel, texts.end, placed.end],
  ] as const) {
    label.textContent = text;
    label.setAttribute('x', String(x));
    label.setAttribute('y', y);
  }
}
