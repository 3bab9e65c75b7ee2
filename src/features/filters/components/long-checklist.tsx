import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

import type { ChecklistItem } from '../lib/checklist';

/** One row's height in CSS pixels, as checklist.css sets it. */
const ROW_PX = 28;

/**
 * A checklist of thousands: only the rows in view (and a few around them, so Tab finds the next
 * one) are in the page. Each says where it stands in the whole list, for screen readers.
 */
export function LongChecklist({
  items,
  row,
}: {
  items: readonly ChecklistItem[];
  row: (item: ChecklistItem) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
  });
  return (
    <div ref={scroller} className="checklist-scroller">
      <ul className="checklist" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map(({ index, start }) => {
          const item = items[index];
          return (
            item && (
              <li
                key={item.id}
                aria-setsize={items.length}
                aria-posinset={index + 1}
                style={{ transform: `translateY(${start}px)` }}
              >
                {row(item)}
              </li>
            )
          );
        })}
      </ul>
    </div>
  );
}
