/** "Fixture: twenty events" → "fixture-twenty-events": for file names and ids; '' when nothing is left. */
export function slugOf(text: string, maxLength = 48): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
