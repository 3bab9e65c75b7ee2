import { useEffect, type RefObject } from 'react';

import { useAppStore } from '@/store/app-store';
import type { MapCoverSide } from '@/store/slices/ui-slice';

/**
 * Tells the store how much of one side of the map a panel over it covers, so the map can keep a
 * selection in the part the reader still sees. Watches `ref`'s element, or the elements in it
 * matching `selector` (the widest or tallest counts); a panel hidden when closed measures 0.
 * `refresh` re-reads which elements match when the panel's content changes.
 */
export function useMapCover(
  ref: RefObject<HTMLElement | null>,
  side: MapCoverSide,
  selector?: string,
  refresh?: unknown,
) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { setMapCover } = useAppStore.getState();
    const panels = selector ? [...element.querySelectorAll<HTMLElement>(selector)] : [element];
    const size = (panel: HTMLElement) => (side === 'left' ? panel.offsetWidth : panel.offsetHeight);
    const observer = new ResizeObserver(() => setMapCover(side, Math.max(0, ...panels.map(size))));
    for (const panel of panels) observer.observe(panel);
    return () => {
      observer.disconnect();
      setMapCover(side, 0);
    };
  }, [ref, side, selector, refresh]);
}
