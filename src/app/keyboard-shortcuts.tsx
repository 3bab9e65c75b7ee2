import { lazy, Suspense, useEffect } from 'react';
import { flushSync } from 'react-dom';

import { useOpenings } from '@/components/use-openings';
import { neighbours } from '@/domain/events/step-event';
import { useAppStore } from '@/store/app-store';
import { selectSelectedEvent, selectVisibleEvents } from '@/store/selectors';

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

// The list of keys is read by few: it loads on the first "?".
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

/** Keys that work anywhere (outside text fields), and the button for the dialog that lists them. */
export function KeyboardShortcuts() {
  const { opening, open, closed } = useOpenings();

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
          open();
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
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="icon-button shortcuts-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        onClick={() => open()}
      >
        ?
      </button>
      {opening && (
        <Suspense fallback={null}>
          <ShortcutsDialog key={opening.key} onClosed={closed} />
        </Suspense>
      )}
    </>
  );
}
