/**
 * A small read-only surface for tests, benchmarks and scripts (`window.chronomap`), so they can
 * wait on real signals and find things on a WebGL canvas without reaching into internals.
 */
type Api = Record<string, unknown>;

declare global {
  interface Window {
    chronomap?: Api;
  }
}

export function registerAutomation(name: string, api: unknown): () => void {
  const root = (window.chronomap ??= {});
  root[name] = api;
  return () => {
    if (root[name] === api) delete root[name];
  };
}
