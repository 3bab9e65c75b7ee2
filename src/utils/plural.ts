const rules = new Intl.PluralRules('en');

/** The word that goes with a count: `event` for 1, `events` for 0, 2 or 1,000. */
export function plural(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** A count and its word, with thousands separators: "1 event", "12,345 events". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en')} ${plural(count, one, other)}`;
}
