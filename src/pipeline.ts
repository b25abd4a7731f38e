/**
 * The straight line from a document to validated records:
 *   document → profiles → field rules → record → schema check.
 * The CLI and the library API both call this; neither adds extraction logic.
 */
import type { Diagnostic } from './diagnostics.js';
import { createContext } from './extract/context.js';
import { extractFields } from './extract/index.js';
import { readFileSync } from 'node:fs';
import { documentFromBytes, type Document } from './ingest/document.js';
import { parseProfile } from './profile/parse-profile.js';
import { buildRecord } from './record/build.js';
import type { CrtxRecord } from './record/schema.js';
import { recordProblems } from './record/validate.js';

export interface ExtractResult {
  records: CrtxRecord[];
  /** Problems with the document as a whole (no profile found, undecodable, invalid record). */
  diagnostics: Diagnostic[];
}

export interface ExtractOptions {
  /** Where the text that offsets refer to will be written, when it is not the input file itself. */
  textPath?: (doc: Document) => string | null;
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  const { profile, diagnostics: found } = parseProfile(doc.view, 0, doc.text.length);
  if (!profile) return { records: [], diagnostics: [...diagnostics, ...found] };
  const ctx = createContext(doc.text, doc.view, profile);
  ctx.diagnostics.unshift(...doc.diagnostics);
  const fields = extractFields(ctx);
  const record = buildRecord(doc, ctx, fields, options.textPath?.(doc) ?? null);
  const problems = recordProblems(record);
  if (problems.length > 0) {
    diagnostics.push({
      severity: 'error',
      code: 'invalid-record',
      message: `Record ${record.id} does not validate against schemas/record.schema.json and was not written: ${problems.join('; ')}`,
      evidence: null,
    });
    return { records: [], diagnostics };
  }
  return { records: [record], diagnostics };
}

/** Read one file (as given, relative paths stay relative) and extract its records. */
export function extractFile(path: string, options: ExtractOptions = {}): ExtractResult {
  return extractDocument(documentFromBytes(path, readFileSync(path)), options);
}
