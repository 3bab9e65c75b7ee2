import { describe, expect, it } from 'vitest';

import { toDatasetJson } from '@/domain/events/export';
import type { Story } from '@/domain/stories/types';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { savedFileName, storyJson, withStories } from './save-stories';

const story: Story = {
  id: 'road',
  title: 'The road',
  summary: '',
  steps: [{ title: 'One', text: 'It *began*.', view: 'event=a', events: ['a'] }],
};

describe('saving stories', () => {
  it('writes the dataset as the export does, with the stories in place of its own', () => {
    const dataset = makeDataset([rawEvent({ id: 'a' })]);
    const exported = toDatasetJson(dataset, dataset.events);
    const old = JSON.stringify({ ...JSON.parse(exported), stories: [{ id: 'old' }] });
    const saved = withStories(old, [story]);
    expect(JSON.parse(saved)).toEqual({
      ...JSON.parse(exported),
      stories: [
        {
          id: 'road',
          title: 'The road',
          steps: [{ title: 'One', text: 'It *began*.', view: 'event=a', events: ['a'] }],
        },
      ],
    });
    // Indented like the export, so a saved file reads and diffs the same way.
    expect(saved.split('\n')[1]).toBe('  "version": 1,');
    expect(saved.endsWith('}\n')).toBe(true);
  });

  it('copies one story as the record a dataset’s stories hold', () => {
    expect(JSON.parse(storyJson({ ...story, summary: 'Why' }))).toEqual({
      id: 'road',
      title: 'The road',
      summary: 'Why',
      steps: story.steps,
    });
  });

  it('names the file after the dataset', () => {
    expect(savedFileName('Fixture: twenty events')).toBe('fixture-twenty-events-with-stories.json');
    expect(savedFileName('…')).toBe('events-with-stories.json');
  });
});
