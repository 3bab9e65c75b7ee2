import { useSyncExternalStore } from 'react';

/**
 * Lets tests break one panel on purpose (`window.chronomap.testing.breakPanel('details')`), to show
 * that an error boundary contains it and the rest of the app keeps working.
 */
const broken = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

export function breakPanel(name: string) {
  broken.add(name);
  version += 1;
  for (const listener of listeners) listener();
}

export function repairPanels() {
  broken.clear();
  version += 1;
  for (const listener of listeners) listener();
}

export function useInjectedFault(name: string) {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  if (broken.has(name)) throw new Error(`${name} was broken on purpose (fault injection)`);
}
