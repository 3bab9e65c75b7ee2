import { useCallback, useState } from 'react';

/**
 * For a dialog loaded on demand: each opening mounts it afresh (its key is the opening's number)
 * with what it was opened on, and closing unmounts it, so nothing of it runs before or between
 * openings. `open` keeps its identity, for key handlers.
 */
export function useOpenings<T = void>() {
  const [opening, setOpening] = useState<{ key: number; value: T } | null>(null);
  const open = useCallback(
    (value: T) => setOpening((last) => ({ key: (last?.key ?? 0) + 1, value })),
    [],
  );
  const closed = useCallback(() => setOpening(null), []);
  return { opening, open, closed };
}
