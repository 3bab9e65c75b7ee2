import { describe, expect, it } from 'vitest';

import { decodeReading, encodeReading } from './reading-param';
import type { Reading } from './types';

describe('the reading in a link', () => {
  it('round-trips every field, with the characters that separate its parts', () => {
    const reading: Reading = {
      date: 'Datum',
      dateOrder: 'dmy',
      time: 'Zeit',
      title: '{Ort}; {Art} | {Was} 100%',
      lat: 'Breite',
      lon: 'Länge',
      swapLatLon: true,
      place: 'Ort',
      category: 'Art',
      actors: ['Täter;1', 'Opfer|2'],
      sources: ['Quelle'],
      killed: 'Tote',
      id: 'Nr',
      format: 'acled',
      datePrecision: 'time_precision',
    };
    const text = encodeReading(reading);
    expect(decodeReading(text)).toEqual({ reading });
  });

  it('stays readable for plain column names', () => {
    expect(encodeReading({ date: 'Date', title: '{Name}', lat: 'lat', lon: 'lon' })).toBe(
      'date:Date;title:{Name};lat:lat;lon:lon',
    );
  });

  it('says why a value is not a reading', () => {
    expect(decodeReading('title:{a}')).toEqual({ error: 'it names no date column' });
    expect(decodeReading('date:a')).toEqual({ error: 'it names no title' });
    expect(decodeReading('date:a;title:b;colour:red')).toEqual({
      error: 'it has an unknown part "colour"',
    });
    expect(decodeReading('date:a;title:b;order:ymd')).toEqual({
      error: 'order "ymd" is not dmy or mdy',
    });
  });
});
