import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { StoryText } from './story-text';

const html = (text: string) => renderToStaticMarkup(<StoryText text={text} />);

describe('StoryText', () => {
  it('renders paragraphs, breaks, emphasis and links as elements', () => {
    expect(html('One *two*\n**three**\n\n[four](https://example.org/4)')).toBe(
      '<div><p>One <em>two</em><br/><strong>three</strong></p>' +
        '<p><a href="https://example.org/4" target="_blank" rel="noopener noreferrer">four</a></p></div>',
    );
  });

  it('renders HTML and script addresses as the text they are', () => {
    expect(html('<script>alert(1)</script> [x](javascript:alert(1))')).toBe(
      '<div><p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</p></div>',
    );
  });

  it('renders nothing for an empty text', () => {
    expect(html('  \n\n ')).toBe('');
  });
});
