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
