import { Fragment } from 'react';

import { DialogClose } from '@/components/dialog-close';
import { useModalOnMount } from '@/components/use-modal-on-mount';

/** One line: the keys that do it, and what they do. */
interface Shortcut {
  keys: readonly string[];
  /** How the keys are joined: opposites ("← / →", the default) or alternatives ("Delete or …"). */
  join?: '/' | 'or';
  /** Held with each of the keys. */
  holding?: 'Shift';
  what: string;
}

/**
 * Every key the app answers, where it answers it. Kept in step by hand with the handlers:
 * keyboard-shortcuts.tsx (anywhere), the timeline controller and window-keys.ts (the timeline and
 * its window), MapLibre's keyboard handler (the map), the events list and the date fields.
 */
const GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'Anywhere (outside a text field)',
    shortcuts: [
      { keys: ['Tab'], what: 'First on the page: skip to the map, the timeline or the events' },
      { keys: ['/'], what: 'Search (opens the filters where they are folded away)' },
      { keys: ['j', 'k'], what: 'Next / previous event, in date order' },
      { keys: ['n', 'p'], what: 'Next / previous step of the story being told' },
      { keys: ['Esc'], what: 'Close a dialog, the filters drawer, or the details' },
      { keys: ['?'], what: 'Show these shortcuts' },
    ],
  },
  {
    title: 'On the time window (Tab to it)',
    shortcuts: [
      { keys: ['←', '→'], what: 'Move it a day back / on (↓ / ↑ too)' },
      {
        keys: ['←', '→'],
        holding: 'Shift',
        what: 'Move it a week back / on',
      },
      { keys: ['Page Up', 'Page Down'], what: 'Move it 30 days back / on' },
      { keys: ['Home', 'End'], what: 'To the start / end of the data' },
      { keys: ['Delete', 'Backspace'], join: 'or', what: 'Clear it' },
    ],
  },
  {
    title: 'On the timeline',
    shortcuts: [
      { keys: ['←', '→'], what: 'Previous / next event' },
      { keys: ['+', '−'], what: 'Zoom in / out (on the time window too)' },
    ],
  },
  {
    title: 'On the map',
    shortcuts: [
      { keys: ['←', '↑', '→', '↓'], what: 'Pan' },
      { keys: ['+', '−'], what: 'Zoom in / out (with Shift: further)' },
    ],
  },
  {
    title: 'In the events list',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'Previous / next row' },
      { keys: ['Home', 'End'], what: 'First / last row' },
      { keys: ['Page Up', 'Page Down'], what: 'A page up / down' },
      { keys: ['Enter', 'Space'], join: 'or', what: 'Open the row’s event' },
    ],
  },
  {
    title: 'In a date field',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'A day later / earlier (with Shift: a week)' },
      { keys: ['Enter'], what: 'Apply what you typed' },
      { keys: ['Esc'], what: 'Undo what you typed' },
    ],
  },
];

function Keys({ shortcut }: { shortcut: Shortcut }) {
  return (
    <>
      {shortcut.holding && (
        <>
          <kbd>{shortcut.holding}</kbd> +{' '}
        </>
      )}
      {shortcut.keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && (shortcut.join === 'or' ? ' or ' : ' / ')}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** Every key, opened by "?" or its button (keyboard-shortcuts.tsx), once per opening. */
export default function ShortcutsDialog({ onClosed }: { onClosed: () => void }) {
  const dialogRef = useModalOnMount();
  return (
    <dialog
      ref={dialogRef}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClosed}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-groups">
        {GROUPS.map((group) => (
          <div key={group.title} className="shortcuts-group">
            <h3>{group.title}</h3>
            <dl className="shortcuts">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.what}>
                  <dt>
                    <Keys shortcut={shortcut} />
                  </dt>
                  <dd>{shortcut.what}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
      <DialogClose />
    </dialog>
  );
}
