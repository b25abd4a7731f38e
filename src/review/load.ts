/**
 * What `crtx review` shows: records, each with the text its offsets point
 * into. Inputs are either records (a year under the output folder, a folder
 * of records, a .json or .jsonl file: the text is found beside them or at
 * source.path) or anything `crtx extract` reads (then the extraction runs
 * here, in memory, through the same per-input function the CLI uses).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { expandInputs, INPUT_EXTENSIONS } from '../cli/inputs.js';
import { processInput } from '../cli/process-input.js';
import { loadSide, SideError } from '../diff/load.js';
import type { InputFormat } from '../ingest/format.js';
import type { CrtxRecord } from '../record/schema.js';

export interface ReviewItem {
  record: CrtxRecord;
  /** The text the record's offsets point into; null when it could not be found (the page then shows the facts only). */
  text: string | null;
  /** Where the text came from, as shown on the page. */
  textSource: string;
}

export interface ReviewInputs {
  items: ReviewItem[];
  /** Messages for standard error, path:line:column: severity [code] message. */
  messages: string[];
  /** Some input gave no records, or a record's text is missing or does not match. */
  failed: boolean;
}

export interface ReviewOptions {
  outDir: string;
  format?: InputFormat;
  year?: number | null;
}

export class ReviewInputError extends Error {}

const isYear = (arg: string) => /^(?:19|20)\d\d$/.test(arg);

/**
 * A year (under the output folder), a .json/.jsonl file, or a folder of
 * records (it has a profiles.jsonl, as every year crtx extract writes, or
 * .json files and nothing extract reads): read as records; anything else is extracted.
 */
function holdsRecords(arg: string): boolean {
  if (!existsSync(arg)) return isYear(arg);
  if (!statSync(arg).isDirectory()) return ['.json', '.jsonl'].includes(extname(arg).toLowerCase());
  const names: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.')) walk(join(dir, e.name));
      else names.push(e.name);
    }
  };
  walk(arg);
  return names.includes('profiles.jsonl') || (names.some((n) => n.endsWith('.json')) && !names.some((n) => INPUT_EXTENSIONS.has(extname(n).toLowerCase())));
}

/**
 * Every input file through the extract command's per-input function: the one
 * place the review is coupled to the extraction pipeline.
 */
async function extractInMemory(files: string[], options: ReviewOptions, stdin: () => Uint8Array) {
  const records: CrtxRecord[] = [];
  const derived = new Map<string, string>();
  const messages: string[] = [];
  let failed = false;
  for (const file of files) {
    const summary = await processInput(
      file,
      { outDir: options.outDir, format: options.format, year: options.year ?? null },
      { record: (r) => records.push(r), message: (m) => messages.push(m), text: (path, text) => derived.set(path, text) },
      file === '-' ? stdin() : undefined,
    );
    failed ||= summary.failed;
  }
  return { records, derived, messages, failed };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function loadReviewInputs(args: readonly string[], options: ReviewOptions): Promise<ReviewInputs> {
  const messages: string[] = [];
  let failed = false;
  let stdinBytes: Uint8Array | null = null;
  const stdin = () => (stdinBytes ??= readFileSync(0));
  const found: Array<{ record: CrtxRecord; textOf: () => { text: string | null; source: string } }> = [];

  /** The text a record points into: its derived text (source.textPath under one of the folders) or its input file, checked against source.sha256. */
  const textFor = (record: CrtxRecord, folders: string[], derived: Map<string, string>) => (): { text: string | null; source: string } => {
    const key = `${record.source.textPath ?? record.source.path}\0${record.source.sha256}`;
    if (!texts.has(key)) texts.set(key, findText(record, folders, derived));
    return texts.get(key)!;
  };
  /** Each text is looked up (and complained about) once, however many records point into it. */
  const texts = new Map<string, { text: string | null; source: string }>();
  const findText = (record: CrtxRecord, folders: string[], derived: Map<string, string>): { text: string | null; source: string } => {
    const { textPath, path, sha256: hash } = record.source;
    if (textPath !== null) {
      if (derived.has(textPath)) return { text: derived.get(textPath)!, source: textPath };
      for (const folder of folders) {
        const candidate = join(folder, textPath);
        if (existsSync(candidate)) return { text: readFileSync(candidate, 'utf8'), source: candidate };
      }
      messages.push(`${path}:1:1: error [no-text] ${textPath}, the text the records of this input point into, is not beside the records nor under ${options.outDir}/; their facts are shown without highlights`);
      failed = true;
      return { text: null, source: textPath };
    }
    let bytes: Uint8Array;
    try {
      bytes = path === '<stdin>' ? stdin() : readFileSync(path);
    } catch {
      messages.push(`${path}:1:1: error [no-text] cannot read this input, the text its records point into; their facts are shown without highlights (run crtx review from the folder the records were made in)`);
      failed = true;
      return { text: null, source: path };
    }
    if (sha256(bytes) !== hash) {
      messages.push(`${path}:1:1: warning [text-changed] the file changed since its records were made; their highlights may be off (extract it again)`);
      failed = true;
    }
    // Offsets count a byte-order mark as the pipeline read it: keep it.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), source: path };
  };

  const toExtract: string[] = [];
  for (const arg of args) {
    if (!holdsRecords(arg)) {
      toExtract.push(arg);
      continue;
    }
    let side;
    try {
      side = loadSide(arg, options.outDir);
    } catch (error) {
      if (error instanceof SideError) throw new ReviewInputError(error.message);
      throw error;
    }
    messages.push(...side.problems);
    failed ||= side.problems.some((p) => p.includes(': error ['));
    const path = existsSync(arg) ? arg : join(options.outDir, arg);
    // textPath is YEAR/NAME.txt relative to the output folder: the folder itself, or one or two levels up from the records.
    const folders = [path, dirname(path), dirname(dirname(path)), options.outDir];
    for (const record of side.records) found.push({ record, textOf: textFor(record, folders, new Map()) });
  }
  if (toExtract.length > 0) {
    const { files, problems } = expandInputs(toExtract);
    for (const p of problems) messages.push(`${p.path}: error [no-input] ${p.message}`);
    failed ||= problems.length > 0;
    const extracted = await extractInMemory(files, options, stdin);
    messages.push(...extracted.messages);
    failed ||= extracted.failed;
    for (const record of extracted.records) found.push({ record, textOf: textFor(record, [], extracted.derived) });
  }

  const items: ReviewItem[] = [];
  const seen = new Map<string, string>();
  for (const { record, textOf } of found) {
    const other = seen.get(record.id);
    if (other !== undefined) {
      messages.push(`${record.source.path}:1:1: warning [duplicate-id] record ${record.id} was already read from ${other}; the first is shown`);
      continue;
    }
    seen.set(record.id, record.source.path);
    const { text, source } = textOf();
    items.push({ record, text, textSource: source });
  }
  return { items, messages, failed };
}
