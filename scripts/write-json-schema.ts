// Writes docs/dataset.schema.json, the JSON Schema of the app's dataset format, from the zod
// schema the app validates with (so the two cannot drift apart). Run: npm run data:schema
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/domain/dataset/jsonSchema';

writeFileSync('docs/dataset.schema.json', JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log('wrote docs/dataset.schema.json');
