import { diffJsonSchema, recordJsonSchema, stableJson } from './json-schema.js';
import { SCHEMA_FILES } from './validate.js';

/** Every published schema file and its generated content. */
export function publishedSchemas(): Record<string, string> {
  return { [SCHEMA_FILES.record]: stableJson(recordJsonSchema()), [SCHEMA_FILES.diff]: stableJson(diffJsonSchema()) };
}
