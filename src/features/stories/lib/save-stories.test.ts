import { describe, expect, it } from 'vitest';

import type { Story } from '@/domain/stories/types';

import { savedFileName, storyJson } from './save-stories';

const story: Story = {
  id: 'road',
  title: 'The road',
  summary: '',
  steps: [{ title: 'One', text: 'It *began*.', view: 'event=a', events: ['a'] }],
};

describe('saving stories', () => {
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
