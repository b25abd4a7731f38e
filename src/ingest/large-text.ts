/**
 * Large plain-text chapters, read a piece at a time so memory stays bounded
 * by the piece, not the file: each piece ends where a profile starts, so no
 * profile is cut, and offsets are moved back to the whole file by the caller.
 *
 * Only clean UTF-8 text streams this way. Input that needs decoding or
 * repairs is read whole, because its repaired text is written beside the
 * records as one file; so are HTML and PDF, whose readers need the whole file.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { findProfiles } from '../layout/split.js';
import { unwrapView } from '../layout/unwrap.js';
import { matchView } from '../text/view.js';
import { readDocument, type Document } from './document.js';
import { detectFormat, type InputFormat } from './format.js';
import { REPAIRS } from './normalize.js';

/** Files from this size on are read in pieces (when they are clean UTF-8 text). */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;
/** Bytes decoded at a time; a piece holds at least one whole profile. */
const WINDOW_BYTES = 1024 * 1024;

const REPAIR_TESTS = REPAIRS.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')));

export function canStream(bytes: Uint8Array, fromBytes = STREAM_FROM_BYTES): boolean {
  if (bytes.length < fromBytes || bytes.includes(0) || !isUtf8(bytes)) return false;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let tail = '';
  for (let at = 0; at < bytes.length; at += WINDOW_BYTES) {
    const chunk = tail + decoder.decode(bytes.subarray(at, at + WINDOW_BYTES), { stream: true });
    if (REPAIR_TESTS.some((re) => re.test(chunk))) return false;
    tail = chunk.slice(-64);
  }
  return true;
}

export interface TextPiece {
  doc: Document;
  /** UTF-16 offset of the piece in the whole file's text. */
  base: number;
  /** Lines before the piece. */
  baseLine: number;
}

/** The pieces of a large text file, each a Document of its own, in order. */
export function* textPieces(path: string, bytes: Uint8Array, year: number | null, windowBytes = WINDOW_BYTES): Generator<TextPiece> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let buffer = '';
  let base = 0;
  let baseLine = 0;
  let statedYear: number | null = null;
  let chapterNumber: number | null = null;
  // A window without two profile starts is kept and scanned again once it has doubled, never on every window.
  let scanFrom = 0;
  // A piece's view is the front of the view already made to find the cut: a cut never falls inside a soft wrap.
  const piece = (text: string, view: string): TextPiece => {
    const doc: Document = { path, sha256, format: 'text', encoding: 'utf-8', text, view, textDiffersFromFile: false, yearHint: statedYear, chapterNumberHint: chapterNumber, publishedHint: null, diagnostics: [] };
    const out = { doc, base, baseLine };
    base += text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) baseLine++;
    return out;
  };
  for (let at = 0; at < bytes.length; at += windowBytes) {
    buffer += decoder.decode(bytes.subarray(at, at + windowBytes), { stream: true });
    if (buffer.length < scanFrom) continue;
    const view = unwrapView(matchView(buffer));
    const found = findProfiles(view, { year, yearHint: statedYear, chapterNumber });
    statedYear ??= found.statedYear;
    chapterNumber ??= found.chapterNumber;
    // Everything before the last profile start is whole; the last profile may go on in the next window.
    if (found.profiles.length < 2) {
      scanFrom = buffer.length * 2;
      continue;
    }
    scanFrom = 0;
    const last = found.profiles[found.profiles.length - 1]!.title.span.start;
    const cut = buffer.lastIndexOf('\n', last - 1) + 1;
    yield piece(buffer.slice(0, cut), view.slice(0, cut));
    buffer = buffer.slice(cut);
  }
  buffer += decoder.decode();
  if (buffer.length > 0 || base === 0) yield piece(buffer, unwrapView(matchView(buffer)));
}

export interface PieceOptions {
  /** Skip detection: read the input as this format. */
  format?: InputFormat;
  /** --year: the report year when the text does not state it. */
  year?: number | null;
  /** Clean UTF-8 text from this many bytes on is read in pieces (default 8 MB; tests pass a few hundred). */
  streamFromBytes?: number;
  /** Bytes decoded at a time when reading in pieces (default 1 MB). */
  pieceBytes?: number;
}

/**
 * Any input as the Documents its records are read from: one for most inputs,
 * profile-aligned pieces for large clean text. The pieces' texts, in order,
 * are the whole text offsets refer to (`base` says where each starts).
 */
export async function* documentPieces(path: string, bytes: Uint8Array, options: PieceOptions = {}): AsyncGenerator<TextPiece> {
  const format = options.format ?? detectFormat(bytes);
  if (format === 'text' && canStream(bytes, options.streamFromBytes)) yield* textPieces(path, bytes, options.year ?? null, options.pieceBytes);
  else yield { doc: await readDocument(path, bytes, { format }), base: 0, baseLine: 0 };
}
