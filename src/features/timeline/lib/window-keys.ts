import type { TimeWindow } from '@/domain/events/time-window';
import { DAY } from '@/domain/time/units';

/** How wide the window a first key press opens is. */
const FIRST_WIDTH = 7 * DAY;

/**
 * Where a key press moves the window: ←/→ a day (Shift: a week), PageUp/PageDown a month,
 * Home/End to the data's start or end at the same width; Delete clears it. null: not our key.
 * With no window yet, the first press opens a week where the data is in view: forward keys from
 * its first day there (never before the data), backward keys up to its last.
 */
export function windowForKey(
  key: string,
  shiftKey: boolean,
  current: TimeWindow | null,
  extent: [number, number],
  visible: [number, number] = extent,
): TimeWindow | 'clear' | null {
  if (!current) return firstWindow(key, extent, visible);
  const width = current.end - current.start;
  const by = (delta: number) => ({ start: current.start + delta, end: current.end + delta });
  const step = shiftKey ? 7 * DAY : DAY;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return by(-step);
    case 'ArrowRight':
    case 'ArrowUp':
      return by(step);
    case 'PageUp':
      return by(-30 * DAY);
    case 'PageDown':
      return by(30 * DAY);
    case 'Home': {
      const start = Math.floor(extent[0] / DAY) * DAY;
      return { start, end: start + width };
    }
    case 'End': {
      const end = Math.ceil(extent[1] / DAY) * DAY;
      return { start: end - width, end };
    }
    case 'Delete':
    case 'Backspace':
      return 'clear';
    default:
      return null;
  }
}

function firstWindow(
  key: string,
  extent: [number, number],
  visible: [number, number],
): TimeWindow | null {
  const dataStart = Math.floor(extent[0] / DAY) * DAY;
  const dataEnd = Math.ceil(extent[1] / DAY) * DAY;
  const fromStart = (start: number) => ({ start, end: start + FIRST_WIDTH });
  const toEnd = (end: number) => ({ start: end - FIRST_WIDTH, end });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
    case 'PageDown':
      return fromStart(Math.max(dataStart, Math.ceil(visible[0] / DAY) * DAY));
    case 'ArrowLeft':
    case 'ArrowDown':
    case 'PageUp':
      return toEnd(Math.min(dataEnd, Math.floor(visible[1] / DAY) * DAY));
    case 'Home':
      return fromStart(dataStart);
    case 'End':
      return toEnd(dataEnd);
    default:
      return null;
  }
}
