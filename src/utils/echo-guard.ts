/**
 * The one way a view or a sync tells its own echo from news. Whatever it does to apply a change
 * from outside (a store value into the map, a link into the store) runs inside `apply`; the
 * listeners that change sets off, synchronously, see `echoing` and do not report it back.
 */
export class EchoGuard {
  private depth = 0;

  /** Runs `change` as an applied change: what it sets off is an echo. Nests; survives a throw. */
  apply<T>(change: () => T): T {
    this.depth++;
    try {
      return change();
    } finally {
      this.depth--;
    }
  }

  /** Whether the change being reported now was set off by `apply`. */
  get echoing(): boolean {
    return this.depth > 0;
  }
}
