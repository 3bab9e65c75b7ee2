/**
 * Title and summary patterns: column names in braces with text around them, such as
 * "{event_type} in {location}". A cell left empty drops out with the text that joins it to the
 * one before, so "{actor1} vs {actor2}" reads "Houthis" rather than "Houthis vs ".
 */

interface Pattern {
  /** Text before the first column, kept whenever any column has a value. */
  prefix: string;
  /** Columns with the text that comes before each (the first one's is the prefix). */
  parts: { join: string; column: string }[];
  suffix: string;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;
const compiled = new Map<string, Pattern>();

function compile(pattern: string): Pattern {
  let cached = compiled.get(pattern);
  if (cached) return cached;
  const parts: Pattern['parts'] = [];
  let last = 0;
  let prefix = '';
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const text = pattern.slice(last, match.index);
    if (parts.length === 0) prefix = text;
    parts.push({ join: parts.length === 0 ? '' : text, column: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  cached = { prefix, parts, suffix: pattern.slice(last) };
  if (compiled.size > 100) compiled.clear();
  compiled.set(pattern, cached);
  return cached;
}

/** The columns a pattern names, in order. */
export function patternColumns(pattern: string): string[] {
  return compile(pattern).parts.map((part) => part.column);
}

/** A pattern naming exactly one column and nothing else: "{title}". */
export function columnPattern(column: string): string {
  return `{${column}}`;
}

/** The single column a pattern is, when it is just "{column}". */
export function soleColumn(pattern: string): string | undefined {
  const { prefix, parts, suffix } = compile(pattern);
  return parts.length === 1 && !prefix && !suffix ? parts[0]?.column : undefined;
}

/** The text of a pattern for one row; empty when every column it names is empty. */
export function renderPattern(
  pattern: string,
  cell: (column: string) => string | undefined,
): string {
  return renderCompiled(pattern, compile(pattern), cell);
}

/**
 * A pattern compiled once, for a whole table: reading a million rows, a lookup of the compiled
 * pattern per row is measurable. A lone "{column}" is just that cell, trimmed.
 */
export function patternRenderer(
  pattern: string,
): (cell: (column: string) => string | undefined) => string {
  const compiledPattern = compile(pattern);
  const sole = soleColumn(pattern);
  if (sole !== undefined) return (cell) => cell(sole)?.trim() ?? '';
  return (cell) => renderCompiled(pattern, compiledPattern, cell);
}

function renderCompiled(
  pattern: string,
  { prefix, parts, suffix }: Pattern,
  cell: (column: string) => string | undefined,
): string {
  if (parts.length === 0) return pattern.trim();
  let out = '';
  for (const part of parts) {
    const value = cell(part.column)?.trim();
    if (!value) continue;
    out += out ? part.join + value : value;
  }
  return out ? (prefix + out + suffix).trim() : '';
}
