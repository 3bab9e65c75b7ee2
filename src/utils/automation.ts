/**
 * A small read-only surface for tests, benchmarks and scripts (`window.chronomap`), so they can
 * wait on real signals and find things on a WebGL canvas without reaching into internals.
 *
 * Each part that registers an entry declares its type here by declaration merging (the map's and
 * the timeline's in their automation modules), so a test reads `window.chronomap?.map` typed,
 * without a cast, and a part cannot register something other than what it declared.
 */
export interface ChronomapAutomation {
  /** What the content security policy blocked since the page started. */
  csp: { violations(): { directive: string; blocked: string }[] };
  /** Writes an address change still waiting for its debounce now. */
  url: { flush(): void };
  /** Breaks one panel on purpose, to show its error boundary holds. */
  testing: { breakPanel(name: string): void };
}

declare global {
  interface Window {
    chronomap?: Partial<ChronomapAutomation>;
  }
}

export function registerAutomation<Name extends keyof ChronomapAutomation>(
  name: Name,
  api: ChronomapAutomation[Name],
): () => void {
  const root: Partial<ChronomapAutomation> = (window.chronomap ??= {});
  root[name] = api;
  return () => {
    if (root[name] === api) delete root[name];
  };
}
