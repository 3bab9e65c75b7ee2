// The gazetteer's virtual modules, made at build time by scripts/gazetteer/vite-plugin.ts.

declare module 'virtual:chronomap/gazetteer' {
  /** One line a place: id step (base 36), name, ISO2 country, lat, lon, population, capital flag, other name keys. */
  export const places: string;
  /** One line a country: ISO2 code, alpha-3 code, English name, name keys. */
  export const countries: string;
}

declare module 'virtual:chronomap/world-labels' {
  /** [name, lon, lat, rank, minzoom, capital (1 or 0)] */
  const rows: [string, number, number, number, number, number][];
  export default rows;
}
