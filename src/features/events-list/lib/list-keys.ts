/**
 * Where a key moves the active row of a list of `count` rows, or null when the key is not one
 * the list handles (so it keeps its default: Tab leaves, letters reach the shortcuts).
 */
export function nextIndex(key: string, index: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(index + Math.max(1, page));
    case 'PageUp':
      return clamp(index - Math.max(1, page));
    default:
      return null;
  }
}

/** Rows to show: the virtualiser's range, plus the active row wherever it is. */
export function withActive(indexes: number[], active: number): number[] {
  if (active < 0 || indexes.includes(active)) return indexes;
  return [...indexes, active].sort((a, b) => a - b);
}
