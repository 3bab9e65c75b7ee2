import type { TimeWindow } from '@/domain/events/time-window';
import { DAY } from '@/domain/time/units';
import { formatWindow } from '@/utils/time-format';

import type { TimelineFrame } from './timeline-frame';
import { windowForKey } from './window-keys';

export interface SliderState {
  box: { left: number; width: number; top: number; height: number };
  /** Days since the epoch, as ARIA wants numbers. */
  min: number | null;
  max: number | null;
  now: number;
  text: string;
}

/** Where the keyboard control sits (over the window, or over the plot when there is none) and what it says. */
export function sliderState(
  frame: Pick<TimelineFrame, 'geometry' | 'scale' | 'window' | 'data'>,
): SliderState {
  const { geometry: g, window, scale } = frame;
  const extent = frame.data?.extent ?? null;
  let left = g.left;
  let right = g.right;
  if (window) {
    left = Math.max(g.left, scale(window.start));
    right = Math.min(g.right, Math.max(left + 4, scale(window.end)));
  }
  return {
    box: {
      left,
      width: Math.max(4, right - left),
      top: g.histogram.top,
      height: g.axis.top - g.histogram.top,
    },
    min: extent ? Math.floor(extent[0] / DAY) : null,
    max: extent ? Math.floor(extent[1] / DAY) : null,
    now: Math.floor((window?.start ?? extent?.[0] ?? 0) / DAY),
    text: window
      ? formatWindow(window.start, window.end).replace(' – ', ' to ')
      : 'All dates. Press an arrow key to start a window.',
  };
}

export type RootKeyAction = 'zoom-in' | 'zoom-out' | 'next' | 'previous';

/** What a key does on the timeline itself (`onRoot`) or on its window slider. */
export function rootKeyAction(key: string, onRoot: boolean): RootKeyAction | null {
  if (key === '+' || key === '=') return 'zoom-in';
  if (key === '-' || key === '_') return 'zoom-out';
  if (onRoot && key === 'ArrowRight') return 'next';
  if (onRoot && key === 'ArrowLeft') return 'previous';
  return null;
}

/**
 * The timeline's own keys, on it or on its slider: +/- zoom, ←/→ step through events (on the
 * slider they move the window instead, and stop there). Returns how to stop listening.
 */
export function listenForTimelineKeys(
  root: HTMLElement,
  slider: HTMLElement,
  run: (action: RootKeyAction) => void,
): () => void {
  const handle = (event: KeyboardEvent) => {
    if (event.target !== root && event.target !== slider) return;
    const action = rootKeyAction(event.key, event.target === root);
    if (!action) return;
    run(action);
    event.preventDefault();
  };
  root.addEventListener('keydown', handle);
  return () => root.removeEventListener('keydown', handle);
}

export interface SliderHost {
  extent: () => [number, number] | null;
  window: () => TimeWindow | null;
  visibleDomain: () => [number, number];
  /** A window set from the keyboard (null: cleared). */
  onWindow: (window: TimeWindow | null) => void;
}

/** The window as an ARIA slider: arrow keys move or resize it, Home/End jump, Delete clears. */
export class WindowSlider {
  constructor(
    private readonly element: HTMLElement,
    private readonly host: SliderHost,
  ) {
    element.addEventListener('keydown', this.handleKey);
  }

  render(frame: Pick<TimelineFrame, 'geometry' | 'scale' | 'window' | 'data'>) {
    const state = sliderState(frame);
    const { box } = state;
    Object.assign(this.element.style, {
      left: `${box.left}px`,
      width: `${box.width}px`,
      top: `${box.top}px`,
      height: `${box.height}px`,
    });
    if (state.min !== null) this.element.setAttribute('aria-valuemin', String(state.min));
    if (state.max !== null) this.element.setAttribute('aria-valuemax', String(state.max));
    this.element.setAttribute('aria-valuenow', String(state.now));
    this.element.setAttribute('aria-valuetext', state.text);
  }

  dispose() {
    this.element.removeEventListener('keydown', this.handleKey);
  }

  private handleKey = (event: KeyboardEvent) => {
    const extent = this.host.extent();
    if (!extent) return;
    const { key, shiftKey } = event;
    const next = windowForKey(key, shiftKey, this.host.window(), extent, this.host.visibleDomain());
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.host.onWindow(next === 'clear' ? null : next);
  };
}
