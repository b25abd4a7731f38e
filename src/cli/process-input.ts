/**
 * One input file → the library's extract (src/read.ts): its records,
 * messages and texts handed on as they come. Here: reading the file, the
 * messages' path:line:column format, and which failures fail the input.
 * Pure apart from reading the file, so worker threads run it as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { DecodeError, ReadError } from '../ingest/document.js';
import type { PieceOptions } from '../ingest/large-text.js';
import { extract, type Found } from '../read.js';
import type { CrtxRecord } from '../record/schema.js';
import { formatDiagnostic } from './report.js';

export interface InputOptions extends PieceOptions {
  verbose?: boolean;
  /** The output folder, when texts are written: messages about a derived text point into the copy written there. */
  outDir?: string;
}

export interface InputSink {
  /** `json`: the record as compact JSON, when it was already serialized (records from worker threads come as JSON). */
  record: (record: CrtxRecord, json?: string) => void;
  message: (line: string) => void;
  /** A text the records' offsets point into, to write under the output folder. */
  text: (path: string, text: string) => void;
  /** Asked between profiles (Ctrl-C): true stops the input there, every record made so far handed on whole. */
  stopped?: () => boolean;
  /** An input is done (called by runInputs, in input order). */
  done?: (summary: InputSummary) => void;
}

export interface InputSummary {
  shown: string;
  records: number;
  failed: boolean;
  /** Stopped before its end (sink.stopped). */
  interrupted?: boolean;
}

/** 1-based line and column of a byte offset, counting lines by LF bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export async function processInput(path: string, options: InputOptions, sink: InputSink, stdin?: Uint8Array): Promise<InputSummary> {
  const shown = path === '-' ? '<stdin>' : path;
  const fail = (where: string, code: string, message: string): InputSummary => {
    sink.message(`${where}: error [${code}] ${message}`);
    return { shown, records: 0, failed: true };
  };
  let bytes: Uint8Array;
  try {
    bytes = stdin ?? readFileSync(path);
  } catch (error) {
    return fail(shown, 'unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions`);
  }
  if (bytes.length === 0) return fail(shown, 'empty', 'the file is empty; expected a profile, a chapter, a saved web page or the report PDF');
  try {
    let records = 0;
    let failed = false;
    const onDiagnostic = ({ diagnostic: d, textPath, line, column, scope }: Found) => {
      failed ||= scope === 'document' && d.severity === 'error';
      // Positions in a derived text (HTML, PDF, repaired) are positions in the copy written to the output folder.
      const where = d.evidence && textPath && options.outDir !== undefined ? join(options.outDir, textPath) : shown;
      if (d.severity !== 'info' || options.verbose) sink.message(formatDiagnostic(where, line === null ? null : () => ({ line, column: column! }), d as Diagnostic));
    };
    let stoppedHere = false;
    const stopped = sink.stopped && (() => (stoppedHere = sink.stopped!()));
    for await (const record of extract(bytes, { ...options, path: shown, year: options.year ?? null, onDiagnostic, onText: sink.text, stopped })) {
      sink.record(record);
      records++;
    }
    if (stoppedHere) return { shown, records, failed, interrupted: true };
    return { shown, records, failed: failed || records === 0 };
  } catch (error) {
    if (error instanceof DecodeError) {
      const { line, column } = bytePosition(bytes, error.offset);
      return fail(`${shown}:${line}:${column}`, 'not-text', `${error.message}; check that this is the right file`);
    }
    if (error instanceof ReadError) return fail(shown, 'not-readable', error.message);
    // A bug of ours must not stop the batch: the other inputs still run, and the message says what to send.
    const detail = process.env.CRTX_DEBUG ? `\n${(error as Error).stack}` : ' (set CRTX_DEBUG=1 for the stack trace)';
    return fail(shown, 'internal-error', `crtx failed on this input: ${(error as Error).message}. Please report it with the input file${detail}`);
  }
}
