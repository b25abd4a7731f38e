/** The library API: everything the CLI does, without files or exit codes (README, "Library"). */
export { extract, extractFile, diff, toStix, toFtm, toCsv, type ExtractOptions, type Found, type CsvOptions, type RecordSource } from './library.js';
export { DecodeError, ReadError } from './ingest/document.js';
export type { InputFormat } from './ingest/format.js';
export type { CrtxRecord, CrtxEvent } from './record/schema.js';
export { SCHEMA_VERSION } from './record/version.js';
export { recordProblems } from './record/validate.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export type { DiffReport } from './diff/schema.js';
export type { StixBundle, StixObject } from './export/stix.js';
export type { FtmEntity } from './export/ftm.js';
export type { CsvTable } from './export/csv.js';
