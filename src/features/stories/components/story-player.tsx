import { useEffect, useRef, useState } from 'react';

import { StoryText } from '@/components/story-text';
import type { Story } from '@/domain/stories/types';
import { useAppStore } from '@/store/app-store';
import { goToStoryStep } from '@/url/story-view';
import { formatEventDate } from '@/utils/time-format';

import { Autoplay, readingPauseMs } from '../lib/autoplay';

import './story-player.css';

/** Moves the telling by `delta` steps; false at either end. */
function move(story: Story, step: number, delta: number): boolean {
  const target = step + delta;
  if (target < 1 || target > story.steps.length) return false;
  return goToStoryStep(useAppStore, { id: story.id, step: target });
}

function StepEvents({ ids }: { ids: string[] }) {
  const dataset = useAppStore((s) => s.dataset);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const events = ids.flatMap((id) => dataset?.byId.get(id) ?? []);
  if (events.length === 0) return null;
  return (
    <div className="story-events">
      <h4>In this step</h4>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="link-button"
              aria-pressed={event.id === selectedId}
              onClick={() => select(event.id)}
            >
              {event.title}
            </button>{' '}
            <span className="muted">{formatEventDate(event)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The story being told: its step, the way on, and the events the step is about. */
export default function StoryPlayer() {
  const place = useAppStore((s) => s.story);
  const stories = useAppStore((s) => s.stories);
  const marks = useAppStore((s) => s.storyMarks);
  const embed = useAppStore((s) => s.embed);
  const closeStory = useAppStore((s) => s.closeStory);
  const [playing, setPlaying] = useState(false);
  const autoplay = useRef<Autoplay | null>(null);
  const story = stories.find((s) => s.id === place?.id);
  const stepNumber = place?.step ?? 1;
  const step = story?.steps[stepNumber - 1];

  useEffect(() => () => autoplay.current?.stop(), []);
  if (!story || !step) return null;

  const togglePlay = () => {
    if (autoplay.current?.running) {
      autoplay.current.stop();
      return;
    }
    const player = new Autoplay(
      () => {
        const now = useAppStore.getState().story;
        if (!now || now.id !== story.id || !move(story, now.step, 1)) return false;
        // At the last step the playing ends, with that step shown.
        const shown = story.steps[now.step];
        if (!shown || now.step + 1 >= story.steps.length) return false;
        player.schedule(readingPauseMs(shown.text));
        return true;
      },
      () => setPlaying(false),
    );
    autoplay.current = player;
    setPlaying(true);
    player.schedule(readingPauseMs(step.text));
  };

  const last = story.steps.length;
  return (
    <section className={embed ? 'story-player embedded' : 'story-player'} aria-label="Story">
      <div className="story-body">
        <div className="story-head">
          <p className="story-kicker">Story</p>
          <h2 className="story-title">{story.title}</h2>
          <button
            type="button"
            className="icon-button story-close"
            aria-label="Leave the story"
            title="Leave the story (the view stays)"
            onClick={() => {
              autoplay.current?.stop();
              closeStory();
            }}
          >
            ×
          </button>
        </div>
        <p className="story-progress" aria-live="polite" data-testid="story-progress">
          Step {stepNumber} of {last}
        </p>
        <progress className="story-bar" max={last} value={stepNumber} aria-hidden="true" />
        <h3 className="story-step-title">{step.title}</h3>
        <StoryText text={step.text} className="story-text" />
        <StepEvents ids={marks} />
      </div>
      <div className="story-nav">
        <button
          type="button"
          disabled={stepNumber <= 1}
          aria-label="Previous step"
          aria-keyshortcuts="p"
          onClick={() => move(story, stepNumber, -1)}
        >
          ← Previous
        </button>
        <button
          type="button"
          data-autoplay-control
          aria-pressed={playing}
          disabled={stepNumber >= last && !playing}
          onClick={togglePlay}
        >
          {playing ? 'Pause' : 'Play story'}
        </button>
        <button
          type="button"
          className="primary"
          disabled={stepNumber >= last}
          aria-label="Next step"
          aria-keyshortcuts="n"
          onClick={() => move(story, stepNumber, 1)}
        >
          Next →
        </button>
      </div>
    </section>
  );
}
