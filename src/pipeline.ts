/**
 * The straight line from a document to validated records:
 *   document → profile ranges → profile structure → field rules → record → schema check.
 * The CLI, the worker threads and the library API all call this; none adds extraction logic.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { createContext } from './extract/context.js';
import { extractFields } from './extract/index.js';
import { documentFromBytes, readDocument, type Document, type ReadOptions } from './ingest/document.js';
import { parseProfile } from './profile/parse-profile.js';
import { findProfiles } from './profile/split.js';
import { buildRecord } from './record/build.js';
import type { CrtxRecord } from './record/schema.js';
import { slugify } from './record/slug.js';
import { recordProblems } from './record/validate.js';
import { collapseSpace } from './text/view.js';

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
 * YEAR/SLUG.txt for one profile, YEAR/INPUT-NAME.txt for a chapter.
 */
function derivedTextPath(doc: Document, first: { year: number; slug: string }, count: number): string {
  if (count === 1) return `${first.year}/${first.slug}.txt`;
  const base = slugify(basename(doc.path, extname(doc.path))) || `input-${doc.sha256.slice(0, 12)}`;
  return `${first.year}/${base}.txt`;
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  const texts = new Map<string, string>();
  const { profiles, diagnostics: found } = findProfiles(doc.view, { year: options.year ?? null, yearHint: doc.yearHint });
  diagnostics.push(...found);
  if (profiles.length === 0) return { records: [], diagnostics, texts };

  let textPath: string | null = null;
  if (doc.textDiffersFromFile) {
    const first = profiles[0]!.title;
    textPath = derivedTextPath(doc, { year: first.year, slug: slugify(collapseSpace(doc.text.slice(first.name.start, first.name.end))) || 'profile' }, profiles.length);
    texts.set(textPath, doc.text);
  }

  const records: CrtxRecord[] = [];
  for (const range of profiles) {
    const profile = parseProfile(doc.view, range.title, range.end);
    const ctx = createContext(doc.text, doc.view, profile);
    ctx.diagnostics.unshift(...doc.diagnostics);
    const record = buildRecord(doc, ctx, extractFields(ctx), textPath);
    const problems = recordProblems(record);
    if (problems.length > 0) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-record',
        message: `Record ${record.id} does not validate against schemas/record.schema.json and was not written: ${problems.join('; ')}`,
        evidence: { section: 'title', ...range.title.span },
      });
      continue;
    }
    records.push(record);
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
