import { z } from 'zod';

import { datasetFileSchema } from './schema';

export const SCHEMA_ID = 'https://chronomap.example/data/events.schema.json';

/** The published JSON Schema of the dataset format, derived from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetFileSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return { ...schema, $id: SCHEMA_ID, title: 'Chronomap dataset' };
}
