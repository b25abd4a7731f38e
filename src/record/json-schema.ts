/** The published JSON Schemas, generated from the zod schemas (the single source of truth). */
import { z } from 'zod';
import { DiffSchema, DIFF_SCHEMA_VERSION } from '../diff/schema.js';
import { RecordSchema } from './schema.js';
import { SCHEMA_VERSION } from './version.js';

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://crtx.invalid/schemas/record-${SCHEMA_VERSION}.schema.json`,
    title: 'crtx organization record',
    ...schema,
  };
}

export function diffJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DiffSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://crtx.invalid/schemas/diff-${DIFF_SCHEMA_VERSION}.schema.json`,
    title: 'crtx year-over-year diff',
    ...schema,
  };
}

/** Stable, human-readable JSON: two-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
