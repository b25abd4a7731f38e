/**
 * A Document is one input as text: what every later offset refers to.
 *
 * Each input format has one reader (plain text, saved web page, report PDF);
 * all of them end in the same text clean-up and the same matching view.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import { reportYearIn } from '../layout/report.js';
import { softWraps, unwrapView } from '../layout/unwrap.js';
import { matchView } from '../text/view.js';
import { DecodeError, decodeBytes, type Decoded, type DecodeProblem, type Encoding } from './decode.js';
import { detectFormat, type InputFormat } from './format.js';
import { htmlToText, loadHtmlStack } from './html.js';
import { CR_AT_SOFT_WRAP, describeRepairs, normalizeText } from './normalize.js';

export interface Document {
  /** The input path as given. */
  path: string;
  sha256: string;
  format: InputFormat;
  encoding: Encoding;
  /** The text evidence offsets refer to. */
  text: string;
  /** Same length as text, folded for matching, soft line wraps joined. */
  view: string;
  /** True when `text` is not simply the file read as UTF-8, so it must be written beside the record. */
  textDiffersFromFile: boolean;
  /** The report year when the input says it outside `text` (a PDF's cover); null otherwise. */
  yearHint: number | null;
  /** The chapter number when known from outside `text` (an earlier piece of a large chapter); null otherwise. */
  chapterNumberHint: number | null;
  /** The report's publication date when the input states it outside `text` (a PDF's cover), YYYY-MM-DD; null otherwise. */
  publishedHint: string | null;
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Skip detection: read the input as this format. */
  format?: InputFormat;
}

/** A user-facing reason an input cannot be read at all. */
export class ReadError extends Error {}

/**
 * A CRLF text wrapped mid-sentence would have two spaces where the view joins
 * a line ("on\r\nSeptember" → "on  September"), which the rules' patterns do
 * not expect: the carriage return before each soft wrap is removed (a repair
 * like the others, so the text is written beside the record).
 */
function withoutCrAtSoftWraps(text: string, repairs: Map<string, number>): { text: string; view: string } {
  const view = matchView(text);
  const joins = softWraps(view);
  const crs = new Set(joins.filter((j) => text[j - 1] === '\r').map((j) => j - 1));
  if (crs.size === 0) return { text, view: unwrapView(view, joins) };
  repairs.set(CR_AT_SOFT_WRAP.id, crs.size);
  let out = '';
  let at = 0;
  for (const cr of crs) {
    out += text.slice(at, cr);
    at = cr + 1;
  }
  out += text.slice(at);
  return { text: out, view: unwrapView(matchView(out)) };
}

function finish(path: string, bytes: Uint8Array, format: InputFormat, encoding: Encoding, raw: string, derived: boolean, yearHint: number | null, diagnostics: Diagnostic[], problems: readonly DecodeProblem[] = []): Document {
  const normalized = normalizeText(raw);
  const { repairs } = normalized;
  const { text, view } = withoutCrAtSoftWraps(normalized.text, repairs);
  if (repairs.size > 0 && format === 'text') {
    diagnostics.push({
      severity: 'warning',
      code: 'normalized-text',
      message: `Text was repaired before reading (${describeRepairs(repairs)}). Offsets refer to the repaired text (source.textPath names it; crtx text prints it).`,
      evidence: null,
    });
  }
  // A decoding problem points at its character in the text read, when that text is the decoded file itself; else the message says where it is in the file.
  const inText = format === 'text' && repairs.size === 0;
  for (const p of problems) {
    const { line, column } = positionIn(decodedText(bytes, raw, format), p.offset);
    diagnostics.push({
      severity: 'warning',
      code: p.code,
      message: inText ? p.message : `${p.message} (input line ${line}, column ${column})`,
      evidence: inText ? { section: 'input', start: p.offset, end: p.offset + 1 } : null,
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, sha256, format, encoding, text, view, textDiffersFromFile: derived || repairs.size > 0, yearHint, chapterNumberHint: null, publishedHint: null, diagnostics };
}

// The decoded file, for positions: for a text input that is `raw` itself.
function decodedText(bytes: Uint8Array, raw: string, format: InputFormat): string {
  return format === 'text' ? raw : decodeBytes(bytes).text;
}

function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function decodeWithNotice(bytes: Uint8Array, diagnostics: Diagnostic[]): Decoded {
  const decoded = decodeBytes(bytes);
  if (decoded.encoding !== 'utf-8') {
    diagnostics.push({
      severity: 'warning',
      code: 'decoded-as-' + decoded.encoding,
      message: `Input is not UTF-8; decoded as ${decoded.encoding === 'utf-8+windows-1252' ? 'UTF-8, with the bytes that are not UTF-8 read as Windows-1252' : decoded.encoding}. Offsets refer to the decoded text (source.textPath names it; crtx text prints it).`,
      evidence: null,
    });
  }
  return decoded;
}

/** Plain text or a saved web page, read synchronously. A PDF needs readDocument. */
export function documentFromBytes(path: string, bytes: Uint8Array, options: ReadOptions = {}): Document {
  const format = options.format ?? detectFormat(bytes);
  if (format === 'pdf') throw new ReadError('a PDF must be read with readDocument (asynchronous)');
  const diagnostics: Diagnostic[] = [];
  const { text, encoding, problems } = decodeWithNotice(bytes, diagnostics);
  if (format === 'html') {
    const page = htmlToText(text);
    // The report year, when the body does not state it, is usually in the page title.
    const yearHint = reportYearIn(page.title);
    return finish(path, bytes, format, encoding, page.text, true, yearHint, diagnostics, problems);
  }
  return finish(path, bytes, format, encoding, text, encoding !== 'utf-8', null, diagnostics, problems);
}

/** Any input format. Throws DecodeError or ReadError with a message for the user. */
export async function readDocument(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Document> {
  const format = options.format ?? detectFormat(bytes);
  if (format === 'html') await loadHtmlStack();
  if (format !== 'pdf') return documentFromBytes(path, bytes, { format });
  const { readPdf } = await import('./pdf.js');
  let pdf;
  try {
    pdf = await readPdf(bytes);
  } catch (error) {
    throw new ReadError(`not a readable PDF (${(error as Error).message}); check the file is a complete PDF, or pass --input-format text`);
  }
  const diagnostics: Diagnostic[] = [];
  if (!pdf.chapterFound) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-fto-chapter',
      message: `No "Foreign Terrorist Organizations" chapter heading in the PDF's ${pdf.pages} pages; the whole text was searched for profiles.`,
      evidence: null,
    });
  }
  return { ...finish(path, bytes, 'pdf', 'utf-8', pdf.text, true, pdf.year, diagnostics), publishedHint: pdf.published };
}

export function documentFromText(path: string, text: string): Document {
  return documentFromBytes(path, new TextEncoder().encode(text), { format: 'text' });
}

export { DecodeError };
