import { useId, type KeyboardEvent } from 'react';

import type { StoryStep } from '@/domain/stories/types';
import { useAppStore } from '@/store/app-store';

/** The part of a step that had the focus, to give it back once the step has moved. */
export type StepPart = 'title' | 'text' | 'show' | 'replace' | 'up' | 'down' | 'delete';

export interface StepActions {
  change: (change: Partial<StoryStep>) => void;
  show: () => void;
  replace: () => void;
  move: (by: -1 | 1, part: StepPart | null) => void;
  remove: () => void;
}

function focusedPart(): StepPart | null {
  const part = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-part]');
  return (part?.dataset['part'] as StepPart | undefined) ?? null;
}

function EventsLine({ ids }: { ids: string[] }) {
  const byId = useAppStore((s) => s.dataset?.byId);
  const titles = ids.map((id) => byId?.get(id)?.title ?? id);
  if (ids.length === 0)
    return <p className="muted story-step-events">About no event in particular.</p>;
  return <p className="muted story-step-events">About: {titles.join('; ')}</p>;
}

/** One step in the editor: its title and text, and what can be done with it. */
export function StoryStepItem({
  step,
  index,
  count,
  hintId,
  actions,
}: {
  step: StoryStep;
  index: number;
  count: number;
  /** The hint on how a step's text is written. */
  hintId: string;
  actions: StepActions;
}) {
  const id = useId();
  const number = index + 1;
  const untitled = step.title.trim() === '';
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    actions.move(event.key === 'ArrowUp' ? -1 : 1, focusedPart());
  };
  return (
    <li
      className="story-step"
      data-step-index={index}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-heading`} className="story-step-heading">
        Step {number}
      </h3>
      <label className="field">
        <span id={`${id}-title`}>Title</span>
        <input
          type="text"
          data-part="title"
          aria-labelledby={`${id}-heading ${id}-title`}
          aria-invalid={untitled || undefined}
          aria-describedby={untitled ? `${id}-error` : undefined}
          value={step.title}
          onChange={(e) => actions.change({ title: e.target.value })}
        />
      </label>
      {untitled && (
        <p id={`${id}-error`} className="field-error">
          A step needs a title.
        </p>
      )}
      <label className="field">
        <span id={`${id}-text`}>Text</span>
        <textarea
          rows={4}
          data-part="text"
          aria-labelledby={`${id}-heading ${id}-text`}
          aria-describedby={hintId}
          value={step.text}
          onChange={(e) => actions.change({ text: e.target.value })}
        />
      </label>
      <EventsLine ids={step.events} />
      <div className="story-step-actions">
        <button type="button" data-part="show" onClick={actions.show}>
          Show
        </button>
        <button type="button" data-part="replace" onClick={actions.replace}>
          Replace with this view
        </button>
        <button
          type="button"
          data-part="up"
          aria-keyshortcuts="Alt+ArrowUp"
          disabled={index === 0}
          onClick={() => actions.move(-1, 'up')}
        >
          Move up
        </button>
        <button
          type="button"
          data-part="down"
          aria-keyshortcuts="Alt+ArrowDown"
          disabled={index === count - 1}
          onClick={() => actions.move(1, 'down')}
        >
          Move down
        </button>
        <button type="button" data-part="delete" className="danger-button" onClick={actions.remove}>
          Delete
        </button>
      </div>
    </li>
  );
}
