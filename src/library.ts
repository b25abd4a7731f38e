/**
 * What the CLI does, as functions: read any input (text, a chapter, a saved
 * web page, the report PDF) from bytes into records, one at a time; compare
 * two years; write records as CSV, STIX 2.1 or FollowTheMoney. The CLI adds
 * arguments, files and exit codes only.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostics.js';
import { diffRecords } from './diff/index.js';
import type { DiffReport } from './diff/schema.js';
import { recordsToCsv, type CsvTable } from './export/csv.js';
import { recordsToFtm, type FtmEntity } from './export/ftm.js';
import { recordsToStix, type StixBundle } from './export/stix.js';
import { textReader } from './export/texts.js';
import type { InputFormat } from './ingest/format.js';
import { documentPieces } from './ingest/large-text.js';
import { extractRecords, planDocument } from './pipeline.js';
import type { CrtxRecord } from './record/schema.js';
import { shiftEvidence } from './record/shift.js';
import { positionsIn, type Positions } from './text/positions.js';

export interface ExtractOptions {
  /** The input's name, as records (source.path) and messages give it; default "<input>". */
  path?: string;
  /** Read the input as this format; default: detected from its content (%PDF-, an HTML tag, else text). */
  format?: InputFormat;
  /** The report year, for a chapter whose text does not state it. */
  year?: number | null;
  /** Clean UTF-8 text from this many bytes on is read in profile-aligned pieces (default 8 MB). */
  streamFromBytes?: number;
  /** Bytes decoded at a time when reading in pieces (default 1 MB). */
  pieceBytes?: number;
  /** Asked between profiles (a Ctrl-C): true ends the input there; every record made so far has been handed on whole. */
  stopped?: () => boolean;
  /** Each message about the input, as it is found. */
  onDiagnostic?: (found: Found) => void;
  /**
   * A text the records' offsets point into, when it is not the input itself
   * (HTML, PDF, repaired or re-decoded text): `path` is relative to the
   * output folder, as each record's source.textPath names it.
   */
  onText?: (path: string, text: string) => void;
}

/** A message about an input, with where it points. */
export interface Found {
  diagnostic: Diagnostic;
  /** The text the position is in, when it is not the input: a path relative to the output folder (see onText). */
  textPath: string | null;
  /** 1-based line and column of the diagnostic's evidence; null when it has none. */
  line: number | null;
  column: number | null;
  /** `document`: about the input as a whole (an error here means the input failed); `record`: kept in a record's diagnostics. */
  scope: 'document' | 'record';
}

const encoder = new TextEncoder();

/**
 * An input's records, each handed on as soon as it is made (a 50 MB chapter
 * is never held as a list of records). A string is the text itself, read as
 * UTF-8 bytes would be. Throws ReadError for a PDF that cannot be read and
 * DecodeError for bytes that are not text.
 */
export async function* extract(input: Uint8Array | string, options: ExtractOptions = {}): AsyncGenerator<CrtxRecord, void, undefined> {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const path = options.path ?? '<input>';
  const year = options.year ?? null;
  let made = 0;
  // A large clean text is read a profile-aligned piece at a time; anything else as one document.
  for await (const { doc, base, baseLine } of documentPieces(path, bytes, { ...options, year })) {
    const plan = planDocument(doc, { year });
    if (plan.textPath) options.onText?.(plan.textPath, doc.text);
    let positions: Positions | null = null;
    const report = (diagnostic: Diagnostic, scope: Found['scope']) => {
      if (!options.onDiagnostic) return;
      const at = diagnostic.evidence ? (positions ??= positionsIn(doc.text))(diagnostic.evidence.start) : null;
      options.onDiagnostic({ diagnostic, textPath: plan.textPath, line: at ? at.line + baseLine : null, column: at?.column ?? null, scope });
    };
    plan.diagnostics.forEach((d) => report(d, 'document'));
    const documentWide = new Set(doc.diagnostics);
    for (const { record, diagnostics } of extractRecords(doc, plan)) {
      // Between profiles the event loop runs once, so a Ctrl-C (or a worker's stop message) is seen here.
      if (made > 0 && options.stopped && (await new Promise((resolve) => setImmediate(resolve)), options.stopped())) return;
      made++;
      diagnostics.forEach((d) => report(d, 'document'));
      if (!record) continue;
      record.diagnostics.filter((d) => !documentWide.has(d as Diagnostic)).forEach((d) => report(d as Diagnostic, 'record'));
      yield shiftEvidence(record, base);
    }
  }
}

/** A file's records (relative paths stay relative in source.path). */
export async function* extractFile(path: string, options: Omit<ExtractOptions, 'path'> = {}): AsyncGenerator<CrtxRecord, void, undefined> {
  yield* extract(await readFile(path), { ...options, path });
}

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
