/**
 * How Chronomap's CSV writes a value into a cell and reads it back: an export loads back as the
 * same events, a spreadsheet opening it runs no formula, and a sheet written by hand ("A; B")
 * still reads as a person would expect. docs/data-format.md (CSV) states these rules for readers.
 */

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one), and cells
 * starting with the apostrophe that marks the others: both get one more leading apostrophe.
 */
const ESCAPED_START = /^[=+\-@\t\r']/;

/** A formula-like cell made plain text for spreadsheets; `unescapeFormula` undoes it exactly. */
export function escapeFormula(cell: string): string {
  return ESCAPED_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The apostrophe `escapeFormula` added, taken off. An apostrophe before anything else is the
 * text's own ("'t Hooft"): an export never writes one there, so nothing is ambiguous.
 */
export function unescapeFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && ESCAPED_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const SEPARATOR = ';';
const SPECIAL_IN_ITEM = /[\\;]/g;
const ESCAPE_IN_ITEM = /\\([\\;])/g;

/** A backslash before each ; and \ of an item, so the separator between items is never in one. */
const escapeItem = (item: string) => item.replace(SPECIAL_IN_ITEM, (c) => `\\${c}`);

/** Items as one cell, separated by ";"; a ";" inside an item is written "\;", a "\" as "\\". */
export function joinList(items: readonly string[]): string {
  return items.map(escapeItem).join(SEPARATOR);
}

/**
 * Items matched by position with the same place in other columns (a source's URL, title,
 * publisher): empty places are kept ("a;;c"), and a column empty at every place is left empty.
 */
export function joinPositional(items: readonly (string | undefined)[]): string {
  return items.some(Boolean) ? items.map((item) => escapeItem(item ?? '')).join(SEPARATOR) : '';
}

/** The cell cut at each ";" that no backslash escapes, each piece trimmed and unescaped. */
function pieces(cell: string): string[] {
  // Most cells have no backslash at all; they cost one split.
  const raw = cell.includes('\\') ? cutUnescaped(cell) : cell.split(SEPARATOR);
  return raw.map((piece) => piece.trim().replace(ESCAPE_IN_ITEM, '$1'));
}

function cutUnescaped(cell: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    // "\;" and "\\" are one character each; a backslash before anything else is itself.
    if (c === '\\' && (cell[i + 1] === '\\' || cell[i + 1] === SEPARATOR)) i += 1;
    else if (c === SEPARATOR) {
      out.push(cell.slice(from, i));
      from = i + 1;
    }
  }
  out.push(cell.slice(from));
  return out;
}

/** A list cell's items, empty ones dropped: "A; B", "A;B" and "A;;B" are all two. */
export function splitList(cell: string | undefined): string[] {
  return cell ? pieces(cell).filter(Boolean) : [];
}

/** A positional cell's items, empty places kept; an empty cell has none. */
export function splitPositional(cell: string | undefined): string[] {
  return cell?.trim() ? pieces(cell) : [];
}

/**
 * Decimal numbers only: JavaScript's Number() also reads "0x1A", "0b1010", "0o54" and
 * "Infinity", which no spreadsheet means as 26, 10, 44 or a number at all. An exponent is
 * decimal ("1e-7" is how a spreadsheet or JavaScript writes a tiny number) and is read.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The number a cell holds, read strictly (beyond ±1.8e308 it is ±Infinity); null when none. */
export function readDecimal(cell: string): number | null {
  const text = cell.trim();
  return DECIMAL.test(text) ? Number(text) : null;
}
