/** What the signal asks of the map: whether MapLibre itself still has something to draw. */
export interface QuietProbe {
  loaded(): boolean;
  isMoving(): boolean;
}

/** Ends one piece of pending work; ending it twice is harmless. */
export type Release = () => void;

/**
 * The map's `data-map-idle` attribute, which tests and scripts wait on. MapLibre's own `idle`
 * does not know the app's work (events still being cut into tiles, a selection waiting for the
 * next paint), so each piece of that work holds a token while it runs: the map is idle only
 * when MapLibre is and no token is held.
 */
export class IdleSignal {
  private readonly holds = new Set<object>();

  constructor(
    private readonly element: HTMLElement,
    private readonly map: QuietProbe,
  ) {
    this.busy();
  }

  /** Something will change on the map: not idle until it is drawn. */
  busy() {
    this.set(false);
  }

  /** Marks work of the app's own as pending until the returned function is called. */
  hold(): Release {
    const token = {};
    this.holds.add(token);
    this.busy();
    return () => {
      this.holds.delete(token);
    };
  }

  get pending(): boolean {
    return this.holds.size > 0;
  }

  /** MapLibre reported idle: so is the map, unless work of the app's own is still pending. */
  mapIdle() {
    if (!this.pending) this.set(true);
  }

  /** Idle now when MapLibre has nothing left to draw either (then no 'idle' event follows). */
  settle() {
    if (!this.pending && this.map.loaded() && !this.map.isMoving()) this.set(true);
  }

  get idle(): boolean {
    return this.element.dataset['mapIdle'] === 'true';
  }

  private set(idle: boolean) {
    this.element.dataset['mapIdle'] = String(idle);
  }
}
