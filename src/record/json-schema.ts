/** The published JSON Schemas, generated from the zod schemas (the single source of truth). */
import { z } from 'zod';
import { RecordSchema } from './schema.js';
import { SCHEMA_VERSION } from './version.js';

/** A zod schema as a published draft 2020-12 JSON Schema, with a versioned $id. */
export function published(schema: z.ZodType, name: string, version: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: json.$schema, $id: `https://crtx.invalid/schemas/${name}-${version}.schema.json`, title, ...json };
}

export const recordJsonSchema = () => published(RecordSchema, 'record', SCHEMA_VERSION, 'crtx organization record');

export { stableJson } from './stable-json.js';
