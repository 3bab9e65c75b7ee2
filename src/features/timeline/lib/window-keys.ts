import type { TimeWindow } from '@/domain/events/filter-events';

import { DAY } from './time-scale';

/**
 * Where a key press moves the window: ←/→ a day (Shift: a week), PageUp/PageDown a month,
 * Home/End to the data's start or end at the same width; Delete clears it. null: not our key.
 */
export function windowForKey(
  key: string,
  shiftKey: boolean,
  current: TimeWindow,
  extent: [number, number],
): TimeWindow | 'clear' | null {
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
