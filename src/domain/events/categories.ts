import { PALETTE } from './palette';
import type { Category } from './types';

export const UNCATEGORISED = 'uncategorised';

/** FNV-1a: the same id gets the same colour in every file and every session. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function derivedColor(id: string): string {
  return PALETTE[hash(id) % PALETTE.length] ?? PALETTE[0];
}

export function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function deriveCategory(id: string): Category {
  return {
    id,
    label: id === UNCATEGORISED ? 'Uncategorised' : labelFromId(id),
    color: derivedColor(id),
  };
}

/**
 * Categories a file does not colour itself, most events first (ties by id), coloured in that
 * order: the largest never share a colour (a hash of the name gives two of ten the same colour
 * more often than not), and the palette comes round again only among the rarer ones.
 */
export function colouredByCount(
  categories: readonly Category[],
  counts: ReadonlyMap<string, number>,
): Category[] {
  const count = (category: Category) => counts.get(category.id) ?? 0;
  // A collator made once: localeCompare makes one per call, seconds over 50,000 tied names.
  const byName = new Intl.Collator('en', { numeric: true }).compare;
  return [...categories]
    .sort((a, b) => count(b) - count(a) || byName(a.id, b.id))
    .map((category, i) => ({ ...category, color: PALETTE[i % PALETTE.length] ?? category.color }));
}
