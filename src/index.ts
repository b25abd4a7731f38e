/** The library API: everything the CLI does, without files or exit codes. */
export { extractDocument, extractFile, type ExtractResult, type ExtractOptions } from './pipeline.js';
export { documentFromBytes, documentFromText, type Document } from './ingest/document.js';
export { RecordSchema, EventSchema, SCHEMA_VERSION, type CrtxRecord, type CrtxEvent } from './record/schema.js';
export { recordProblems } from './record/validate.js';
export type { Diagnostic, Severity } from './diagnostics.js';
