/** Remembers the last result while every dependency is identical (===). */
export function memoizeOn<S, const D extends readonly unknown[], R>(
  deps: (state: S) => D,
  compute: (deps: D) => R,
) {
  let last: D | null = null;
  let result: R;
  return (state: S): R => {
    const next = deps(state);
    if (!last || next.length !== last.length || next.some((dep, i) => dep !== last?.[i])) {
      result = compute(next);
      last = next;
    }
    return result;
  };
}
