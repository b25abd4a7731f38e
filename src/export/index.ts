/** The export formats behind one call, for `crtx export` and `crtx extract --stdout --format`. */
import type { CrtxRecord } from '../record/schema.js';
import { recordsToCsv, type CsvWriteOptions } from './csv.js';
import { ftmLines, recordsToFtm } from './ftm.js';
import { recordsToStix } from './stix.js';

export const EXPORT_FORMATS = ['csv', 'stix', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The records in a format, as the text of one file. */
export function exportRecords(format: ExportFormat, records: Iterable<CrtxRecord>, options: CsvWriteOptions = {}): string {
  if (format === 'csv') return recordsToCsv(records, options);
  if (format === 'stix') return JSON.stringify(recordsToStix(records), null, 2) + '\n';
  return ftmLines(recordsToFtm(records));
}
