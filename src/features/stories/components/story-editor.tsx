import { useId, useLayoutEffect, useRef, useState } from 'react';

import { BottomSheet } from '@/components/bottom-sheet';
import type { Story, StoryStep } from '@/domain/stories/types';
import { useAppStore } from '@/store/app-store';
import { goToStoryStep } from '@/url/story-view';

import {
  stepOfView,
  withStepAdded,
  withStepChanged,
  withStepDeleted,
  withStepMoved,
  withStepViewReplaced,
} from '../lib/story-edits';
import { StorySaveActions } from './story-save-actions';
import { StoryStepItem, type StepActions, type StepPart } from './story-step-item';

import './story-editor.css';

/** Where the focus goes once the steps have been drawn again. */
interface FocusRequest {
  index: number;
  part: StepPart | null;
}

function focusStep(list: HTMLElement | null, { index, part }: FocusRequest) {
  const item = list?.querySelector<HTMLElement>(`[data-step-index="${index}"]`);
  // The last step gone: to what makes the next one.
  if (!item) return list?.parentElement?.querySelector<HTMLElement>('.story-add > button')?.focus();
  // A move button that cannot go further hands the focus to the other one.
  const parts = part === 'up' ? ['up', 'down'] : part === 'down' ? ['down', 'up'] : [part];
  const control = parts
    .map((p) => item.querySelector<HTMLElement>(`[data-part="${p}"]`))
    .find((element) => element && !(element as HTMLButtonElement).disabled);
  (control ?? item).focus();
}

/** The steps, and what the editor does to them; `say` tells a screen reader what happened. */
function useStepActions(story: Story, say: (message: string) => void) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [deleted, setDeleted] = useState<{ index: number; step: StoryStep } | null>(null);
  const put = (next: Story) => useAppStore.getState().putStory(next);

  useLayoutEffect(() => {
    const request = focusRequest.current;
    focusRequest.current = null;
    if (request) focusStep(listRef.current, request);
  }, [story]);

  const actionsFor = (index: number): StepActions => ({
    change: (change) => put(withStepChanged(story, index, change)),
    show: () => void goToStoryStep(useAppStore, { id: story.id, step: index + 1 }),
    replace: () => {
      put(withStepViewReplaced(story, index, useAppStore.getState()));
      say(`Step ${index + 1} now shows this view.`);
    },
    move: (by, part) => {
      const moved = withStepMoved(story, index, index + by);
      if (!moved) {
        say(`Step ${index + 1} is already ${by < 0 ? 'first' : 'last'}.`);
        return;
      }
      focusRequest.current = { index: index + by, part };
      put(moved);
      say(`Step ${index + 1} moved to ${index + 1 + by}.`);
    },
    remove: () => {
      setDeleted({ index, step: story.steps[index]! });
      focusRequest.current = { index: Math.min(index, story.steps.length - 2), part: null };
      put(withStepDeleted(story, index));
      say(`Step ${index + 1} deleted.`);
    },
  });

  const undoDelete = deleted && {
    label: `Undo: bring back step ${deleted.index + 1}`,
    run: () => {
      focusRequest.current = { index: deleted.index, part: 'title' };
      put(withStepAdded(story, deleted.step, Math.min(deleted.index, story.steps.length)));
      setDeleted(null);
      say(`Step ${deleted.index + 1} is back.`);
    },
  };

  const add = () => {
    const step = stepOfView(useAppStore.getState(), story.steps.length + 1);
    put(withStepAdded(story, step));
    say(`Step ${story.steps.length + 1} added: ${step.title}.`);
  };

  return { listRef, actionsFor, undoDelete, add };
}

function StoryFields({ story }: { story: Story }) {
  const put = (change: Partial<Story>) => useAppStore.getState().putStory({ ...story, ...change });
  const untitled = story.title.trim() === '';
  const errorId = useId();
  return (
    <>
      <label className="field">
        <span>Story title</span>
        <input
          type="text"
          value={story.title}
          aria-invalid={untitled || undefined}
          aria-describedby={untitled ? errorId : undefined}
          onChange={(e) => put({ title: e.target.value })}
        />
      </label>
      {untitled && (
        <p id={errorId} className="field-error">
          A story needs a title.
        </p>
      )}
      <label className="field">
        <span>Summary</span>
        <textarea
          rows={2}
          value={story.summary ?? ''}
          onChange={(e) => put({ summary: e.target.value })}
        />
      </label>
    </>
  );
}

function EditorBody({ story }: { story: Story }) {
  const [status, setStatus] = useState('');
  const { listRef, actionsFor, undoDelete, add } = useStepActions(story, setStatus);
  const hintId = useId();
  const selectedTitle = useAppStore((s) =>
    s.selectedId ? s.dataset?.byId.get(s.selectedId)?.title : undefined,
  );
  return (
    <>
      <div className="story-editor-header">
        <h2>Edit story</h2>
        <button type="button" onClick={() => useAppStore.getState().setEditingStory(null)}>
          Done
        </button>
      </div>
      <p className="muted">
        Every change is kept in this browser until you save. Move the map and the timeline, pick an
        event, then add the view as a step.
      </p>
      <StoryFields story={story} />
      <p id={hintId} className="muted story-text-hint">
        A step’s text: a blank line between paragraphs, *emphasis*, **strong**, [label](https://…)
        for a link.
      </p>
      <ol ref={listRef} className="story-steps" aria-label="Steps">
        {story.steps.map((step, index) => (
          <StoryStepItem
            // Steps have no id: by place, so that typing in one never redraws it anew.
            key={index}
            step={step}
            index={index}
            count={story.steps.length}
            hintId={hintId}
            actions={actionsFor(index)}
          />
        ))}
      </ol>
      {story.steps.length === 0 && (
        <p className="muted">No steps yet: a story is saved with one at least.</p>
      )}
      <div className="story-add">
        <button type="button" onClick={add}>
          Add this view as a step
        </button>
        <span className="muted">
          {selectedTitle ? `Selected: ${selectedTitle}` : 'No event selected'}
        </span>
      </div>
      <div className="story-status">
        <p role="status" className="copy-status">
          {status}
        </p>
        {undoDelete && (
          <button type="button" onClick={undoDelete.run}>
            {undoDelete.label}
          </button>
        )}
      </div>
      <StorySaveActions story={story} say={setStatus} />
    </>
  );
}

/**
 * The story editor: a panel beside the map and the timeline (a bottom sheet on a phone), never
 * modal, so the reader goes on exploring and adds what they find as steps. Loaded on demand by
 * story-editor-mount.tsx.
 */
export default function StoryEditor({ storyId, phone }: { storyId: string; phone: boolean }) {
  const story = useAppStore((s) => s.stories.find((candidate) => candidate.id === storyId));
  if (!story) return null;
  const body = (
    <section className="story-editor" aria-label="Story editor">
      <EditorBody story={story} />
    </section>
  );
  if (!phone) return body;
  return (
    <BottomSheet
      label="story editor"
      open
      onClose={() => useAppStore.getState().setEditingStory(null)}
      closeButton={false}
      testId="sheet-story-editor"
    >
      {body}
    </BottomSheet>
  );
}
