/** The columns of Chronomap's own CSV, by the names a reader and a spreadsheet use for them. */

/** Spreadsheet-friendly names for each field; the first is the documented one, which exports write. */
export const COLUMNS = {
  id: ['id'],
  title: ['title', 'name', 'headline'],
  date: ['date', 'start_date', 'start'],
  endDate: ['end_date', 'enddate', 'end'],
  datePrecision: ['date_precision', 'dateprecision'],
  category: ['category', 'type'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  place: ['place', 'location', 'place_name'],
  country: ['country'],
  sea: ['sea'],
  precision: ['location_precision', 'precision'],
  radiusKm: ['radius_km', 'radiuskm'],
  locationNote: ['location_note'],
  timezone: ['timezone', 'time_zone', 'tz'],
  actors: ['actors', 'actor'],
  summary: ['summary', 'description'],
  killed: ['killed', 'deaths'],
  injured: ['injured'],
  casualtiesByParty: ['casualties_by_party'],
  confidence: ['confidence'],
  confidenceNote: ['confidence_note'],
  disputed: ['disputed'],
  related: ['related'],
  sourceUrl: ['source_url', 'source_urls', 'sources', 'url'],
  sourceTitle: ['source_title', 'source_titles'],
  sourcePublisher: ['source_publisher', 'source_publishers', 'publisher'],
  sourceNote: ['source_note', 'source_notes'],
  sourceKind: ['source_kind', 'source_kinds'],
  // What a JSON file says once for the whole dataset: each row its category's, the first row the rest.
  categoryLabel: ['category_label'],
  categoryColor: ['category_color', 'category_colour'],
  datasetTitle: ['dataset_title'],
  datasetDescription: ['dataset_description'],
  datasetCategories: ['dataset_categories'],
} as const;

export type Field = keyof typeof COLUMNS;

const FIELDS = Object.keys(COLUMNS) as Field[];

/** The header an export writes: each field's documented name, in this order. */
export const CSV_COLUMNS = FIELDS.map((field) => COLUMNS[field][0]);

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Where each of Chronomap's fields is among a header's columns, by the names it knows. */
export function chronomapColumns(header: readonly string[]): Map<Field, number> {
  const names = header.map(normalise);
  const columnOf = new Map<Field, number>();
  for (const field of FIELDS) {
    const aliases: readonly string[] = COLUMNS[field];
    const index = names.findIndex((name) => aliases.includes(name));
    if (index >= 0) columnOf.set(field, index);
  }
  return columnOf;
}
