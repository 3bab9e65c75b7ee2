/**
 * A reading: how the columns of a file that does not follow Chronomap's format become events.
 * Proposed from the file (propose-reading.ts), changed by the reader in the reading dialog,
 * carried by a link (`read=`, reading-param.ts) and applied in the dataset worker
 * (apply-reading.ts). Every value names a column of the file, or holds a title pattern.
 */

/** Day and month order of numeric dates such as 03/04/2024, when the values do not settle it. */
export type DateOrder = 'dmy' | 'mdy';

/** Formats recognised from their columns and read without asking (known-formats.ts). */
export type KnownFormatId = 'usgs' | 'acled' | 'gdelt' | 'ucdp' | 'timemap';

export interface Reading {
  /** The recognised format, named in the notice ("Read as an ACLED export"). */
  format?: KnownFormatId;
  /** Column with the date (or date-time, epoch seconds or milliseconds, Excel serial day). */
  date: string;
  endDate?: string;
  /** Column with the time of day, when it is apart from the date. */
  time?: string;
  /** Needed only when numeric dates are ambiguous; absent means "decided from the values". */
  dateOrder?: DateOrder;
  /** A column name in braces, or a pattern of them: "{first_name} {last_name}". */
  title: string;
  /** Two coordinate columns… */
  lat?: string;
  lon?: string;
  /** …or one column holding "lat, lon" or WKT "POINT (lon lat)". */
  point?: string;
  /** Only for GeoJSON: the feature's geometry gives the place (the default there). */
  geometry?: boolean;
  /** Swap lat and lon: the file has them the other way round. */
  swapLatLon?: boolean;
  place?: string;
  country?: string;
  /** Any column: its distinct values become the categories. */
  category?: string;
  /** Columns of actor names; a cell may hold several, split on ";" or "|". */
  actors?: string[];
  /** A column or a pattern, like the title. */
  summary?: string;
  /** Columns holding source links (or, when not links, publisher names). */
  sources?: string[];
  /** Column giving how exact the date is (words, or the format's codes). */
  datePrecision?: string;
  /** Column giving how exact the place is (words, or the format's codes). */
  placePrecision?: string;
  /** Column of people killed. */
  killed?: string;
  /** Column holding a unique id per row. */
  id?: string;
}

/** The fields a reading can fill, in the order the dialog lists them. */
export const READING_FIELDS = [
  'date',
  'endDate',
  'time',
  'dateOrder',
  'title',
  'lat',
  'lon',
  'point',
  'geometry',
  'swapLatLon',
  'place',
  'country',
  'category',
  'actors',
  'summary',
  'sources',
  'datePrecision',
  'placePrecision',
  'killed',
  'id',
] as const satisfies readonly (keyof Reading)[];

/**
 * A file as rows of text cells under named columns. GeoJSON features become rows too: each
 * property a column (numbers and booleans as their text), the geometry kept beside the row.
 */
export interface Table {
  columns: string[];
  rows: string[][];
  /** GeoJSON only: each row's geometry (null when the feature has none). */
  geometries?: (unknown | null)[];
  /** How many data rows the whole file has, when `rows` is only its head. */
  totalRows: number;
}

/** What the values of a file could not settle, for the reading dialog to ask. */
export interface ReadingQuestions {
  /** Numeric dates whose day and month could be either way round. */
  dateOrder: boolean;
  /** Latitudes and longitudes that fit only when swapped. */
  swapped: boolean;
}

/** A file that needs a reading, as the page receives it: its head and the proposed reading. */
export interface ReadingQuestion {
  head: Table;
  proposal: { reading: Reading; questions: ReadingQuestions; noDate?: string };
  fileFormat: 'csv' | 'geojson';
  /** The link's reading named columns the file does not have, so it was not used. */
  linkReadingIgnored?: boolean;
}
