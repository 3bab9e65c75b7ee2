/**
 * Proposals for the shapes people bring, each written inline: the proposal must be right as it
 * is for the common cases, since most readers press Load without changing it.
 */
import { describe, expect, it } from 'vitest';

import { proposeReading } from './propose-reading';
import { csvTable } from './table';

const propose = (...lines: string[]) => proposeReading(csvTable(`${lines.join('\n')}\n`));

describe('columns found by name and values', () => {
  it('reads English headers', () => {
    const { reading, questions, format } = propose(
      'Event date,Title,Latitude,Longitude',
      '2024-01-10,Talks in Muscat,23.58,58.40',
      '2024-01-12,Strike near Aden,12.78,45.03',
    );
    expect(format).toBeNull();
    expect(reading).toEqual({
      date: 'Event date',
      title: '{Title}',
      lat: 'Latitude',
      lon: 'Longitude',
    });
    expect(questions).toEqual({ dateOrder: false, swapped: false });
  });

  it('takes the most varied short text column for the title when none is named so', () => {
    const { reading } = propose(
      'when,kind,what,lat,lon',
      '2024-01-10,protest,Rally at the square,1,2',
      '2024-01-11,protest,March to the port,1,2',
      '2024-01-12,strike,Dock workers walk out,1,2',
    );
    expect(reading.title).toBe('{what}');
    expect(reading.category).toBe('kind');
  });

  it('titles a register of people with their first and last names together', () => {
    const { reading } = propose(
      'first_name,last_name,age,death_date,type,longitude,latitude',
      'Ana,Reyes,18,1992-04-30,Homicide,-118.27,34.05',
      'Ben,Cole,42,1992-05-01,Not riot-related,-118.23,34.06',
    );
    expect(reading.title).toBe('{first_name} {last_name}');
    expect(reading.date).toBe('death_date');
    expect(reading.category).toBe('type');
  });

  it('proposes swapped coordinates when only the swap makes them fit', () => {
    const { reading, questions } = propose(
      'date,title,lat,lon',
      '2024-01-10,A,58.40,23.58',
      '2024-01-11,B,-150.64,61.16',
      '2024-01-12,C,139.69,35.68',
    );
    expect(reading).toMatchObject({ lat: 'lat', lon: 'lon', swapLatLon: true });
    expect(questions.swapped).toBe(true);
  });

  it('proposes a swap for a column of points written "lon, lat"', () => {
    const { reading, questions } = propose(
      'date,title,coordinates',
      '2024-01-10,A,"58.40, 23.58"',
      '2024-01-11,B,"139.69, 35.68"',
      '2024-01-12,C,"-150.64, 61.16"',
    );
    expect(reading).toMatchObject({ point: 'coordinates', swapLatLon: true });
    expect(questions.swapped).toBe(true);
  });

  it('takes a "lat, lon" column and a WKT column as a point', () => {
    const pair = propose(
      'date,title,coordinates',
      '2024-01-10,A,"23.58, 58.40"',
      '2024-01-11,B,"12.78, 45.03"',
    );
    expect(pair.reading.point).toBe('coordinates');
    expect(pair.reading.lat).toBeUndefined();
    const wkt = propose(
      'date,title,geom',
      '2024-01-10,A,POINT (58.40 23.58)',
      '2024-01-11,B,POINT (45.03 12.78)',
    );
    expect(wkt.reading.point).toBe('geom');
  });
});

describe('dates', () => {
  it('asks the day order when the numbers read either way, proposing day first', () => {
    const { reading, questions } = propose(
      'date,title',
      '03/04/2024,A',
      '05/06/2024,B',
      '01/02/2024,C',
    );
    expect(reading.dateOrder).toBe('dmy');
    expect(questions.dateOrder).toBe(true);
  });

  it('settles day first from a 17 in first place, without asking', () => {
    const { reading, questions } = propose('date,title', '03/04/2024,A', '17/04/2024,B');
    expect(reading.dateOrder).toBe('dmy');
    expect(questions.dateOrder).toBe(false);
  });

  it('settles month first from a 25 in second place', () => {
    const { reading, questions } = propose('date,title', '03/04/2024,A', '12/25/2024,B');
    expect(reading.dateOrder).toBe('mdy');
    expect(questions.dateOrder).toBe(false);
  });

  it('never takes a column of small whole numbers for the date', () => {
    const { reading } = propose(
      'fatalities,when,title',
      '3,2024-01-10,A',
      '12,2024-01-11,B',
      '0,2024-01-12,C',
    );
    expect(reading.date).toBe('when');
    expect(reading.killed).toBe('fatalities');
    const noDate = propose('count,title', '3,A', '12,B', '28,C');
    expect(noDate.reading.date).toBe('');
    expect(noDate.noDate).toMatch(/Choose the date column/);
  });

  it('finds Excel serial days, epoch seconds and years by their values', () => {
    expect(propose('serial,title', '45301,A', '45302,B', '45310,C').reading.date).toBe('serial');
    expect(propose('t,title', '1704844800,A', '1704931200,B').reading.date).toBe('t');
    expect(propose('year,title', '1914,A', '1918,B', '1939,C').reading.date).toBe('year');
  });
});

describe('headers in other languages', () => {
  it('reads a French sheet', () => {
    const { reading } = propose(
      'Date,Titre,Lieu,Pays,Latitude,Longitude,Catégorie',
      '10/01/2024,Manifestation,Paris,France,"48,85","2,35",manifestation',
      '25/01/2024,Grève,Lyon,France,"45,76","4,83",grève',
    );
    expect(reading).toEqual({
      date: 'Date',
      dateOrder: 'dmy',
      title: '{Titre}',
      lat: 'Latitude',
      lon: 'Longitude',
      place: 'Lieu',
      country: 'Pays',
      category: 'Catégorie',
    });
  });

  it('reads a Spanish sheet', () => {
    const { reading } = propose(
      'Fecha;Título;Latitud;Longitud;Ciudad;Tipo',
      '10/01/2024;Protesta;40,41;-3,70;Madrid;protesta',
      '13/02/2024;Huelga;41,38;2,17;Barcelona;huelga',
    );
    expect(reading).toMatchObject({
      date: 'Fecha',
      title: '{Título}',
      lat: 'Latitud',
      lon: 'Longitud',
      place: 'Ciudad',
      category: 'Tipo',
    });
  });

  it('reads an Arabic sheet', () => {
    const { reading } = propose(
      'التاريخ,العنوان,المدينة,الدولة,خط العرض,خط الطول',
      '2024-01-10,احتجاج,مسقط,عمان,23.58,58.40',
      '2024-01-12,إضراب,صنعاء,اليمن,15.35,44.20',
    );
    expect(reading).toEqual({
      date: 'التاريخ',
      title: '{العنوان}',
      lat: 'خط العرض',
      lon: 'خط الطول',
      place: 'المدينة',
      country: 'الدولة',
    });
  });
});

describe('place names without coordinates', () => {
  it('proposes place and country, and no coordinates', () => {
    const { reading } = propose(
      'Date,Event,City,Country',
      '2024-01-10,Talks,Muscat,Oman',
      '2024-01-11,Rally,Sanaa,Yemen',
    );
    expect(reading).toEqual({ date: 'Date', title: '{Event}', place: 'City', country: 'Country' });
  });
});
