import { describe, expect, it } from 'vitest';

import { readStoryText, type Inline } from './story-text';

const text = (value: string): Inline => ({ kind: 'text', text: value });

describe('readStoryText', () => {
  it('reads paragraphs split by blank lines, and single newlines as line breaks', () => {
    expect(readStoryText('First line\nsecond line\n\n  \nSecond paragraph\r\n\r\nThird')).toEqual([
      [text('First line'), { kind: 'break' }, text('second line')],
      [text('Second paragraph')],
      [text('Third')],
    ]);
    expect(readStoryText('')).toEqual([]);
    expect(readStoryText('\n\n  \n')).toEqual([]);
  });

  it('reads *emphasis*, _emphasis_ and **strong**, nested too', () => {
    expect(
      readStoryText('The *first* talks, _in Muscat_, were **not _public_**, ***three*** is text.'),
    ).toEqual([
      [
        text('The '),
        { kind: 'em', children: [text('first')] },
        text(' talks, '),
        { kind: 'em', children: [text('in Muscat')] },
        text(', were '),
        { kind: 'strong', children: [text('not '), { kind: 'em', children: [text('public')] }] },
        text(', ***three*** is text.'),
      ],
    ]);
    expect(readStoryText('**strong with *em* inside**')).toEqual([
      [
        {
          kind: 'strong',
          children: [text('strong with '), { kind: 'em', children: [text('em')] }, text(' inside')],
        },
      ],
    ]);
  });

  it('leaves marks that open nothing as they are: arithmetic, snake_case, unbalanced ones', () => {
    for (const plain of [
      '2 * 3 * 4',
      'a snake_case_name',
      '*never closed',
      'closed only**',
      '** not strong **',
      '***three***',
      '_',
      '[not a link]',
      '[no address]()',
    ]) {
      expect(readStoryText(plain)).toEqual([[text(plain)]]);
    }
  });

  it('writes an escaped mark as itself', () => {
    expect(readStoryText('\\*not em\\* and \\[not\\](https://example.org) \\\\')).toEqual([
      [text('*not em* and [not](https://example.org) \\')],
    ]);
  });

  it('makes links of http(s) addresses only, with their label read the same way', () => {
    expect(
      readStoryText('See [the *report*](https://example.org/a?b=1) and [](http://example.org).'),
    ).toEqual([
      [
        text('See '),
        {
          kind: 'link',
          href: 'https://example.org/a?b=1',
          children: [text('the '), { kind: 'em', children: [text('report')] }],
        },
        text(' and '),
        { kind: 'link', href: 'http://example.org/', children: [text('http://example.org/')] },
        text('.'),
      ],
    ]);
  });

  it('keeps hostile text as text: HTML, script addresses, data addresses, links in links', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '[click](JavaScript:alert(document.cookie))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[x](vbscript:msgbox(1))',
      '[x](//evil.example/)',
      '[x](https://example.org/ "a title")',
      '[x](https://exa mple.org)',
    ];
    for (const value of hostile) expect(readStoryText(value)).toEqual([[text(value)]]);
    // A label ends at its first `]`: it cannot hold a link of its own.
    expect(readStoryText('[a [b](https://b.example) c](https://a.example)')).toEqual([
      [
        { kind: 'link', href: 'https://b.example/', children: [text('a [b')] },
        text(' c](https://a.example)'),
      ],
    ]);
  });

  it('reads long, hostile text in time linear in its length', () => {
    const patterns = ['*a ', '**', '_b ', '[', '](', '[x](', '\\', 'a_b', ')'];
    const long = Array.from({ length: 100_000 }, (_, i) => patterns[i % patterns.length]).join('');
    const started = performance.now();
    const paragraphs = readStoryText(long);
    // A quadratic reading of a text this long would take minutes.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(paragraphs).toHaveLength(1);
    const brackets = '['.repeat(100_000) + '](' + 'x'.repeat(100_000) + ')';
    const again = performance.now();
    expect(readStoryText(brackets)).toEqual([[text(brackets)]]);
    expect(performance.now() - again).toBeLessThan(3_000);
  });
});
