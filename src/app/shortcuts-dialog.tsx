import { DialogClose } from '@/components/dialog-close';
import { useModalOnMount } from '@/components/use-modal-on-mount';

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

/** Every key, opened by "?" or its button (keyboard-shortcuts.tsx), once per opening. */
export default function ShortcutsDialog({ onClosed }: { onClosed: () => void }) {
  const dialogRef = useModalOnMount();
  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="shortcuts-title" onClose={onClosed}>
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
      <DialogClose />
    </dialog>
  );
}
