import { describe, expect, it } from 'vitest';

import { scrollToTop } from './scroll-to-top';

interface Box {
  scrollTop: number;
  parentElement: Box | null;
  ownerDocument: { body: Box };
}

function chain(...tops: number[]): Box[] {
  const body = { scrollTop: 40, parentElement: null } as unknown as Box;
  const doc = { body };
  body.ownerDocument = doc;
  let parent: Box = body;
  const boxes: Box[] = [];
  for (const top of tops.reverse()) {
    const box: Box = { scrollTop: top, parentElement: parent, ownerDocument: doc };
    boxes.unshift(box);
    parent = box;
  }
  return [...boxes, body];
}

describe('scrollToTop', () => {
  it('resets the panel and every box around it that was scrolled, but not the page', () => {
    const boxes = chain(120, 0, 300);
    scrollToTop(boxes[0] as unknown as HTMLElement);
    expect(boxes.map((box) => box.scrollTop)).toEqual([0, 0, 0, 40]);
  });
});
