/**
 * Reads coordinate cells of a user's file: decimal degrees with a point or a decimal comma,
 * hemisphere letters, degrees-minutes-seconds in the usual spellings, and both coordinates in
 * one cell ("lat, lon", WKT "POINT (lon lat)"). Runs on every row of a file, up to a million:
 * plain decimal degrees, by far the most common, cost one regex test and a Number().
 *
 * Swap detection: the apply step needs the raw numbers even when a "latitude" is out of range,
 * so it reads both columns of a sample with readNumberish (no range or axis check), hands the
 * pairs to looksSwapped, and when that says so reads every row with the columns exchanged
 * (Reading.swapLatLon) through readCoordinate, which then checks the ranges.
 */

export type Axis = 'lat' | 'lon';
type Hemisphere = 'N' | 'S' | 'E' | 'W';

interface Angle {
  /** Signed degrees, S and W already negative. */
  degrees: number;
  hemisphere: Hemisphere | null;
}

const LIMIT: Record<Axis, number> = { lat: 90, lon: 180 };
const AXIS_NAME: Record<Axis, string> = { lat: 'latitude', lon: 'longitude' };
const AXIS_OF: Record<Hemisphere, Axis> = { N: 'lat', S: 'lat', E: 'lon', W: 'lon' };

/** Decimal degrees with a point; no exponents, so "1e5", "0x1A", "Infinity" never pass. */
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** One comma and no point is a decimal comma ("25,3"): thousands never appear in degrees. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DEGREE_MARK = String.raw`(?:\s*(?:°|º|˚|deg|d|:)\s*|\s+)`;
const MINUTE_MARK = String.raw`(?:\s*(?:'|′|’|‘|min|m|:)\s*|\s+)`;
const SECOND_MARK = String.raw`(?:\s*(?:"|″|”|“|''|′′|’’|sec|s))`;
/** 33°18'30", 33° 18′ 30″, 33 18 30, 33°18.5', 33:18:30, 33d18m30s, 33°. */
const DMS = new RegExp(
  String.raw`^${NUMBER}${DEGREE_MARK}(?:${NUMBER}(?:${MINUTE_MARK}(?:${NUMBER}${SECOND_MARK}?)?)?)?$`,
  'i',
);
const LEADING_HEMISPHERE = /^([NSEW])(?![a-z])\s*/i;
const TRAILING_HEMISPHERE = /(?<![a-z])\s*([NSEW])$/i;
/** "…18m30s": that s is seconds, not south. */
const SECONDS_LETTER = /\dm\s*\d+(?:[.,]\d+)?\s*s$/i;

const toNumber = (text: string) => Number(text.replace(',', '.'));

function readDms(body: string): number | string | null {
  const match = DMS.exec(body);
  if (!match) return null;
  const [, degreeText = '', minuteText, secondText] = match;
  const degrees = toNumber(degreeText);
  const minutes = minuteText === undefined ? 0 : toNumber(minuteText);
  const seconds = secondText === undefined ? 0 : toNumber(secondText);
  if (minuteText !== undefined && !Number.isInteger(degrees)) {
    return 'degrees with minutes must be whole';
  }
  if (secondText !== undefined && !Number.isInteger(minutes)) {
    return 'minutes with seconds must be whole';
  }
  if (minutes >= 60) return 'minutes must be below 60';
  if (seconds >= 60) return 'seconds must be below 60';
  return degrees + minutes / 60 + seconds / 3600;
}

/** The hemisphere letter before or after the degrees, and the degrees without it. */
function splitHemisphere(text: string): { body: string; hemisphere: Hemisphere | null } | string {
  let body = text;
  let hemisphere: Hemisphere | null = null;
  const leading = LEADING_HEMISPHERE.exec(body);
  if (leading) {
    hemisphere = (leading[1] ?? '').toUpperCase() as Hemisphere;
    body = body.slice(leading[0].length);
  }
  const trailing = SECONDS_LETTER.test(body) ? null : TRAILING_HEMISPHERE.exec(body);
  if (trailing) {
    if (hemisphere) return 'it has two hemisphere letters';
    hemisphere = (trailing[1] ?? '').toUpperCase() as Hemisphere;
    body = body.slice(0, trailing.index);
  }
  return { body: body.trimEnd(), hemisphere };
}

/** Degrees in any spelling this module knows, or a reason (a string), or null for no number. */
function readAngle(text: string): Angle | string | null {
  if (PLAIN.test(text)) return { degrees: Number(text), hemisphere: null };
  if (DECIMAL_COMMA.test(text)) return { degrees: toNumber(text), hemisphere: null };
  const negative = text.startsWith('-');
  const unsigned = negative || text.startsWith('+') ? text.slice(1).trimStart() : text;
  if (unsigned.startsWith('-') || unsigned.startsWith('+')) return null;
  const split = splitHemisphere(unsigned);
  if (typeof split === 'string') return split;
  const { body, hemisphere } = split;
  if (hemisphere && negative) return 'it has both a minus sign and a hemisphere letter';
  const degrees = PLAIN.test(body) || DECIMAL_COMMA.test(body) ? toNumber(body) : readDms(body);
  if (typeof degrees !== 'number') return degrees;
  const south = negative || hemisphere === 'S' || hemisphere === 'W';
  return { degrees: south ? -degrees : degrees, hemisphere };
}

/** A cell quoted for a message, cut short when long. */
const quote = (text: string): string =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

const noZero = (value: number) => (value === 0 ? 0 : value);

function checked(text: string, angle: Angle, axis: Axis): number | { error: string } {
  const name = AXIS_NAME[axis];
  if (angle.hemisphere && AXIS_OF[angle.hemisphere] !== axis) {
    const other = AXIS_NAME[AXIS_OF[angle.hemisphere]];
    return { error: `${quote(text)} is a ${other} (${angle.hemisphere}), not a ${name}` };
  }
  const limit = LIMIT[axis];
  if (!(Math.abs(angle.degrees) <= limit)) {
    return { error: `${text} is out of range (${name} must be between -${limit} and ${limit})` };
  }
  return noZero(angle.degrees);
}

function notA(text: string, axis: Axis, why: string | null): { error: string } {
  const what = `${quote(text)} is not a ${AXIS_NAME[axis]}`;
  return { error: why ? `${what}: ${why}` : what };
}

/** One coordinate, checked against its axis (hemisphere letter and range). */
export function readCoordinate(cell: string, axis: Axis): number | { error: string } {
  const text = cell.trim();
  if (text === '') return { error: 'is empty' };
  const angle = readAngle(text);
  if (angle === null || typeof angle === 'string') return notA(text, axis, angle);
  return checked(text, angle, axis);
}

/** The signed degrees a cell holds, with no range or axis check (for swap detection); or null. */
export function readNumberish(cell: string): number | null {
  const angle = readAngle(cell.trim());
  return angle === null || typeof angle === 'string' ? null : noZero(angle.degrees);
}

const PLAIN_PAIR = /^([+-]?\d+(?:\.\d+)?)\s*(?:[,;]|\s)\s*([+-]?\d+(?:\.\d+)?)$/;
const WKT_POINT =
  /^(?:srid=(\d+)\s*;\s*)?point\s*(?:zm|z|m)?\s*\(\s*(\S+)\s+([^\s)]+)(?:\s+[^\s)]+){0,2}\s*\)$/i;
const BRACKETED = /^[([]\s*(.*?)\s*[)\]]$/;
const SPLIT_AFTER_COMMA = /\s*,\s+/;
const BLANKS = /\s+/g;

type Point = { lat: number; lon: number };
type PointReading = Point | { error: string };

/** `swapped`: the cell has the two the other way round, so they are exchanged before checking. */
function pointOf(text: string, first: Angle, second: Angle, swapped = false): PointReading {
  const [lat, lon] = swapped ? [second, first] : [first, second];
  const readLat = checked(text, lat, 'lat');
  if (typeof readLat !== 'number') return readLat;
  const readLon = checked(text, lon, 'lon');
  if (typeof readLon !== 'number') return readLon;
  return { lat: readLat, lon: readLon };
}

/** Two parts as latitude and longitude, in either order when their letters say which is which. */
function pairOf(first: string, second: string): [Angle, Angle] | null {
  const a = readAngle(first.trim());
  const b = readAngle(second.trim());
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return null;
  const axisA = a.hemisphere && AXIS_OF[a.hemisphere];
  const axisB = b.hemisphere && AXIS_OF[b.hemisphere];
  if (axisA && axisA === axisB) return null;
  return axisA === 'lon' || axisB === 'lat' ? [b, a] : [a, b];
}

/** Where a cell of two coordinates may be cut, the likeliest first; [] when it cannot be. */
function cuts(text: string): [string, string][] {
  if (text.includes(';')) {
    const parts = text.split(';');
    return parts.length === 2 ? [[parts[0] ?? '', parts[1] ?? '']] : [];
  }
  const commas = text.split(',').length - 1;
  if (commas === 1) {
    const at = text.indexOf(',');
    return [[text.slice(0, at), text.slice(at + 1)]];
  }
  if (commas > 1) {
    // Decimal commas in both parts: "25,3, 51,5" is cut where a space follows the comma.
    const parts = text.split(SPLIT_AFTER_COMMA);
    if (parts.length === 2) return [[parts[0] ?? '', parts[1] ?? '']];
  }
  // Blanks: "25.3 51.5", "25,3 51,5", "33 18 30 N 44 22 0 E"; every blank is a candidate.
  const found: [string, string][] = [];
  for (const blank of text.matchAll(BLANKS)) {
    found.push([text.slice(0, blank.index), text.slice(blank.index + blank[0].length)]);
  }
  return found;
}

const notAPoint = (text: string): { error: string } => ({
  error: `${quote(text)} is not a point (write "lat, lon" or POINT (lon lat))`,
});

/** WKT POINT (lon lat), its SRID checked. */
function wktPoint(text: string, wkt: RegExpExecArray, swapped: boolean): PointReading {
  const [, srid, lonText = '', latText = ''] = wkt;
  if (srid !== undefined && srid !== '4326') {
    return {
      error: `${quote(text)} is in SRID ${srid}; only 4326 (longitude, latitude) is read`,
    };
  }
  if (!PLAIN.test(lonText) || !PLAIN.test(latText)) return notAPoint(text);
  return pointOf(
    text,
    { degrees: Number(latText), hemisphere: null },
    { degrees: Number(lonText), hemisphere: null },
    swapped,
  );
}

/**
 * Both coordinates from one cell: "lat, lon", "lat lon", "(lat, lon)", "lat;lon", decimal
 * commas with ";" or blanks between ("25,3; 51,5"), degrees-minutes-seconds pairs whose letters
 * place them (either order), and WKT POINT (lon lat), POINT Z, SRID=4326;POINT (lon lat).
 * `swapped`: the column writes them the other way round ("lon, lat"), so they are exchanged
 * before the range check, which would refuse "139.69, 35.68"; hemisphere letters still decide.
 */
export function readPoint(cell: string, { swapped = false } = {}): PointReading {
  const text = cell.trim();
  if (text === '') return { error: 'is empty' };
  // "25,3" is one number with a decimal comma, not the point (25, 3).
  if (DECIMAL_COMMA.test(text)) return notAPoint(text);
  const plain = PLAIN_PAIR.exec(text);
  if (plain) {
    const lat = Number(plain[1]);
    const lon = Number(plain[2]);
    return pointOf(
      text,
      { degrees: lat, hemisphere: null },
      { degrees: lon, hemisphere: null },
      swapped,
    );
  }
  const wkt = WKT_POINT.exec(text);
  if (wkt) return wktPoint(text, wkt, swapped);
  const inner = BRACKETED.exec(text)?.[1] ?? text;
  const pairs: [Angle, Angle][] = [];
  for (const [first, second] of cuts(inner)) {
    const pair = pairOf(first, second);
    if (pair) pairs.push(pair);
  }
  if (pairs.length > 1) {
    return { error: `${quote(text)} can be cut into two coordinates in more than one way` };
  }
  const [pair] = pairs;
  if (!pair) return notAPoint(text);
  // Hemisphere letters already say which is which: no swap undoes them.
  const lettered = pair[0].hemisphere !== null || pair[1].hemisphere !== null;
  return pointOf(text, pair[0], pair[1], swapped && !lettered);
}

/**
 * A few stray latitudes over 90 in a file that otherwise fits either way are typos, not a swap:
 * the pairs that fit only swapped must be at least this share of all pairs.
 */
const MIN_SWAPPED_SHARE = 0.05;

/**
 * Whether the latitude and longitude columns look exchanged. Only pairs that fit one way alone
 * are evidence: those possible only swapped (latitude beyond ±90 while the longitude would fit as
 * one) must be at least 80% of them, and not a handful of strays; or every latitude is beyond
 * ±90 yet within ±180. Pairs that fit either way (both within ±90, as everywhere between the
 * Atlantic and India) tell nothing, so they neither make nor unmake a swap: a swapped sheet of
 * Iraq and Japan is swapped though Iraq's rows read either way. Takes raw numbers
 * (readNumberish), since readCoordinate refuses the very latitudes that give a swap away.
 */
export function looksSwapped(pairs: readonly { lat: number; lon: number }[]): boolean {
  let counted = 0;
  let onlySwapped = 0;
  let onlyAsGiven = 0;
  let latsFitOnlyAsLon = 0;
  for (const { lat, lon } of pairs) {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    counted += 1;
    const latFitsAsLon = Math.abs(lat) > 90 && Math.abs(lat) <= 180;
    const lonFitsAsLat = Math.abs(lon) <= 90;
    if (latFitsAsLon) latsFitOnlyAsLon += 1;
    if (latFitsAsLon && lonFitsAsLat) onlySwapped += 1;
    if (Math.abs(lat) <= 90 && !lonFitsAsLat && Math.abs(lon) <= 180) onlyAsGiven += 1;
  }
  if (counted === 0) return false;
  if (latsFitOnlyAsLon === counted) return true;
  const decisive = onlySwapped + onlyAsGiven;
  return (
    onlySwapped > 0 && onlySwapped >= 0.8 * decisive && onlySwapped >= MIN_SWAPPED_SHARE * counted
  );
}
