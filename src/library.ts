/**
 * What the CLI does, as functions: read any input (text, a chapter, a saved
 * web page, the report PDF) from bytes into records, one at a time; compare
 * two years; write records as CSV, STIX 2.1 or FollowTheMoney. The CLI adds
 * arguments, files and exit codes only.
 */
import { diffRecords } from './diff/index.js';
import type { DiffReport } from './diff/schema.js';
import { recordsToCsv, type CsvTable } from './export/csv.js';
import { recordsToFtm, type FtmEntity } from './export/ftm.js';
import { recordsToStix, type StixBundle } from './export/stix.js';
import { textReader } from './export/texts.js';
import type { CrtxRecord } from './record/schema.js';

export { extract, extractFile, type ExtractOptions, type Found } from './read.js';

/** What changed between two sets of records, usually two report years (as `crtx diff --format json`). */
export function diff(oldRecords: Iterable<CrtxRecord>, newRecords: Iterable<CrtxRecord>, names: { old?: string; new?: string } = {}): DiffReport {
  return diffRecords({ source: names.old ?? 'old', records: [...oldRecords] }, { source: names.new ?? 'new', records: [...newRecords] });
}

export type RecordSource = Iterable<CrtxRecord> | AsyncIterable<CrtxRecord>;

async function collect(records: RecordSource): Promise<CrtxRecord[]> {
  const out: CrtxRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

/** One STIX 2.1 bundle; organizations matched across the years given share ids. */
export async function toStix(records: RecordSource): Promise<StixBundle> {
  return recordsToStix(await collect(records));
}

/** FollowTheMoney entities (write each as a line of JSON for FtM's JSON Lines). */
export async function toFtm(records: RecordSource): Promise<FtmEntity[]> {
  return recordsToFtm(await collect(records));
}

export interface CsvOptions {
  /** Which facts, one row each; default organizations. */
  table?: CsvTable;
  /** A byte-order mark and formula escaping, for spreadsheets. */
  excel?: boolean;
  /** The folder texts were written to beside the records, for the incidents' quoted evidence; default "output". */
  texts?: string;
}

/** One table of the records as CSV text (RFC 4180, CRLF). */
export async function toCsv(records: RecordSource, options: CsvOptions = {}): Promise<string> {
  return recordsToCsv(await collect(records), { table: options.table, excel: options.excel, textOf: textReader(options.texts ?? 'output').textOf });
}
