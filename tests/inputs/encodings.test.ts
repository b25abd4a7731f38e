import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { comparableRecord } from '../../scripts/chapter.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { detectFormat } from '../../src/ingest/format.js';
import { documentFromBytes } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';

// A profile whose name and aliases hold the characters Windows-1252 puts in 0x80–0x9F: ’ “ ” – — …
const clean = readFileSync('fixtures/layouts/reference-2005.txt', 'utf8');
const NAME = 'Al-Qa’ida of the Western Testlands';
const ALIASES = ['“The Western Base”', 'Tanzim Qa’idat al-Gharb – Testland', 'Brigade of the Testlands — West'];

function extract(bytes: Uint8Array, path = 'input.txt') {
  const result = extractDocument(documentFromBytes(path, bytes));
  const [text] = result.texts.values();
  return { ...result, record: result.records[0]!, text: text ?? new TextDecoder().decode(bytes) };
}

const reference = extract(new TextEncoder().encode(clean));
const facts = comparableRecord(reference.record, reference.text);

// The WHATWG windows-1252 table for 0x80–0x9F, written out here rather than taken from a decoder.
const WHATWG_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('Windows-1252 (WHATWG mapping)', () => {
  it('decodes 0x80–0x9F as the WHATWG table says, not as Latin-1 control characters', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const decoded = decodeBytes(Uint8Array.from([0x41, ...bytes]));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('A' + WHATWG_80_9F);
  });

  it('gives the name and aliases with their own characters, from text', () => {
    const { record, text, diagnostics } = extract(iconv.encode(clean, 'windows-1252'));
    expect(record.organization.name).toBe(NAME);
    expect(record.organization.slug).toBe('al-qaida-of-the-western-testlands');
    expect(record.aliases.map((a) => a.value)).toEqual(ALIASES);
    expect(record.source.encoding).toBe('windows-1252');
    expect(text).toBe(clean);
    expect(comparableRecord(record, text)).toEqual(facts);
    expect(diagnostics.map((d) => d.code)).toEqual(['decoded-as-windows-1252']);
  });

  it('gives the name and aliases with their own characters, from a saved page', () => {
    const [title, , aka, , ...rest] = clean.trimEnd().split('\n');
    const page = `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${aka}</p>${rest
      .filter((l) => l)
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const bytes = iconv.encode(page, 'windows-1252');
    expect(detectFormat(bytes)).toBe('html');
    const { records } = extract(bytes, 'page.html');
    expect(records.map((r) => r.organization.name)).toEqual([NAME]);
    expect(records[0]!.aliases.map((a) => a.value)).toEqual(ALIASES);
  });

  it('warns at each byte Windows-1252 leaves undefined, and keeps it as WHATWG does', () => {
    const at = clean.indexOf('Testlands');
    const bytes = iconv.encode(clean.slice(0, at) + '\u0090' + clean.slice(at), 'windows-1252');
    bytes[at] = 0x90;
    const { diagnostics, text } = extract(bytes);
    expect(text[at]).toBe('\u0090');
    const warning = diagnostics.find((d) => d.code === 'undefined-windows-1252-byte');
    expect(warning).toEqual({
      severity: 'warning',
      code: 'undefined-windows-1252-byte',
      message: "byte 0x90 has no character in Windows-1252; kept as U+0090 (a control character). Check the file's encoding",
      evidence: { section: 'input', start: at, end: at + 1 },
    });
  });
});

describe('UTF-16', () => {
  it.each([
    ['little-endian with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]), 'utf-16le'],
    ['little-endian without a BOM', Buffer.from(clean, 'utf16le'), 'utf-16le'],
    ['big-endian with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(clean, 'utf16le').swap16()]), 'utf-16be'],
    ['big-endian without a BOM', Buffer.from(clean, 'utf16le').swap16(), 'utf-16be'],
  ])('%s gives the same facts', (_name, bytes, encoding) => {
    const { record, text } = extract(bytes);
    expect(record.source.encoding).toBe(encoding);
    expect(record.organization.name).toBe(NAME);
    expect(record.aliases.map((a) => a.value)).toEqual(ALIASES);
    expect(comparableRecord(record, text)).toEqual(facts);
  });

  it('reports a lone surrogate at its place, never a silent U+FFFD', () => {
    const bytes = Buffer.from(clean, 'utf16le');
    const at = clean.indexOf('Strength');
    bytes.writeUInt16LE(0xd83d, 2 * at);
    const { diagnostics } = extract(bytes);
    const line = clean.slice(0, at).split('\n').length;
    expect(diagnostics.find((d) => d.code === 'invalid-utf-16')).toEqual({
      severity: 'warning',
      code: 'invalid-utf-16',
      message: 'unpaired UTF-16 surrogate 0xD83D: not a character; replaced by U+FFFD',
      evidence: { section: 'input', start: at, end: at + 1 },
    });
    expect(line).toBeGreaterThan(5);
  });

  it('reports an odd last byte', () => {
    const bytes = Buffer.concat([Buffer.from(clean, 'utf16le'), Buffer.from([0x41])]);
    expect(decodeBytes(bytes).problems.map((p) => [p.code, p.byteOffset])).toEqual([['invalid-utf-16', bytes.length - 1]]);
  });
});

describe('UTF-8 with stray Windows-1252 bytes', () => {
  it('keeps the UTF-8 and reads each stray byte as Windows-1252, with a warning at it', () => {
    const at = clean.indexOf('Brigade of');
    const bytes = Buffer.concat([Buffer.from(clean.slice(0, at), 'utf8'), Buffer.from([0x93]), Buffer.from(clean.slice(at), 'utf8')]);
    const { record, text, diagnostics } = extract(bytes);
    expect(record.source.encoding).toBe('utf-8+windows-1252');
    expect(text).toBe(clean.slice(0, at) + '“' + clean.slice(at));
    expect(record.organization.name).toBe(NAME);
    expect(diagnostics.find((d) => d.code === 'invalid-utf-8')).toEqual({
      severity: 'warning',
      code: 'invalid-utf-8',
      message: 'byte 0x93 is not valid UTF-8 in a UTF-8 file; read as Windows-1252 "“". Check the file\'s encoding (it mixes two)',
      evidence: { section: 'input', start: at, end: at + 1 },
    });
  });
});
