// Writes docs/model.schema.json, the JSON Schema of a model file, from the built ModelSchema.
// Run by `npm run schema`; test/docs.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { ModelSchema } from '../dist/index.js';

const schema = {
  ...toJSONSchema(ModelSchema, { io: 'input' }),
  title: 'staffing-model model',
  description: 'A workload staffing model: officer year, collateral duties, case types with task times, offices with officers and case counts.',
};
writeFileSync(new URL('../docs/model.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
