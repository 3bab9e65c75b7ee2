/**
 * Formats the field's users bring, recognised from their columns and read without asking.
 * A reading names the file's own spelling of each column, whatever its case or order. Patterns
 * put words only before a column ("PAGER alert {alert}"), never after, because an empty cell
 * drops out with the text before it (title-pattern.ts).
 */
import { columnsOf, compact, part, pattern, present } from './known-format-columns';
import type { KnownFormatId, Reading, Table } from './types';

export interface KnownFormat {
  id: KnownFormatId;
  /** Finishes "Read as …": "an ACLED export". */
  name: string;
  matches(table: Table): boolean;
  reading(table: Table): Reading;
  /** Column names for a file that has no header row, by its number of columns. */
  headerFor?(columnCount: number): string[] | null;
}

// USGS summary feeds: earthquake.usgs.gov/earthquakes/feed/v1.0/geojson.php (properties mag …
// title; geometry [lon, lat, depth km]; the feature id) and …/csv.php (time, latitude,
// longitude, depth, mag, magType, nst, gap, dmin, rms, net, id, updated, place, type, …).
const USGS_PROPERTIES = ['mag', 'place', 'time', 'magType', 'type'];
const USGS_FEED = ['net', 'code', 'ids', 'sources', 'types', 'sig', 'tsunami', 'dmin'];
const USGS_CSV = ['latitude', 'longitude', 'depth', 'nst', 'gap', 'rms', 'net', 'id'];

const usgs: KnownFormat = {
  id: 'usgs',
  name: 'a USGS earthquake feed',
  matches(table) {
    const columns = columnsOf(table);
    if (columns.count(USGS_PROPERTIES) < USGS_PROPERTIES.length) return false;
    return columns.count(USGS_FEED) >= 4 || columns.count(USGS_CSV) === USGS_CSV.length;
  },
  reading(table) {
    const { find } = columnsOf(table);
    const [lat, lon] = [find('latitude'), find('longitude')];
    const fromCsv = lat !== undefined && lon !== undefined;
    const mag = pattern(' ', part('M $0', find('mag')), part('$0', find('magType')));
    return compact({
      format: 'usgs',
      // Epoch milliseconds in the GeoJSON feed; ISO 8601 in UTC ("…T07:10:09.476Z") in the CSV.
      date: find('time') ?? 'time',
      // The feed's own title, "M 4.5 - 10 km SSW of Place"; the CSV has none, so it is rebuilt.
      title:
        part('$0', find('title')) ??
        pattern(' - ', part('M $0', find('mag')), part('$0', find('place'))),
      ...(fromCsv ? { lat, lon } : { geometry: true }),
      place: find('place'),
      // "earthquake", "quarry blast", "explosion", "ice quake", "other event"…
      category: find('type'),
      summary: pattern(
        ' · ',
        mag,
        part('felt reports: $0', find('felt')),
        part('PAGER alert $0', find('alert')),
        part('$0', find('status')),
        part('depth (km) $0', find('depth')),
      ),
      // The event page. The property "sources" lists network codes (",us,ak,"), not sources.
      sources: present([find('url')]),
      // featureTable keeps the feature's own id ("us7000abcd") as the column "id".
      id: find('id'),
    });
  },
};

// ACLED codebook (acleddata.com/knowledge-base/codebook) and its 2023 column changes: older
// files have data_id, event_id_no_cnty, iso3, upper-case names and ally_actor_* for assoc_actor_*.
const ACLED_DISTINCTIVE = ['event_id_cnty', 'event_id_no_cnty', 'time_precision', 'geo_precision']
  .concat(['inter1', 'interaction', 'assoc_actor_1', 'ally_actor_1', 'source_scale'])
  .concat(['disorder_type', 'civilian_targeting', 'gwno']);

const acled: KnownFormat = {
  id: 'acled',
  name: 'an ACLED export',
  matches(table) {
    const columns = columnsOf(table);
    const core = ['event_date', 'event_type', 'latitude', 'longitude'].every(columns.has);
    return core && columns.count(ACLED_DISTINCTIVE) >= 3;
  },
  reading(table) {
    const { find } = columnsOf(table);
    return compact({
      format: 'acled',
      // "2024-01-10" from the API, "10 January 2024" from the export tool, "18/04/2001" in
      // older files: the codebook writes dates day first ("dd-mm-yyyy").
      date: find('event_date') ?? 'event_date',
      dateOrder: 'dmy',
      // "Peaceful protest — Baghdad"; the event type is the category. Files before 2019 have
      // no sub-event type.
      title: pattern(
        ' — ',
        part('$0', find('sub_event_type', 'event_type')),
        part('$0', find('location')),
      ),
      lat: find('latitude'),
      lon: find('longitude'),
      place: find('location'),
      country: find('country'),
      category: find('event_type'),
      // Actor 1 and 2 imply no direction (codebook); associated actors are "; "-separated lists.
      actors: present([
        find('actor1'),
        find('assoc_actor_1', 'ally_actor_1'),
        find('actor2'),
        find('assoc_actor_2', 'ally_actor_2'),
      ]),
      summary: part('$0', find('notes')),
      // Publisher names ("Reuters; Local Source"), not links.
      sources: present([find('source')]),
      datePrecision: find('time_precision'),
      placePrecision: find('geo_precision'),
      killed: find('fatalities'),
      id: find('event_id_cnty', 'data_id'),
    });
  },
};

// GDELT event codebooks 1.0 and 2.0 (data.gdeltproject.org/documentation), in the column order
// of gdeltPyR utils/schema_csvs/GDELT_{1.0,2.0}_*Column_Labels_Header_Row_Sep2016.
const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
].concat(['Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code']);
const geo = (actor: string, adm2: boolean) =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', ...(adm2 ? ['ADM2Code'] : [])]
    .concat(['Lat', 'Long', 'FeatureID'])
    .map((field) => `${actor}_${field}`);
const gdeltColumns = (adm2: boolean) => [
  ...['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate'],
  ...ACTOR.map((field) => `Actor1${field}`),
  ...ACTOR.map((field) => `Actor2${field}`),
  ...['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass'],
  ...['GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone'],
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((actor) => geo(actor, adm2)),
  ...['DATEADDED', 'SOURCEURL'],
];

/**
 * Names a header-less GDELT event file's columns by position: 61 in 2.0 (with ADM2 codes),
 * 58 in 1.0 daily files, 57 in the 1.0 backfile (before April 2013, no SOURCEURL).
 */
export function gdeltHeader(columnCount: number): string[] | null {
  if (columnCount === 61) return gdeltColumns(true);
  if (columnCount === 58 || columnCount === 57) return gdeltColumns(false).slice(0, columnCount);
  return null;
}

const gdelt: KnownFormat = {
  id: 'gdelt',
  name: 'a GDELT events export',
  matches(table) {
    const columns = columnsOf(table);
    const core = ['GLOBALEVENTID', 'ActionGeo_Lat', 'ActionGeo_Long'].every(columns.has);
    return core && columns.find('SQLDATE', 'Day') !== undefined;
  },
  reading(table) {
    const { find } = columnsOf(table);
    const actors = present([find('Actor1Name'), find('Actor2Name')]);
    return compact({
      format: 'gdelt',
      // YYYYMMDD, the 2.0 codebook's "Day" and BigQuery's SQLDATE: not epoch seconds.
      date: find('SQLDATE', 'Day') ?? 'SQLDATE',
      // "POLICE – PROTESTER · Baghdad, Baghdad, Iraq": GDELT has no headline to show.
      title: pattern(
        ' · ',
        pattern(' – ', ...actors.map((actor) => `{${actor}}`)),
        part('$0', find('ActionGeo_FullName')),
      ),
      lat: find('ActionGeo_Lat'),
      lon: find('ActionGeo_Long'),
      // The full name ends with the country; ActionGeo_CountryCode is FIPS 10-4 ("IZ"), not ISO.
      place: find('ActionGeo_FullName'),
      category: find('EventRootCode'),
      actors,
      summary: pattern(
        ' · ',
        part('CAMEO $0', find('EventCode')),
        part('articles $0', find('NumArticles')),
        part('sources $0', find('NumSources')),
        part('tone $0', find('AvgTone')),
      ),
      sources: present([find('SOURCEURL')]),
      placePrecision: find('ActionGeo_Type'),
      id: find('GLOBALEVENTID'),
    });
  },
  headerFor: gdeltHeader,
};

// UCDP GED codebook (ucdp.uu.se/downloads, ged*.pdf); the columns of GEDEvent_v*.csv.
const UCDP_DISTINCTIVE = ['type_of_violence', 'side_a', 'side_b', 'where_prec', 'date_prec'].concat(
  ['dyad_name', 'conflict_name', 'where_coordinates', 'priogrid_gid', 'deaths_civilians'],
);

const ucdp: KnownFormat = {
  id: 'ucdp',
  name: 'a UCDP GED export',
  matches(table) {
    const columns = columnsOf(table);
    const core = ['date_start', 'latitude', 'longitude'].every(columns.has);
    return core && columns.count(UCDP_DISTINCTIVE) >= 4;
  },
  reading(table) {
    const { find } = columnsOf(table);
    return compact({
      format: 'ucdp',
      date: find('date_start') ?? 'date_start',
      endDate: find('date_end'),
      title: pattern(' — ', part('$0', find('dyad_name')), part('$0', find('where_coordinates'))),
      lat: find('latitude'),
      lon: find('longitude'),
      place: find('where_coordinates'),
      country: find('country'),
      category: find('type_of_violence'),
      actors: present([find('side_a'), find('side_b')]),
      summary: pattern(
        ' · ',
        part('$0', find('conflict_name')),
        part('$0', find('where_description')),
        part('deaths low $0', find('low')),
        part('high $0', find('high')),
      ),
      sources: present([find('source_article')]),
      datePrecision: find('date_prec'),
      placePrecision: find('where_prec'),
      // "best": the codebook's most likely estimate of all deaths in the event.
      killed: find('best'),
      id: find('id'),
    });
  },
};

// Forensic Architecture's timemap fed by datasheet-server: the EXPORT_EVENTS tab of
// datasheet-server data/timemap_data.xlsx has description, date, time, location, latitude,
// longitude, association1…3, source1; dates by TEXT(…, "MM/DD/YYYY"), times "HH:mm".
// datasheet-server gathers numbered columns ("source1", "source2") into lists.
const numbered = (table: Table, stem: string) =>
  table.columns.filter((column) => new RegExp(`^${stem}_?\\d+$`, 'i').test(column.trim()));

const timemap: KnownFormat = {
  id: 'timemap',
  name: 'a timemap sheet',
  matches(table) {
    const columns = columnsOf(table);
    if (!columns.has('description') || !columns.has('date')) return false;
    const sheet = ['time', 'location', 'latitude', 'longitude'].every(columns.has);
    const associations = numbered(table, 'association').length > 0 || columns.has('associations');
    return associations || (sheet && numbered(table, 'source').length > 0);
  },
  reading(table) {
    const { find } = columnsOf(table);
    return compact({
      format: 'timemap',
      date: find('date') ?? 'date',
      time: find('time'),
      dateOrder: 'mdy',
      // Timemap events have no title: the description is what their cards show.
      title: part('$0', find('description')) ?? '',
      lat: find('latitude'),
      lon: find('longitude'),
      place: find('location'),
      // The template's first association is the filter (the weapon); later ones are narratives.
      category: find('category', 'type') ?? numbered(table, 'association')[0],
      // Ids of rows in the sheet's Sources tab ("src1"), or links where a sheet writes them.
      sources: numbered(table, 'source').concat(present([find('sources')])),
      datePrecision: find('time_precision'),
      id: find('id'),
    });
  },
};

/** Tried in this order: the most distinctive columns first. */
export const KNOWN_FORMATS: readonly KnownFormat[] = [usgs, acled, gdelt, ucdp, timemap];

export function recogniseFormat(table: Table): KnownFormat | null {
  return KNOWN_FORMATS.find((format) => format.matches(table)) ?? null;
}
