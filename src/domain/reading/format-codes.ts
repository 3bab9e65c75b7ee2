/**
 * What the known formats' code columns mean, from each format's codebook: the precision codes of
 * ACLED, UCDP and GDELT, and the category codes of GDELT (CAMEO roots) and UCDP.
 */
import type { KnownFormatId } from './types';

/** Codes "1", " 1 ", "01" and "1.0" (a spreadsheet's number) all mean the first meaning. */
const codes =
  <T>(meanings: readonly T[]) =>
  (code: string): T | undefined => {
    const digits = /^\s*(\d{1,2})(?:\.0*)?\s*$/.exec(code)?.[1];
    return digits === undefined ? undefined : meanings[Number(digits) - 1];
  };

/**
 * ACLED codebook, "Time precision codes": 1 the source gives the date; 2 a week or a similar
 * span (its middle is recorded); 3 only the month (its midpoint, or its first or last day).
 */
export const acledTimePrecision = codes(['day', 'approximate', 'month'] as const);

/**
 * ACLED codebook, "Spatial precision codes": 1 a town with coordinates; 2 near a town or a small
 * part of a region, coded to a town; 3 a larger region, coded to a natural location in it or to
 * the provincial capital.
 */
export const acledGeoPrecision = codes(['exact', 'approximate', 'region'] as const);

/**
 * UCDP GED codebook, date_prec: 1 the day; 2 two to six days; 3 a week; 4 a month; 5 a year.
 * where_prec: 1 the place; 2 within about 25 km; 3 an ADM2 centroid; 4 an ADM1 centroid; 5 part
 * of a country; 6 the country's centroid; 7 a sea or airspace.
 */
export const ucdpDatePrecision = codes([
  'day',
  'approximate',
  'approximate',
  'month',
  'year',
] as const);
export const ucdpPlacePrecision = codes([
  'exact',
  'approximate',
  'region',
  'region',
  'region',
  'region',
  'region',
] as const);

/**
 * GDELT event codebook, ActionGeo_Type: 1 country, 2 US state, 5 ADM1 elsewhere (centroids);
 * 3 US city or landmark, 4 city or landmark elsewhere.
 */
export const gdeltGeoPrecision = codes(['region', 'region', 'exact', 'exact', 'region'] as const);

/** CAMEO root codes "01" to "20" (CAMEO manual 1.1b3; GDELT's CAMEO.eventcodes.txt). */
export const cameoRootName = codes([
  'Make public statement',
  'Appeal',
  'Express intent to cooperate',
  'Consult',
  'Engage in diplomatic cooperation',
  'Engage in material cooperation',
  'Provide aid',
  'Yield',
  'Investigate',
  'Demand',
  'Disapprove',
  'Reject',
  'Threaten',
  'Protest',
  'Exhibit force posture',
  'Reduce relations',
  'Coerce',
  'Assault',
  'Fight',
  'Use unconventional mass violence',
]);

/** UCDP GED codebook, type_of_violence. */
export const ucdpViolenceType = codes([
  'State-based conflict',
  'Non-state conflict',
  'One-sided violence',
]);

/** What a known format's date precision code stands for. */
export function knownDatePrecision(format: KnownFormatId | undefined, code: string) {
  if (format === 'acled') return acledTimePrecision(code);
  return format === 'ucdp' ? ucdpDatePrecision(code) : undefined;
}

/** What a known format's place precision code stands for. */
export function knownPlacePrecision(format: KnownFormatId | undefined, code: string) {
  if (format === 'acled') return acledGeoPrecision(code);
  if (format === 'gdelt') return gdeltGeoPrecision(code);
  return format === 'ucdp' ? ucdpPlacePrecision(code) : undefined;
}

/** A readable category for a format whose category column holds codes. */
export function knownCategoryName(format: KnownFormatId | undefined, code: string) {
  if (format === 'gdelt') return cameoRootName(code);
  return format === 'ucdp' ? ucdpViolenceType(code) : undefined;
}
