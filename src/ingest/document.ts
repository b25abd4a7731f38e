/**
 * A Document is one input as text: what every later offset refers to.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import { matchView } from '../text/view.js';
import { decodeBytes, type Encoding } from './decode.js';

export interface Document {
  /** The input path as given. */
  path: string;
  sha256: string;
  encoding: Encoding;
  /** The text evidence offsets refer to. */
  text: string;
  /** Same length as text, folded for matching. */
  view: string;
  /** True when `text` is not simply the file read as UTF-8, so it must be written beside the record. */
  textDiffersFromFile: boolean;
  diagnostics: Diagnostic[];
}

export function documentFromBytes(path: string, bytes: Uint8Array): Document {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeBytes(bytes);
  const diagnostics: Diagnostic[] = [];
  if (encoding !== 'utf-8') {
    diagnostics.push({
      severity: 'warning',
      code: 'decoded-as-' + encoding,
      message: `Input is not UTF-8; decoded as ${encoding}. Offsets refer to the decoded text, written beside the record.`,
      evidence: null,
    });
  }
  return { path, sha256, encoding, text, view: matchView(text), textDiffersFromFile: encoding !== 'utf-8', diagnostics };
}

export function documentFromText(path: string, text: string): Document {
  return documentFromBytes(path, new TextEncoder().encode(text));
}
