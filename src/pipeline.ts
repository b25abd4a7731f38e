/**
 * The straight line from a document to validated records:
 *   document → profile ranges → profile structure → field rules → record → schema check.
 * The CLI, the worker threads and the library API all call this; none adds extraction logic.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';
import { createContext } from './extract/context.js';
import { direct, extractFields, type Measure } from './extract/index.js';
import { documentFromBytes, readDocument, type Document, type ReadOptions } from './ingest/document.js';
import { parseProfile } from './profile/parse-profile.js';
import { findProfiles, type ProfileRange } from './layout/split.js';
import { buildRecord } from './record/build.js';
import type { CrtxRecord } from './record/schema.js';
import { recordProblems } from './record/validate.js';

export interface ExtractResult {
  records: CrtxRecord[];
  /** Problems with the document as a whole (no profile found, no year, undecodable, invalid record). */
  diagnostics: Diagnostic[];
  /**
   * Texts to write beside the records (path relative to the output folder → text),
   * when offsets refer to a text that is not the input file (HTML, PDF, repaired or re-encoded text).
   */
  texts: Map<string, string>;
}

export interface ExtractOptions extends ReadOptions {
  /** --year: the report year when the text does not state it. */
  year?: number | null;
}

/**
 * Where the text of a derived document goes, relative to the output folder:
 * YEAR/text-HASH.txt, named from the text itself (first 16 hex digits of its
 * SHA-256), so two inputs can never write over each other's text and one
 * chapter's text serves all its records.
 */
function derivedTextPath(doc: Document, year: number): string {
  return `${year}/text-${createHash('sha256').update(doc.text).digest('hex').slice(0, 16)}.txt`;
}

export interface DocumentPlan {
  profiles: ProfileRange[];
  /** Problems with the document as a whole (decoding, no profile, no year). */
  diagnostics: Diagnostic[];
  /** The text to write beside the records, when offsets do not point into the input file. */
  textPath: string | null;
}

/** Where the document's profiles are, before any of them is read. */
export function planDocument(doc: Document, options: ExtractOptions = {}): DocumentPlan {
  const { profiles, diagnostics: found } = findProfiles(doc.view, { year: options.year ?? null, yearHint: doc.yearHint, chapterNumber: doc.chapterNumberHint });
  const textPath = doc.textDiffersFromFile && profiles.length > 0 ? derivedTextPath(doc, profiles[0]!.title.year) : null;
  return { profiles, diagnostics: [...doc.diagnostics, ...found], textPath };
}

/** One profile → its record, validated against the published schema; null (with a diagnostic) when it does not validate. */
export function extractProfile(doc: Document, range: ProfileRange, textPath: string | null, measure: Measure = direct): { record: CrtxRecord | null; diagnostics: Diagnostic[] } {
  const ctx = measure('sections', () => {
    const context = createContext(doc.text, doc.view, parseProfile(doc.view, range.title, range.end));
    context.diagnostics.unshift(...doc.diagnostics);
    if (context.profile.sections.length === 0) {
      context.diagnostics.push({
        severity: 'warning',
        code: 'empty-profile',
        message: 'The profile has a title but no sections (no "Description:", "Activities:", ...), so its record holds only names; check that the whole profile was given.',
        evidence: { section: 'title', ...range.title.span },
      });
    }
    return context;
  });
  const fields = extractFields(ctx, measure);
  const record = measure('build', () => buildRecord(doc, ctx, fields, textPath));
  const problems = measure('validate', () => recordProblems(record));
  if (problems.length === 0) return { record, diagnostics: [] };
  return {
    record: null,
    diagnostics: [
      {
        severity: 'error',
        code: 'invalid-record',
        message: `Record ${record.id} does not validate against schemas/record.schema.json and was not written: ${problems.join('; ')}`,
        evidence: { section: 'title', ...range.title.span },
      },
    ],
  };
}

/** Every record of a document, in document order (one at a time: callers can write each and let it go). */
export function* extractRecords(doc: Document, plan: DocumentPlan): Generator<{ record: CrtxRecord | null; diagnostics: Diagnostic[] }> {
  for (const range of plan.profiles) yield extractProfile(doc, range, plan.textPath);
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const plan = planDocument(doc, options);
  const texts = new Map<string, string>();
  if (plan.textPath) texts.set(plan.textPath, doc.text);
  const records: CrtxRecord[] = [];
  const diagnostics = [...plan.diagnostics];
  for (const { record, diagnostics: found } of extractRecords(doc, plan)) {
    if (record) records.push(record);
    diagnostics.push(...found);
  }
  return { records, diagnostics, texts };
}

/** Read one file synchronously (text or HTML; relative paths stay relative) and extract its records. */
export function extractFile(path: string, options: ExtractOptions = {}): ExtractResult {
  return extractDocument(documentFromBytes(path, readFileSync(path), options), options);
}

/** Any input format, PDF included. */
export async function extractBytes(path: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  return extractDocument(await readDocument(path, bytes, options), options);
}
