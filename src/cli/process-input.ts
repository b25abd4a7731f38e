/**
 * One input file → its records, the texts to write beside them, and its
 * messages already formatted (path:line:column needs the text, which stays
 * here). Pure apart from reading the file, so worker threads run it as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { DecodeError, ReadError } from '../ingest/document.js';
import type { InputFormat } from '../ingest/format.js';
import { extractBytes } from '../pipeline.js';
import type { CrtxRecord } from '../record/schema.js';
import { formatDiagnostic } from './report.js';

export interface InputOptions {
  format?: InputFormat;
  year?: number | null;
  verbose?: boolean;
  /** The output folder: messages about a derived text point into the copy written there. */
  outDir: string;
}

export interface InputResult {
  /** The path as shown in messages (<stdin> for -). */
  shown: string;
  records: CrtxRecord[];
  texts: Array<[string, string]>;
  messages: string[];
  failed: boolean;
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

export async function processInput(path: string, options: InputOptions, stdin?: Uint8Array): Promise<InputResult> {
  const shown = path === '-' ? '<stdin>' : path;
  const fail = (code: string, message: string): InputResult => ({ shown, records: [], texts: [], messages: [`${shown}: error [${code}] ${message}`], failed: true });
  let bytes: Uint8Array;
  try {
    bytes = stdin ?? readFileSync(path);
  } catch (error) {
    return fail('unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions`);
  }
  if (bytes.length === 0) return fail('empty', 'the file is empty; expected a profile, a chapter, a saved web page or the report PDF');
  let result;
  try {
    result = await extractBytes(shown, bytes, { format: options.format, year: options.year ?? null });
  } catch (error) {
    if (error instanceof DecodeError) {
      const { line, column } = bytePosition(bytes, error.offset);
      return { ...fail('not-text', `${error.message}; check that this is the right file`), messages: [`${shown}:${line}:${column}: error [not-text] ${error.message}; check that this is the right file`] };
    }
    if (error instanceof ReadError) return fail('not-readable', error.message);
    // A bug of ours must not stop the batch: the other inputs still run, and the message says what to send.
    const detail = process.env.CRTX_DEBUG ? `\n${(error as Error).stack}` : ' (set CRTX_DEBUG=1 for the stack trace)';
    return fail('internal-error', `crtx failed on this input: ${(error as Error).message}. Please report it with the input file${detail}`);
  }
  // Positions in a derived text (HTML, PDF, repaired) are positions in the copy written to the output folder.
  const [derived] = result.texts;
  const where = derived ? join(options.outDir, derived[0]) : shown;
  const text = derived ? derived[1] : new TextDecoder().decode(bytes);
  const messages: string[] = [];
  const report = (d: Diagnostic) => {
    if (d.severity === 'info' && !options.verbose) return;
    messages.push(formatDiagnostic(d.evidence ? where : shown, text, d));
  };
  const seen = new Set(result.diagnostics);
  result.diagnostics.forEach(report);
  for (const r of result.records) r.diagnostics.filter((d) => !seen.has(d as Diagnostic)).forEach((d) => { seen.add(d as Diagnostic); report(d as Diagnostic); });
  const failed = result.records.length === 0 || result.diagnostics.some((d) => d.severity === 'error');
  return { shown, records: result.records, texts: [...result.texts], messages, failed };
}
