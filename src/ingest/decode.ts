/**
 * Bytes → text. UTF-8 (with or without a byte-order mark) is read as is; a
 * UTF-8 BOM is kept as U+FEFF at offset 0 so offsets match the file read as
 * UTF-8. UTF-16 with a BOM is decoded. Bytes that are not valid UTF-8 are
 * decoded as Windows-1252 (a superset of Latin-1 for printable text), and
 * the caller is told so. NUL bytes mean a binary file: not text at all.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError('binary file (NUL byte): not a text, HTML or PDF input', nul);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
