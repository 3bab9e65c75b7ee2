/**
 * Seeded synthetic datasets for the benchmark: events over six months (with bursts, as in a real
 * crisis) scattered around places of the region, in several categories with a few actors each.
 * The same seed always gives the same file.
 */

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CENTRES: [number, number, number][] = [
  // lon, lat, spread in degrees
  [42.9, 14.8, 1.2], // southern Red Sea
  [45.0, 12.8, 1.5], // Gulf of Aden
  [44.2, 15.4, 0.8], // Sana'a
  [42.4, 33.8, 0.6], // Anbar
  [44.0, 36.2, 0.4], // Erbil
  [40.1, 35.3, 0.7], // Deir ez-Zor
  [38.6, 33.5, 0.3], // al-Tanf
  [38.8, 32.3, 0.2], // north-east Jordan
  [58.4, 23.6, 0.3], // Muscat
  [56.3, 26.5, 0.8], // Hormuz
];

export const CATEGORIES = [
  { id: 'maritime', label: 'Attacks on shipping', color: '#D55E00' },
  { id: 'us-forces', label: 'Attacks on US forces', color: '#CC79A7' },
  { id: 'strikes', label: 'Strikes and responses', color: '#009E73' },
  { id: 'diplomacy', label: 'Diplomacy', color: '#0072B2' },
  { id: 'other', label: 'Other', color: '#E69F00' },
];

const ACTORS = Array.from({ length: 20 }, (_, i) => `Actor ${String.fromCharCode(65 + i)}`);
export const START = Date.UTC(2024, 0, 1);
export const DAYS = 182;

export interface SyntheticEvent {
  id: string;
  title: string;
  date: string;
  category: string;
  lat: number;
  lon: number;
  actors: string[];
}

export function* syntheticEvents(count: number, seed = 42): Generator<SyntheticEvent> {
  const next = random(seed);
  const gauss = () => (next() + next() + next() - 1.5) / 1.5;
  for (let i = 0; i < count; i++) {
    // A third of the events fall in five bursts of a few days each.
    const burst = next() < 0.33;
    const day = burst
      ? Math.floor(next() * 5) * 36 + 10 + Math.floor(next() * 4)
      : Math.floor(next() * DAYS);
    const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
    const [lon, lat, spread] = CENTRES[Math.floor(next() * CENTRES.length)] as [
      number,
      number,
      number,
    ];
    const actors = [ACTORS[Math.floor(next() * ACTORS.length)] as string];
    if (next() < 0.4) actors.push(ACTORS[Math.floor(next() * ACTORS.length)] as string);
    yield {
      id: `e${i}`,
      title: `Synthetic event ${i}`,
      date,
      category: (CATEGORIES[Math.floor(next() * next() * CATEGORIES.length)] as { id: string }).id,
      lat: Number((lat + gauss() * spread).toFixed(4)),
      lon: Number((lon + gauss() * spread).toFixed(4)),
      actors: [...new Set(actors)],
    };
  }
}

/** The app's JSON format. */
export function toJson(count: number, seed?: number): string {
  const events: string[] = [];
  for (const e of syntheticEvents(count, seed)) {
    events.push(
      JSON.stringify({
        id: e.id,
        title: e.title,
        date: e.date,
        category: e.category,
        location: { lat: e.lat, lon: e.lon, precision: 'approximate' },
        actors: e.actors,
        sources: [{ title: 'Synthetic', url: 'https://example.org/s' }],
      }),
    );
  }
  return `{"version":1,"title":"Synthetic ${count.toLocaleString('en')} events","categories":${JSON.stringify(CATEGORIES)},"events":[\n${events.join(',\n')}\n]}\n`;
}

/** CSV: a million events in JSON would pass the 100 MB limit; as CSV they take about 60 MB. */
export function toCsv(count: number, seed?: number): string {
  const lines = ['id,title,date,category,lat,lon,actors'];
  for (const e of syntheticEvents(count, seed)) {
    lines.push(
      `${e.id},${e.title},${e.date},${e.category},${e.lat},${e.lon},${e.actors.join(';')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Chronomap's own CSV with `categories` distinct categories over `rows` rows (issue 30): each
 * category once, then the rest skewed towards the first ones, so a few are common and most rare.
 * Category `c0` is the most common; the highest numbers occur once. With `actors`, as many
 * distinct actors (`a0`…), spread the same way.
 */
export function manyCategoriesCsv(rows: number, categories: number, actors = 0, seed = 7): string {
  const next = random(seed);
  const skewed = (i: number, distinct: number) =>
    i < distinct ? i : Math.floor(distinct * next() ** 4);
  const lines = [`id,title,date,category,lat,lon${actors ? ',actors' : ''}`];
  for (let i = 0; i < rows; i++) {
    const category = skewed(i, categories);
    const day = Math.floor(next() * DAYS);
    const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
    const [lon, lat, spread] = CENTRES[i % CENTRES.length] as [number, number, number];
    const place = `${(lat + (next() - 0.5) * spread).toFixed(4)},${(lon + (next() - 0.5) * spread).toFixed(4)}`;
    const actor = actors ? `,a${skewed(i, actors)}` : '';
    lines.push(`m${i},Event ${i},${date},c${category},${place}${actor}`);
  }
  return `${lines.join('\n')}\n`;
}
