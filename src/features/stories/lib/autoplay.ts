/**
 * Steps through a story on its own, one step after a pause long enough to read it, and stops
 * at the first thing the reader does: a story that moves on while someone pans the map or reads
 * an event's sources takes the page out of their hands.
 */

/** A reading pause: a few seconds, and longer for longer text (about 200 words a minute). */
export function readingPauseMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.min(30_000, Math.max(5_000, 2_000 + words * 300));
}

const READER_ACTIONS = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;

export class Autoplay {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private playing = false;
  private readonly stopOnAction = (event: Event) => {
    // The player's own Play/Pause button does its own thing; everything else pauses.
    const target = event.target as Partial<Element> | null;
    if (target?.closest?.('[data-autoplay-control]')) return;
    this.stop();
  };

  constructor(
    private readonly next: () => boolean,
    private readonly onStop: () => void,
    private readonly target: EventTarget = document,
  ) {}

  get running(): boolean {
    return this.playing;
  }

  /** Waits `pauseMs`, then moves on; `next` returning false (the last step) ends the playing. */
  schedule(pauseMs: number) {
    if (!this.playing) {
      this.playing = true;
      for (const type of READER_ACTIONS)
        this.target.addEventListener(type, this.stopOnAction, { capture: true, passive: true });
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.next()) this.stop();
    }, pauseMs);
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.playing) return;
    this.playing = false;
    for (const type of READER_ACTIONS)
      this.target.removeEventListener(type, this.stopOnAction, { capture: true });
    this.onStop();
  }
}
