// The dataset format as JSON Schema, for people and tools outside the app.
import { z } from '../zod';
import { datasetSchema } from './schema';

export function datasetJsonSchema(): object {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://interreg-map.invalid/dataset.schema.json',
    title: 'Interreg cooperation map dataset',
    description: 'Projects, partners, programmes and the sources of every fact. See docs/data-format.md.',
  };
}
