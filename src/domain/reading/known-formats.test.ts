import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  acledGeoPrecision,
  acledTimePrecision,
  cameoRootName,
  gdeltGeoPrecision,
  knownCategoryName,
  knownDatePrecision,
  knownPlacePrecision,
  ucdpDatePrecision,
  ucdpPlacePrecision,
} from './format-codes';
import { gdeltHeader, recogniseFormat } from './known-formats';
import { csvTable, featureTable } from './table';
import { renderPattern } from './title-pattern';
import type { Reading, Table } from './types';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../e2e/fixtures/formats/${name}`, import.meta.url), 'utf8');
const csvFixture = (name: string) =>
  csvTable(fixture(name), {
    headerFor: (first) => (/^\d+$/.test(first[0] ?? '') ? gdeltHeader(first.length) : null),
  });
const geojsonFixture = (name: string) =>
  featureTable((JSON.parse(fixture(name)) as { features: unknown[] }).features);

const table = (columns: string[], ...rows: string[][]): Table => ({
  columns,
  rows,
  totalRows: rows.length,
});

/** The reading of a table, and what its title reads for the table's first row. */
function read(source: Table) {
  const format = recogniseFormat(source);
  const reading = format?.reading(source);
  const row = source.rows[0] ?? [];
  const cell = (column: string) => row[source.columns.indexOf(column)];
  return { format: format?.id, reading, title: reading && renderPattern(reading.title, cell) };
}

/** Every column a reading names, in patterns and fields, must be one of the table's. */
function namedColumns(reading: Reading): string[] {
  const inPatterns = [reading.title, reading.summary ?? ''].flatMap((pattern) =>
    [...pattern.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ''),
  );
  const fields = [reading.date, reading.endDate, reading.time, reading.lat, reading.lon]
    .concat([reading.point, reading.place, reading.country, reading.category, reading.killed])
    .concat([reading.datePrecision, reading.placePrecision, reading.id]);
  return [...inPatterns, ...fields, ...(reading.actors ?? []), ...(reading.sources ?? [])].filter(
    (column): column is string => column !== undefined,
  );
}

describe('gdeltHeader', () => {
  it('names the 61 columns of a GDELT 2.0 export by position', () => {
    const header = gdeltHeader(61) ?? [];
    expect(header).toHaveLength(61);
    expect([header[0], header[1], header[26], header[28]]).toEqual([
      'GLOBALEVENTID',
      'SQLDATE',
      'EventCode',
      'EventRootCode',
    ]);
    expect(header.slice(51, 61)).toEqual([
      'ActionGeo_Type',
      'ActionGeo_FullName',
      'ActionGeo_CountryCode',
      'ActionGeo_ADM1Code',
      'ActionGeo_ADM2Code',
      'ActionGeo_Lat',
      'ActionGeo_Long',
      'ActionGeo_FeatureID',
      'DATEADDED',
      'SOURCEURL',
    ]);
  });

  it('names GDELT 1.0 daily files (58 columns) and the older backfile (57)', () => {
    const daily = gdeltHeader(58) ?? [];
    expect(daily.slice(49, 58)).toEqual([
      'ActionGeo_Type',
      'ActionGeo_FullName',
      'ActionGeo_CountryCode',
      'ActionGeo_ADM1Code',
      'ActionGeo_Lat',
      'ActionGeo_Long',
      'ActionGeo_FeatureID',
      'DATEADDED',
      'SOURCEURL',
    ]);
    expect(gdeltHeader(57)?.at(-1)).toBe('DATEADDED');
    expect(gdeltHeader(60)).toBeNull();
  });
});

describe('recogniseFormat', () => {
  it('recognises the fixtures of each format, and no format in ordinary spreadsheets', () => {
    expect(read(geojsonFixture('usgs-feed.geojson')).format).toBe('usgs');
    expect(read(csvFixture('acled-export.csv')).format).toBe('acled');
    expect(read(csvFixture('acled-api.csv')).format).toBe('acled');
    expect(read(csvFixture('gdelt-events.tsv')).format).toBe('gdelt');
    expect(read(csvFixture('gdelt-bigquery.csv')).format).toBe('gdelt');
    expect(read(csvFixture('timemap-sheet.csv')).format).toBe('timemap');
    expect(read(csvFixture('custom-dayfirst.csv')).format).toBeUndefined();
    expect(read(csvFixture('custom-places-only.csv')).format).toBeUndefined();
  });

  it('takes no ordinary spreadsheet for ACLED, timemap or UCDP for a few shared names', () => {
    const ordinary = ['event_date', 'event_type', 'latitude', 'longitude', 'notes', 'fatalities'];
    expect(recogniseFormat(table([...ordinary, 'country', 'source']))).toBeNull();
    expect(recogniseFormat(table(['description', 'date', 'latitude', 'longitude']))).toBeNull();
    expect(
      recogniseFormat(table(['id', 'date_start', 'latitude', 'longitude', 'country'])),
    ).toBeNull();
    expect(recogniseFormat(table(['time', 'latitude', 'longitude', 'mag', 'place']))).toBeNull();
  });

  it('reads an older ACLED file with upper-case names in another order', () => {
    const columns = ['GWNO', 'EVENT_ID_CNTY', 'EVENT_ID_NO_CNTY', 'EVENT_DATE', 'YEAR']
      .concat(['TIME_PRECISION', 'EVENT_TYPE', 'ACTOR1', 'ALLY_ACTOR_1', 'INTER1', 'ACTOR2'])
      .concat(['ALLY_ACTOR_2', 'INTER2', 'INTERACTION', 'COUNTRY', 'ADMIN1', 'LOCATION'])
      .concat(['LONGITUDE', 'LATITUDE', 'GEO_PRECISION', 'SOURCE', 'NOTES', 'FATALITIES']);
    const { format, reading } = read(table(columns));
    expect(format).toBe('acled');
    expect(reading).toMatchObject({
      date: 'EVENT_DATE',
      title: '{EVENT_TYPE} — {LOCATION}',
      lat: 'LATITUDE',
      lon: 'LONGITUDE',
      actors: ['ACTOR1', 'ALLY_ACTOR_1', 'ACTOR2', 'ALLY_ACTOR_2'],
      datePrecision: 'TIME_PRECISION',
      placePrecision: 'GEO_PRECISION',
      id: 'EVENT_ID_CNTY',
    });
  });

  it('reads a USGS CSV feed, which has no title and no geometry', () => {
    const columns = 'time,latitude,longitude,depth,mag,magType,nst,gap,dmin,rms,net,id,updated'
      .concat(
        ',place,type,horizontalError,depthError,magError,magNst,status,locationSource,magSource',
      )
      .split(',');
    const row = ['2024-01-01T07:10:09.476Z', '37.4874', '137.2710', '10', '7.5', 'mww', '']
      .concat(['26', '2.249', '0.86', 'us', 'us0000syn1', '2024-04-02T15:30:59.040Z'])
      .concat(['12 km N of Sampleton (synthetic)', 'earthquake', '', '', '', '', 'reviewed']);
    const { format, reading, title } = read(table(columns, row));
    expect(format).toBe('usgs');
    expect(reading).toMatchObject({ date: 'time', lat: 'latitude', lon: 'longitude', id: 'id' });
    expect(reading?.geometry).toBeUndefined();
    expect(title).toBe('M 7.5 - 12 km N of Sampleton (synthetic)');
  });
});

describe('the readings of known formats', () => {
  it('reads a USGS GeoJSON feed by its geometry, with the feed’s own titles', () => {
    const source = geojsonFixture('usgs-feed.geojson');
    const { reading } = read(source);
    expect(reading).toEqual({
      format: 'usgs',
      date: 'time',
      title: '{title}',
      geometry: true,
      place: 'place',
      category: 'type',
      summary: 'M {mag} {magType} · felt reports: {felt} · PAGER alert {alert} · {status}',
      sources: ['url'],
      id: 'id',
    });
  });

  it('reads an ACLED export as a journalist would read the row', () => {
    const { reading, title } = read(csvFixture('acled-export.csv'));
    expect(reading).toEqual({
      format: 'acled',
      date: 'event_date',
      dateOrder: 'dmy',
      title: '{sub_event_type} — {location}',
      lat: 'latitude',
      lon: 'longitude',
      place: 'location',
      country: 'country',
      category: 'event_type',
      actors: ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'],
      summary: '{notes}',
      sources: ['source'],
      datePrecision: 'time_precision',
      placePrecision: 'geo_precision',
      killed: 'fatalities',
      id: 'event_id_cnty',
    });
    expect(title).toBe('Armed clash — Sanaa');
  });

  it('reads GDELT rows with or without a header, leaving out an actor that is not there', () => {
    const headerless = read(csvFixture('gdelt-events.tsv'));
    expect(headerless.reading).toMatchObject({
      date: 'SQLDATE',
      title: '{Actor1Name} – {Actor2Name} · {ActionGeo_FullName}',
      lat: 'ActionGeo_Lat',
      lon: 'ActionGeo_Long',
      category: 'EventRootCode',
      actors: ['Actor1Name', 'Actor2Name'],
      sources: ['SOURCEURL'],
      placePrecision: 'ActionGeo_Type',
      id: 'GLOBALEVENTID',
    });
    expect(headerless.reading?.country).toBeUndefined();
    expect(headerless.title).toBe('PROTESTER – POLICE · Baghdad, Baghdad, Iraq');
    const alone = renderPattern(headerless.reading?.title ?? '', (column) =>
      column === 'Actor2Name' ? '' : column === 'Actor1Name' ? 'GOVERNMENT' : 'Sanaa',
    );
    expect(alone).toBe('GOVERNMENT · Sanaa');
    expect(read(csvFixture('gdelt-bigquery.csv')).reading).toEqual(headerless.reading);
  });

  it('reads a timemap sheet month first, its description as the title', () => {
    const { reading } = read(csvFixture('timemap-sheet.csv'));
    expect(reading).toEqual({
      format: 'timemap',
      date: 'date',
      time: 'time',
      dateOrder: 'mdy',
      title: '{description}',
      lat: 'latitude',
      lon: 'longitude',
      place: 'location',
      category: 'association1',
      sources: ['source1'],
    });
  });

  it('reads a UCDP GED export over its start and end dates', () => {
    const columns = 'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id'
      .concat(',conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id')
      .concat(',side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources')
      .concat(',source_article,source_office,source_date,source_headline,source_original')
      .concat(',where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude')
      .concat(',geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec')
      .concat(',date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high')
      .concat(',low,gwnoa,gwnob')
      .split(',');
    const { format, reading } = read(table(columns));
    expect(format).toBe('ucdp');
    expect(reading).toMatchObject({
      date: 'date_start',
      endDate: 'date_end',
      title: '{dyad_name} — {where_coordinates}',
      actors: ['side_a', 'side_b'],
      category: 'type_of_violence',
      killed: 'best',
      datePrecision: 'date_prec',
      placePrecision: 'where_prec',
      id: 'id',
    });
  });

  it('names only columns the file has', () => {
    for (const [name, source] of [
      ['usgs-feed.geojson', geojsonFixture('usgs-feed.geojson')],
      ['acled-export.csv', csvFixture('acled-export.csv')],
      ['acled-api.csv', csvFixture('acled-api.csv')],
      ['gdelt-events.tsv', csvFixture('gdelt-events.tsv')],
      ['gdelt-bigquery.csv', csvFixture('gdelt-bigquery.csv')],
      ['timemap-sheet.csv', csvFixture('timemap-sheet.csv')],
    ] as const) {
      const reading = recogniseFormat(source)?.reading(source);
      const missing = namedColumns(reading ?? { date: '', title: '' }).filter(
        (column) => !source.columns.includes(column),
      );
      expect([name, missing]).toEqual([name, []]);
    }
  });
});

describe('the codes of known formats', () => {
  it('reads ACLED time and geo precision codes as the codebook defines them', () => {
    expect(['1', '2', '3', '4', ''].map(acledTimePrecision)).toEqual([
      'day',
      'approximate',
      'month',
      undefined,
      undefined,
    ]);
    expect(['1', ' 2 ', '3.0', 'x'].map(acledGeoPrecision)).toEqual([
      'exact',
      'approximate',
      'region',
      undefined,
    ]);
  });

  it('names CAMEO root codes, with or without their leading zero', () => {
    expect(cameoRootName('01')).toBe('Make public statement');
    expect(cameoRootName('1')).toBe('Make public statement');
    expect(cameoRootName('14')).toBe('Protest');
    expect(cameoRootName('18')).toBe('Assault');
    expect(cameoRootName('19')).toBe('Fight');
    expect(cameoRootName('20')).toBe('Use unconventional mass violence');
    expect(cameoRootName('21')).toBeUndefined();
    expect(cameoRootName('141')).toBeUndefined();
  });

  it('reads GDELT and UCDP precision codes', () => {
    expect(['1', '2', '3', '4', '5', '0'].map(gdeltGeoPrecision)).toEqual([
      'region',
      'region',
      'exact',
      'exact',
      'region',
      undefined,
    ]);
    expect(['1', '2', '3', '4', '5'].map(ucdpDatePrecision)).toEqual([
      'day',
      'approximate',
      'approximate',
      'month',
      'year',
    ]);
    expect(['1', '2', '4', '7'].map(ucdpPlacePrecision)).toEqual([
      'exact',
      'approximate',
      'region',
      'region',
    ]);
  });

  it('answers for each format from one entry point', () => {
    expect(knownDatePrecision('acled', '3')).toBe('month');
    expect(knownDatePrecision('ucdp', '5')).toBe('year');
    expect(knownDatePrecision('usgs', '1')).toBeUndefined();
    expect(knownPlacePrecision('gdelt', '4')).toBe('exact');
    expect(knownPlacePrecision(undefined, '1')).toBeUndefined();
    expect(knownCategoryName('gdelt', '14')).toBe('Protest');
    expect(knownCategoryName('ucdp', '3')).toBe('One-sided violence');
    expect(knownCategoryName('acled', 'Protests')).toBeUndefined();
  });
});
