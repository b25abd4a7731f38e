/** Every published schema file and its content, generated from the zod schemas (`npm run schema` writes them; a test compares). */
import { diffJsonSchema } from '../src/diff/json-schema.js';
import { recordJsonSchema, stableJson } from '../src/record/json-schema.js';
import { SCHEMA_FILES } from '../src/record/validate.js';

export function publishedSchemas(): Record<string, string> {
  return { [SCHEMA_FILES.record]: stableJson(recordJsonSchema()), [SCHEMA_FILES.diff]: stableJson(diffJsonSchema()) };
}
