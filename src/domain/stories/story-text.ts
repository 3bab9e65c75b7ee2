/**
 * A step's text, read as a very small subset of Markdown (docs/data-format.md, "Stories"):
 * paragraphs separated by a blank line, line breaks, *emphasis* or _emphasis_, **strong**,
 * [links](https://…) to http(s) addresses, and `\` before a mark to write it as itself.
 * Everything else, HTML included, is text: the result is a tree a renderer turns into elements,
 * never markup. Reading takes time linear in the text, whatever it holds.
 */
import { safeHttpUrl } from '@/domain/events/safe-url';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Paragraph = Inline[];

/** What a position of the text can do, as bits. */
const ESCAPE = 1;
const OPEN_EM = 2;
const CLOSE_EM = 4;
const OPEN_STRONG = 8;
const CLOSE_STRONG = 16;
const OPEN_UNDERLINE_EM = 32;
const CLOSE_UNDERLINE_EM = 64;
const OPEN_BRACKET = 128;
const CLOSE_BRACKET = 256;
const CLOSE_PAREN = 512;

const ESCAPABLE = '\\*_[]()';
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

interface Marks {
  text: string;
  roles: Uint16Array;
  /** For each role that closes something: the first position at or after i that has it, or -1. */
  next: Map<number, Int32Array>;
  /** Links by the position of their `]`: the address after it, checked once (null: not a link). */
  links: Map<number, { href: string; end: number } | null>;
}

/** A run of `*`: one is emphasis, two strong, more is text. Opening needs text after, closing before. */
function markStars(text: string, roles: Uint16Array, start: number, length: number) {
  const before = text[start - 1];
  const after = text[start + length];
  if (length === 1) {
    if (!isSpace(after)) roles[start]! |= OPEN_EM;
    if (!isSpace(before)) roles[start]! |= CLOSE_EM;
  } else if (length === 2) {
    if (!isSpace(after)) roles[start]! |= OPEN_STRONG;
    if (!isSpace(before)) roles[start]! |= CLOSE_STRONG;
  }
}

/** A lone `_` marks emphasis only at a word's edge: snake_case_names stay as they are. */
function markUnderline(text: string, roles: Uint16Array, at: number) {
  const before = text[at - 1];
  const after = text[at + 1];
  if (!isSpace(after) && !isWordChar(before)) roles[at]! |= OPEN_UNDERLINE_EM;
  if (!isSpace(before) && !isWordChar(after)) roles[at]! |= CLOSE_UNDERLINE_EM;
}

function nextOf(roles: Uint16Array, role: number): Int32Array {
  const next = new Int32Array(roles.length + 1).fill(-1);
  for (let i = roles.length - 1; i >= 0; i--) next[i] = roles[i]! & role ? i : next[i + 1]!;
  return next;
}

function marksOf(text: string): Marks {
  const roles = new Uint16Array(text.length);
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && ESCAPABLE.includes(text[i + 1] ?? ' ')) {
      roles[i] = ESCAPE;
      i += 2;
      continue;
    }
    if (char === '*' || char === '_') {
      let end = i + 1;
      while (text[end] === char) end++;
      if (char === '*') markStars(text, roles, i, end - i);
      else if (end - i === 1) markUnderline(text, roles, i);
      i = end;
      continue;
    }
    if (char === '[') roles[i] = OPEN_BRACKET;
    else if (char === ']') roles[i] = CLOSE_BRACKET;
    else if (char === ')') roles[i] = CLOSE_PAREN;
    i++;
  }
  const next = new Map<number, Int32Array>();
  for (const role of [CLOSE_EM, CLOSE_STRONG, CLOSE_UNDERLINE_EM, CLOSE_BRACKET, CLOSE_PAREN])
    next.set(role, nextOf(roles, role));
  return { text, roles, next, links: new Map() };
}

/** The first position in [from, end) that can close with this role, or -1. */
function closer(marks: Marks, role: number, from: number, end: number): number {
  const at = marks.next.get(role)![from] ?? -1;
  return at >= 0 && at < end ? at : -1;
}

/** The link whose `[` is at `open`, when it is `[label](http(s) address)` within [open, end). */
function linkAt(marks: Marks, open: number, end: number) {
  const close = closer(marks, CLOSE_BRACKET, open + 1, end);
  if (close < 0 || marks.text[close + 1] !== '(') return null;
  let link = marks.links.get(close);
  if (link === undefined) {
    link = null;
    const paren = closer(marks, CLOSE_PAREN, close + 2, marks.text.length);
    const address = paren < 0 ? '' : marks.text.slice(close + 2, paren).trim();
    const href = /^https?:\/\/\S+$/i.test(address) ? safeHttpUrl(address) : null;
    if (href) link = { href, end: paren + 1 };
    marks.links.set(close, link);
  }
  return link && link.end <= end ? { href: link.href, labelEnd: close, next: link.end } : null;
}

const SPANS = [
  { open: OPEN_STRONG, close: CLOSE_STRONG, width: 2, kind: 'strong' },
  { open: OPEN_EM, close: CLOSE_EM, width: 1, kind: 'em' },
  { open: OPEN_UNDERLINE_EM, close: CLOSE_UNDERLINE_EM, width: 1, kind: 'em' },
] as const;

/** The inlines of [start, end); a mark without its closing one is text. */
function inlines(marks: Marks, start: number, end: number): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (node: Inline) => {
    if (text) out.push({ kind: 'text', text });
    text = '';
    out.push(node);
  };
  let i = start;
  scan: while (i < end) {
    const role = marks.roles[i]!;
    if (role & ESCAPE) {
      text += marks.text[i + 1];
      i += 2;
      continue;
    }
    if (marks.text[i] === '\n') {
      push({ kind: 'break' });
      i++;
      continue;
    }
    for (const span of SPANS) {
      if (!(role & span.open)) continue;
      const close = closer(marks, span.close, i + span.width, end);
      if (close < 0) continue;
      push({ kind: span.kind, children: inlines(marks, i + span.width, close) });
      i = close + span.width;
      continue scan;
    }
    // A label ends at the first `]`, so it never holds a link of its own.
    const link = role & OPEN_BRACKET ? linkAt(marks, i, end) : null;
    if (link) {
      const label = inlines(marks, i + 1, link.labelEnd);
      const children = label.length ? label : [{ kind: 'text' as const, text: link.href }];
      push({ kind: 'link', href: link.href, children });
      i = link.next;
      continue;
    }
    text += marks.text[i];
    i++;
  }
  if (text) out.push({ kind: 'text', text });
  return out;
}

/** The paragraphs of a step's text; none for an empty one. */
export function readStoryText(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .map((block) => inlines(marksOf(block), 0, block.length));
}
