/**
 * Input bytes → records, one at a time: the library's extract, in a module of
 * its own so that extracting loads none of the diff and export code (start-up
 * of `crtx extract` pays only for what it runs). src/library.ts re-exports it.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostics.js';
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
