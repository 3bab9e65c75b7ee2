/** Optional settings a host page (or a test) may set on `window.chronomapConfig` before the app starts. */
export interface HostConfig {
  /** Give up on a dataset download after this long without data (default 20 s). */
  stallTimeoutMs?: number;
  /** The longest the map waits for a large first dataset before it starts anyway (default 3 s). */
  mapStartWaitMs?: number;
}

declare global {
  interface Window {
    chronomapConfig?: HostConfig;
  }
}

/** A duration the host configured, when it is a positive number. */
export function configuredMs(key: keyof HostConfig): number | undefined {
  const value: unknown = globalThis.window?.chronomapConfig?.[key];
  return typeof value === 'number' && value > 0 ? value : undefined;
}
