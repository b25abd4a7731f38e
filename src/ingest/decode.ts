/**
 * Bytes → text, never a silent U+FFFD.
 *
 * - UTF-8 (with or without a byte-order mark) is read as is; a UTF-8 BOM is
 *   kept as U+FEFF at offset 0 so offsets match the file read as UTF-8.
 * - UTF-16 is recognized by its BOM, or without one by a NUL byte in every
 *   other position (English text in UTF-16). A lone surrogate or an odd last
 *   byte is reported where it is.
 * - Other bytes are Windows-1252 with the WHATWG mapping (0x92 → ’, 0x93 → “),
 *   via iconv-lite: Node's own TextDecoder('windows-1252') decodes Latin-1
 *   from Node 20.18.3 on. The five bytes Windows-1252 leaves undefined (0x81,
 *   0x8D, 0x8F, 0x90, 0x9D) become U+0081 … as WHATWG says, with a warning.
 * - A UTF-8 file with a few bytes that are not UTF-8 (text pasted from a
 *   Windows program) keeps its UTF-8, and each such byte is read as
 *   Windows-1252, with a warning at it.
 * NUL bytes in anything but UTF-16 mean a binary file: not text at all.
 */
import { createRequire } from 'node:module';
import { lazy } from '../text/lazy.js';

const require = createRequire(import.meta.url);
// Loaded for Windows-1252 input only: its tables are half a megabyte of code that a UTF-8 run need not even parse.
const iconv = lazy(() => require('iconv-lite') as typeof import('iconv-lite'));

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';

/** Something the decoder had to decide, at a place in the decoded text (and in the file). */
export interface DecodeProblem {
  code: 'undefined-windows-1252-byte' | 'invalid-utf-8' | 'invalid-utf-16';
  message: string;
  /** UTF-16 offset in the decoded text. */
  offset: number;
  /** Byte offset in the input. */
  byteOffset: number;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  problems: DecodeProblem[];
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const hex = (b: number) => '0x' + b.toString(16).toUpperCase().padStart(2, '0');

/** Windows-1252, one character per byte, so text offset = byte offset. */
function windows1252(bytes: Uint8Array, base: number, problems: DecodeProblem[]): string {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1252');
  if (!bytes.some((b) => UNDEFINED_IN_WINDOWS_1252.has(b))) return text;
  const chars = [...text];
  bytes.forEach((b, i) => {
    if (!UNDEFINED_IN_WINDOWS_1252.has(b)) return;
    chars[i] = String.fromCharCode(b);
    problems.push({
      code: 'undefined-windows-1252-byte',
      message: `byte ${hex(b)} has no character in Windows-1252; kept as U+00${hex(b).slice(2)} (a control character). Check the file's encoding`,
      offset: base + i,
      byteOffset: base + i,
    });
  });
  return chars.join('');
}

/** Which UTF-16 byte order, if the bytes look like UTF-16 without a BOM: a NUL in every other position. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return null;
  let highNul = 0;
  let lowNul = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i]!, bytes[2 * i + 1]!];
    if (a === 0 && b === 0) return null;
    if (b === 0) highNul++;
    if (a === 0) lowNul++;
  }
  if (highNul >= pairs * 0.9 && lowNul <= pairs * 0.05) return 'utf-16le';
  if (lowNul >= pairs * 0.9 && highNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

function utf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be', problems: DecodeProblem[]): string {
  const bom = (order === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
  const units = (bytes.length - bom) >> 1;
  const codes = new Array<number>(units);
  for (let i = 0; i < units; i++) {
    const a = bytes[bom + 2 * i]!;
    const b = bytes[bom + 2 * i + 1]!;
    codes[i] = order === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
  }
  for (let i = 0; i < units; i++) {
    const c = codes[i]!;
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (high && codes[i + 1]! >= 0xdc00 && codes[i + 1]! <= 0xdfff) {
      i++;
      continue;
    }
    if (!high && !low) continue;
    codes[i] = 0xfffd;
    problems.push({ code: 'invalid-utf-16', message: `unpaired UTF-16 surrogate 0x${c.toString(16).toUpperCase()}: not a character; replaced by U+FFFD`, offset: i, byteOffset: bom + 2 * i });
  }
  let text = '';
  for (let i = 0; i < units; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  if ((bytes.length - bom) % 2 === 1) {
    problems.push({ code: 'invalid-utf-16', message: 'the file ends in half a UTF-16 character (an odd number of bytes); the last byte was left out', offset: units, byteOffset: bytes.length - 1 });
  }
  return text;
}

/** Length of the valid UTF-8 sequence at i, or 0 when the bytes there are not UTF-8. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const c1 = bytes[i + 1]!;
    if (!cont(1) || !cont(2) || (b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0)) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c1 = bytes[i + 1]!;
    if (!cont(1) || !cont(2) || !cont(3) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

/**
 * Bytes that are not all UTF-8: Windows-1252 throughout when no valid
 * multi-byte UTF-8 sequence is there; else UTF-8 with each invalid byte read
 * as Windows-1252 and reported.
 */
function notUtf8(bytes: Uint8Array, problems: DecodeProblem[]): { text: string; encoding: Encoding } {
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 1) multiByte++;
    i += n || 1;
  }
  if (multiByte === 0) return { text: windows1252(bytes, 0, problems), encoding: 'windows-1252' };
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += utf8.decode(bytes.subarray(runStart, i));
    const ch = windows1252(bytes.subarray(i, i + 1), 0, []);
    problems.push({
      code: 'invalid-utf-8',
      message: `byte ${hex(bytes[i]!)} is not valid UTF-8 in a UTF-8 file; read as Windows-1252 "${ch}". Check the file's encoding (it mixes two)`,
      offset: text.length,
      byteOffset: i,
    });
    text += ch;
    runStart = ++i;
  }
  text += utf8.decode(bytes.subarray(runStart));
  return { text, encoding: 'utf-8+windows-1252' };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const problems: DecodeProblem[] = [];
  const order = sniffUtf16(bytes);
  if (order) return { text: utf16(bytes, order, problems), encoding: order, problems };
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError('binary file (NUL byte): not a text, HTML or PDF input', nul);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', problems };
  } catch {
    return { ...notUtf8(bytes, problems), problems };
  }
}
