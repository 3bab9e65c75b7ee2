import { lazy, Suspense, useEffect } from 'react';
import { flushSync } from 'react-dom';

import { useOpenings } from '@/components/use-openings';
import { neighbours } from '@/domain/events/step-event';
import { useAppStore } from '@/store/app-store';
import { selectSelectedEvent, selectVisibleEvents } from '@/store/selectors';
import { goToStoryStep } from '@/url/story-view';

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

function focusSearch(): boolean {
  // In a closed filters drawer the box cannot take focus until the drawer is open.
  if (document.getElementById('search')?.checkVisibility() === false)
    flushSync(() => useAppStore.getState().setFiltersOpen(true));
  document.getElementById('search')?.focus();
  return true;
}

/** The next or previous event in date order (j / k). */
function stepEvent(direction: 1 | -1): boolean {
  const store = useAppStore.getState();
  const around = neighbours(selectVisibleEvents(store), selectSelectedEvent(store));
  const target = direction > 0 ? around.next : around.previous;
  if (target) store.select(target.id);
  return true;
}

/** Esc closes the details, once no dialog is left open for it to close. */
function unselect(): boolean {
  const store = useAppStore.getState();
  if (document.querySelector('dialog[open]') || !store.selectedId) return false;
  store.select(null);
  return true;
}

/** A story's next or previous step; false (the key is free) without a story or past its ends. */
function stepStory(delta: 1 | -1): boolean {
  const { story: told, stories } = useAppStore.getState();
  const steps = stories.find((story) => story.id === told?.id)?.steps.length ?? 0;
  const target = (told?.step ?? 0) + delta;
  if (!told || target < 1 || target > steps) return false;
  return goToStoryStep(useAppStore, { id: told.id, step: target });
}

// The list of keys is read by few: it loads on the first "?".
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

/** Keys that work anywhere (outside text fields), and the button for the dialog that lists them. */
export function KeyboardShortcuts() {
  const { opening, open, closed } = useOpenings();

  useEffect(() => {
    const actions: Record<string, () => boolean> = {
      '/': focusSearch,
      j: () => stepEvent(1),
      k: () => stepEvent(-1),
      n: () => stepStory(1),
      p: () => stepStory(-1),
      '?': () => {
        open();
        return true;
      },
      Escape: unselect,
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]') && event.key !== 'Escape') return;
      if (typingIn(event.target)) return;
      if (actions[event.key]?.()) event.preventDefault();
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
