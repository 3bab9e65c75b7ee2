import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { datasetJsonSchema } from './json-schema';

const published = fileURLToPath(
  new URL('../../../public/data/events.schema.json', import.meta.url),
);

describe('published JSON Schema', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the format)', () => {
    expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual(datasetJsonSchema());
  });
});
