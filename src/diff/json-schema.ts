/** The diff report's published JSON Schema, generated from its zod schema. */
import { published } from '../record/json-schema.js';
import { DiffSchema, DIFF_SCHEMA_VERSION } from './schema.js';

export const diffJsonSchema = () => published(DiffSchema, 'diff', DIFF_SCHEMA_VERSION, 'crtx year-over-year diff');
