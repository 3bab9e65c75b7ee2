import { describe, expect, it } from 'vitest';

import type { Story } from '@/domain/stories/types';
import { createAppStore } from '@/store/app-store';
import { makeDataset, rawEvent } from '@/testing/make-event';

import {
  stepOfView,
  withStepAdded,
  withStepChanged,
  withStepDeleted,
  withStepMoved,
  withStepViewReplaced,
} from './story-edits';

const step = (title: string) => ({ title, text: '', view: '', events: [] });
const story: Story = { id: 's', title: 'S', steps: [step('a'), step('b'), step('c')] };
const titles = (s: Story | null) => s?.steps.map((x) => x.title);

function storeWithSelection(selected: string | null) {
  const store = createAppStore();
  const dataset = makeDataset([rawEvent({ id: 'talks', title: 'Talks open in Muscat' })]);
  store.setState({
    dataset,
    selectedId: selected,
    window: { start: Date.parse('2024-01-01'), end: Date.parse('2024-02-01') },
  });
  return store;
}

describe('stepOfView', () => {
  it('takes the view, and the selected event as its title and its event', () => {
    expect(stepOfView(storeWithSelection('talks').getState(), 4)).toEqual({
      title: 'Talks open in Muscat',
      text: '',
      view: 'from=2024-01-01&to=2024-01-31&event=talks',
      events: ['talks'],
    });
  });

  it('is "Step N" about no event when nothing is selected', () => {
    expect(stepOfView(storeWithSelection(null).getState(), 4)).toEqual({
      title: 'Step 4',
      text: '',
      view: 'from=2024-01-01&to=2024-01-31',
      events: [],
    });
  });
});

describe('story edits', () => {
  it('add a step at the end, or where asked', () => {
    expect(titles(withStepAdded(story, step('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(titles(withStepAdded(story, step('d'), 1))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('change one step and leave the others as they were', () => {
    const changed = withStepChanged(story, 1, { text: 'Hello' });
    expect(changed.steps[1]).toEqual({ ...step('b'), text: 'Hello' });
    expect(changed.steps[0]).toBe(story.steps[0]);
    expect(story.steps[1]!.text).toBe('');
  });

  it('replace a step’s view and events with what is on the screen', () => {
    const replaced = withStepViewReplaced(story, 2, storeWithSelection('talks').getState());
    expect(replaced.steps[2]).toEqual({
      title: 'c',
      text: '',
      view: 'from=2024-01-01&to=2024-01-31&event=talks',
      events: ['talks'],
    });
  });

  it('delete a step', () => {
    expect(titles(withStepDeleted(story, 0))).toEqual(['b', 'c']);
  });

  it('move a step up or down, never off either end', () => {
    expect(titles(withStepMoved(story, 2, 1))).toEqual(['a', 'c', 'b']);
    expect(titles(withStepMoved(story, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(withStepMoved(story, 0, -1)).toBeNull();
    expect(withStepMoved(story, 2, 3)).toBeNull();
  });
});
