import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

import { neighbours } from '@/features/details/lib/neighbours';
import { useAppStore } from '@/store/app-store';
import { selectSelectedEvent, selectVisibleEvents } from '@/store/selectors';

const SHORTCUTS: [keys: string, what: string][] = [
  ['/', 'Search'],
  ['j / k', 'Next / previous event (in date order)'],
  ['Esc', 'Close the details (or a dialog)'],
  ['?', 'Show these shortcuts'],
  ['← / →', 'On the timeline: previous / next event'],
  ['+ / −', 'On the timeline or the map: zoom'],
  ['Tab to the time window, then ← / →', 'Move the window a day (Shift: a week)'],
  ['Home / End', 'On the time window: to the start / end of the data'],
  ['Delete', 'On the time window: clear it'],
  ['Arrow keys', 'On the map: pan'],
];

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

/** Keys that work anywhere (outside text fields), and the dialog that lists every key. */
export function KeyboardShortcuts() {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]') && event.key !== 'Escape') return;
      if (typingIn(event.target)) return;
      const store = useAppStore.getState();
      const step = (direction: 1 | -1) => {
        const around = neighbours(selectVisibleEvents(store), selectSelectedEvent(store));
        const target = direction > 0 ? around.next : around.previous;
        if (target) store.select(target.id);
      };
      switch (event.key) {
        case '/': {
          // In a closed filters drawer the box cannot take focus until the drawer is open.
          if (document.getElementById('search')?.checkVisibility() === false)
            flushSync(() => store.setFiltersOpen(true));
          document.getElementById('search')?.focus();
          break;
        }
        case 'j':
          step(1);
          break;
        case 'k':
          step(-1);
          break;
        case '?':
          dialogRef.current?.showModal();
          break;
        case 'Escape':
          if (document.querySelector('dialog[open]')) return;
          if (!store.selectedId) return;
          store.select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="icon-button shortcuts-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        onClick={() => dialogRef.current?.showModal()}
      >
        ?
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
