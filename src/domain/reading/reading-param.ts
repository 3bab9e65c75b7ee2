/**
 * The reading in a link (`read=`, docs/url.md): `key:value` pairs joined by ";", lists joined by
 * "|", e.g. `date:Datum;order:dmy;lat:Breite;lon:Länge;title:{Ort}`. Values escape only the three
 * characters that would break it ("%", ";", "|"), so the common case stays readable.
 */
import { READING_FIELDS, type DateOrder, type KnownFormatId, type Reading } from './types';

const LIST_FIELDS = ['actors', 'sources'] as const;
const FLAG_FIELDS = ['geometry', 'swapLatLon'] as const;
/** Short keys where the field name is long; every other key is the field's own name. */
const KEY_OF: Partial<Record<keyof Reading, string>> = {
  dateOrder: 'order',
  swapLatLon: 'swap',
  endDate: 'end',
  datePrecision: 'dateprec',
  placePrecision: 'placeprec',
};
const FIELD_OF = new Map<string, keyof Reading | 'format'>([
  ...READING_FIELDS.map((field) => [KEY_OF[field] ?? field, field] as const),
  ['format', 'format'],
]);
const ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];
const FORMATS: readonly KnownFormatId[] = ['usgs', 'acled', 'gdelt', 'ucdp', 'timemap'];

const escape = (value: string) =>
  value.replace(/[%;|]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

function unescape(value: string): string {
  return value.replace(/%(25|3b|7c)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function encodeReading(reading: Reading): string {
  const pairs: string[] = [];
  if (reading.format) pairs.push(`format:${reading.format}`);
  for (const field of READING_FIELDS) {
    const value = reading[field];
    if (value === undefined || value === false) continue;
    const key = KEY_OF[field] ?? field;
    if (value === true) pairs.push(`${key}:1`);
    else if (Array.isArray(value)) {
      if (value.length) pairs.push(`${key}:${value.map(escape).join('|')}`);
    } else pairs.push(`${key}:${escape(value)}`);
  }
  return pairs.join(';');
}

export type DecodedReading = { reading: Reading } | { error: string };

/** Reads a `read=` value; a value that cannot be a reading says why. */
export function decodeReading(text: string): DecodedReading {
  const out: Partial<Reading> = {};
  for (const pair of text.split(';')) {
    if (!pair.trim()) continue;
    const colon = pair.indexOf(':');
    const key = colon < 0 ? pair : pair.slice(0, colon);
    const value = colon < 0 ? '' : pair.slice(colon + 1);
    const field = FIELD_OF.get(key.trim());
    if (!field) return { error: `it has an unknown part ${JSON.stringify(key.slice(0, 30))}` };
    if (field === 'format') {
      if (!FORMATS.includes(value as KnownFormatId))
        return { error: `${JSON.stringify(value.slice(0, 30))} is not a known format` };
      out.format = value as KnownFormatId;
    } else if (field === 'dateOrder') {
      if (!ORDERS.includes(value as DateOrder))
        return { error: `order ${JSON.stringify(value.slice(0, 30))} is not dmy or mdy` };
      out.dateOrder = value as DateOrder;
    } else if ((FLAG_FIELDS as readonly string[]).includes(field)) {
      (out as Record<string, unknown>)[field] = value === '1' || value === 'true';
    } else if ((LIST_FIELDS as readonly string[]).includes(field)) {
      (out as Record<string, unknown>)[field] = value.split('|').map(unescape).filter(Boolean);
    } else if (value) {
      (out as Record<string, unknown>)[field] = unescape(value);
    }
  }
  if (!out.date) return { error: 'it names no date column' };
  if (!out.title) return { error: 'it names no title' };
  return { reading: out as Reading };
}
