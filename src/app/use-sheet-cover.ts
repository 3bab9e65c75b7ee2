import { useEffect, type RefObject } from 'react';

import { useAppStore } from '@/store/app-store';

/**
 * Phones: tells the store how much of the map the open sheet covers, so the map can keep a
 * selection in the part the reader still sees. The sheets stay mounted (hidden when closed), so
 * watching their sizes sees them open, close, expand and shrink.
 */
export function useSheetCover(main: RefObject<HTMLElement | null>, embed: boolean) {
  useEffect(() => {
    const element = main.current;
    if (!element) return;
    const { setMapCover } = useAppStore.getState();
    const sheets = [...element.querySelectorAll<HTMLElement>('.bottom-sheet')];
    const observer = new ResizeObserver(() =>
      setMapCover(Math.max(0, ...sheets.map((sheet) => sheet.offsetHeight))),
    );
    for (const sheet of sheets) observer.observe(sheet);
    return () => {
      observer.disconnect();
      setMapCover(0);
    };
  }, [main, embed]);
}
