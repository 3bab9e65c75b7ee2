import { describe, expect, it } from 'vitest';

import { pointOf, Press, TAP_SLOP_PX } from './press';

describe('Press', () => {
  const at = (clientX: number, clientY: number) => ({ clientX, clientY });

  it('is a tap while it stays within the slop, and a drag once it leaves it', () => {
    const press = new Press(at(100, 50), 'mark', TAP_SLOP_PX.mouse);
    expect(press.moveTo(at(102, 52))).toBe(false);
    expect(press.moveTo(at(103, 53))).toBe(true);
    expect(press.mark).toBe('mark');
  });

  it('stays a drag when the pointer comes back to where it began', () => {
    const press = new Press(at(0, 0), null, TAP_SLOP_PX.mouse);
    press.moveTo(at(20, 0));
    expect(press.moveTo(at(0, 0))).toBe(true);
    expect(press.isDrag).toBe(true);
  });

  it('lets a finger wobble further than a mouse', () => {
    expect(new Press(at(0, 0), null, TAP_SLOP_PX.touch).moveTo(at(7, 0))).toBe(false);
    expect(new Press(at(0, 0), null, TAP_SLOP_PX.mouse).moveTo(at(7, 0))).toBe(true);
  });
});

describe('pointOf', () => {
  it('reads the first touch, or the lifted one when a touch ends', () => {
    const touch = { clientX: 5, clientY: 6 };
    expect(pointOf({ touches: [touch], changedTouches: [] } as unknown as TouchEvent)).toBe(touch);
    expect(pointOf({ touches: [], changedTouches: [touch] } as unknown as TouchEvent)).toBe(touch);
  });
});
