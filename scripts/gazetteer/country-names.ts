/**
 * Country names for the gazetteer, made at build time: English names from ICU (`Intl.DisplayNames`,
 * Node ships full ICU), ISO 3166-1 alpha-3 codes from the `iso-3166-1` package, and a short list of
 * other common names. Only names of the same country go in the aliases, never a guess.
 */
import { all as isoCountries } from 'iso-3166-1';

import { placeKey } from '../../src/domain/places/place-key.ts';

export interface CountryNames {
  code: string;
  alpha3: string;
  name: string;
  /** Normalised names (not codes), the display name's first. */
  keys: string[];
}

/** Other names of the same country that ICU's long and short English names miss. */
const ALIASES: Record<string, string[]> = {
  US: ['USA', 'U.S.A.', 'U.S.', 'United States of America'],
  GB: ['U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CZ: ['Czech Republic'],
  PS: ['State of Palestine', 'Palestinian Territories'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo'],
  CG: ['Republic of the Congo'],
  MM: ['Burma'],
  TR: ['Turkey'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  LA: ['Lao PDR'],
  VN: ['Viet Nam'],
  AE: ['UAE', 'U.A.E.'],
  VA: ['Vatican', 'Holy See'],
  MK: ['Republic of North Macedonia'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  TZ: ['United Republic of Tanzania'],
  MD: ['Republic of Moldova'],
  FM: ['Federated States of Micronesia'],
};

/**
 * Parts whose places all carry this one country's code, as a data set's "London, England" or
 * "Khan Yunis, Gaza Strip" means. They only narrow a search; they are not the country's name.
 */
const PARTS_OF_ONE_COUNTRY: Record<string, string[]> = {
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  PS: ['Gaza Strip', 'West Bank'],
};

/** "Bosnia & Herzegovina" and "St. Kitts & Nevis" as people also write them. */
function spellings(name: string): string[] {
  const spelled = name.replace(/&/g, 'and').replace(/\bSt\./g, 'Saint');
  const out = [name, name.replace(/&/g, 'and'), spelled];
  // "Myanmar (Burma)": each part alone is a name too.
  const bracket = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (bracket?.[1] && bracket[2]) out.push(bracket[1], bracket[2]);
  return out;
}

/** Every country the gazetteer's places name, with its English name and normalised keys. */
export function countryNames(codesInData: Iterable<string>): CountryNames[] {
  const long = new Intl.DisplayNames(['en'], { type: 'region' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
  const alpha3ByCode = new Map(isoCountries().map((c) => [c.alpha2, c.alpha3]));
  const codes = new Set([...codesInData, ...alpha3ByCode.keys()]);
  const out: CountryNames[] = [];
  for (const code of [...codes].sort()) {
    const name = long.of(code);
    // ICU echoes a code it does not know.
    if (!name || name === code) continue;
    const names = [name, short.of(code) ?? name, ...(ALIASES[code] ?? [])];
    names.push(...(PARTS_OF_ONE_COUNTRY[code] ?? []));
    const keys = [...new Set(names.flatMap(spellings).map(placeKey))].filter(Boolean);
    out.push({ code, alpha3: alpha3ByCode.get(code) ?? '', name, keys });
  }
  return out;
}
