/**
 * One rule for every press on the timeline, by mouse, pen or finger: a press that stays within a
 * few pixels of where it began is a tap (on a mark, it selects that event); once it moves further,
 * it is a drag (it moves, resizes or draws the window) and no longer a tap.
 */

/** How far a press may wander and still be a tap: fingers wobble more than a mouse. */
export const TAP_SLOP_PX = { mouse: 4, touch: 10 } as const;

export interface PressPoint {
  clientX: number;
  clientY: number;
}

export class Press<Mark> {
  private dragging = false;

  constructor(
    private readonly origin: PressPoint,
    /** The mark under the press, if any. */
    readonly mark: Mark | null,
    private readonly slop: number,
  ) {}

  /** Whether the press has become a drag, given where the pointer is now. Once a drag, always. */
  moveTo(point: PressPoint): boolean {
    if (!this.dragging) {
      const dx = point.clientX - this.origin.clientX;
      const dy = point.clientY - this.origin.clientY;
      this.dragging = dx * dx + dy * dy > this.slop * this.slop;
    }
    return this.dragging;
  }

  get isDrag(): boolean {
    return this.dragging;
  }
}

/** Where a mouse or touch event is, for the touch that began the press. */
export function pointOf(event: MouseEvent | TouchEvent): MouseEvent | Touch | null {
  if (!('touches' in event)) return event;
  return event.touches[0] ?? event.changedTouches[0] ?? null;
}
