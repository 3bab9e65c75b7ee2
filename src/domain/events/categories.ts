import type { Category } from './types';

/** Okabe–Ito, colour-blind safe, then a few more distinguishable hues for large category sets. */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D31',
  '#7F3C8D',
  '#3B8686',
  '#B5651D',
] as const;

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
