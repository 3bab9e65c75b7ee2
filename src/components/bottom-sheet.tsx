import { useRef, useState, type ReactNode } from 'react';

export type SheetSize = 'peek' | 'full';

/**
 * A panel that slides up from the bottom on phones: peeking (half height) or full. Drag the
 * handle, or tap it, to switch; drag it down to close.
 */
export function BottomSheet({
  label,
  open,
  onClose,
  children,
  testId,
  closeButton = true,
}: {
  label: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** Off when the content has its own close button. */
  closeButton?: boolean;
}) {
  const [size, setSize] = useState<SheetSize>('peek');
  const [dragY, setDragY] = useState<number | null>(null);
  const start = useRef<{ y: number; time: number } | null>(null);

  const end = (y: number) => {
    const origin = start.current;
    start.current = null;
    setDragY(null);
    if (!origin) return;
    const moved = y - origin.y;
    if (Math.abs(moved) < 8) setSize(size === 'peek' ? 'full' : 'peek');
    else if (moved < 0) setSize('full');
    else if (size === 'full' && moved < 200) setSize('peek');
    else onClose();
  };

  return (
    <div
      className={`bottom-sheet ${size}`}
      hidden={!open}
      data-testid={testId}
      style={
        dragY !== null
          ? { transform: `translateY(${Math.max(-200, dragY)}px)`, transition: 'none' }
          : undefined
      }
    >
      <div className="sheet-bar">
        <button
          type="button"
          className="sheet-handle"
          aria-label={size === 'peek' ? `Expand ${label}` : `Shrink ${label}`}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            start.current = { y: e.clientY, time: e.timeStamp };
          }}
          onPointerMove={(e) => start.current && setDragY(e.clientY - start.current.y)}
          onPointerUp={(e) => end(e.clientY)}
          onPointerCancel={() => {
            start.current = null;
            setDragY(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              setSize(size === 'peek' ? 'full' : 'peek');
            }
          }}
        >
          <span aria-hidden="true" />
        </button>
        {closeButton && (
          <button
            type="button"
            className="icon-button sheet-close"
            aria-label={`Close ${label}`}
            onClick={onClose}
          >
            ×
          </button>
        )}
      </div>
      <div className="sheet-body">{children}</div>
    </div>
  );
}
