import type { MouseEvent } from 'react';

import { DialogClose } from '@/components/dialog-close';
import { useModalOnMount } from '@/components/use-modal-on-mount';
import { useAppStore } from '@/store/app-store';
import { goToStoryStep } from '@/url/story-view';
import { countOf } from '@/utils/plural';

import { startNewStory } from '../lib/new-story';

import './stories-dialog.css';

const closeDialogOf = (event: MouseEvent<HTMLElement>) =>
  event.currentTarget.closest('dialog')?.close();

/** The dataset's stories: tell one from its first step, or edit it. */
export default function StoriesDialog({ onClosed }: { onClosed: () => void }) {
  const dialogRef = useModalOnMount();
  const stories = useAppStore((s) => s.stories);
  const setEditingStory = useAppStore((s) => s.setEditingStory);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="stories-title" onClose={onClosed}>
      <h2 id="stories-title">Stories</h2>
      <p className="muted">
        A story is a sequence of views of this data, each with a few words: the map and the timeline
        move to each step in turn.
      </p>
      {stories.length === 0 ? (
        <p>This dataset has no stories yet.</p>
      ) : (
        <ul className="stories-list">
          {stories.map((story) => (
            <li key={story.id}>
              <h3>{story.title}</h3>
              {story.summary && <p>{story.summary}</p>}
              <p className="muted">{countOf(story.steps.length, 'step')}</p>
              <div className="dialog-row">
                <button
                  type="button"
                  disabled={story.steps.length === 0}
                  onClick={(event) => {
                    closeDialogOf(event);
                    goToStoryStep(useAppStore, { id: story.id, step: 1 });
                  }}
                >
                  Tell this story
                </button>
                <button
                  type="button"
                  onClick={(event) => {
                    closeDialogOf(event);
                    setEditingStory(story.id);
                  }}
                >
                  Edit
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-row">
        <button
          type="button"
          onClick={(event) => {
            closeDialogOf(event);
            startNewStory(useAppStore);
          }}
        >
          New story
        </button>
      </div>
      <DialogClose />
    </dialog>
  );
}
