// Writes public/data/events.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { datasetJsonSchema } from '../src/domain/events/json-schema';

const target = fileURLToPath(new URL('../public/data/events.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
