import { describe, expect, it } from 'vitest';
import { comparableRecord } from '../../scripts/chapter.js';
import { documentFromBytes } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';
import { singleProfiles } from './helpers.js';

const clean = singleProfiles().find((s) => s.name === 'named-chapter-2014.txt')!;
const expected = comparableRecord(clean.record, clean.text);

function extractBytes(bytes: Uint8Array) {
  const result = extractDocument(documentFromBytes('messy.txt', bytes));
  const [record] = result.records;
  const [text] = result.texts.values();
  return { record: record!, text: text ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), diagnostics: result.diagnostics, texts: result.texts };
}

// Windows-1252 bytes for the few non-ASCII characters the fixture uses.
const CP1252: Record<string, number> = { '\u2019': 0x92, '\u2018': 0x91, '\u201C': 0x93, '\u201D': 0x94, '\u00A0': 0xa0, '\u00FC': 0xfc, '\u2013': 0x96, '\u2014': 0x97 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1252[ch] ?? 0x3f)));
}

describe('messy text', () => {
  it('decodes Windows-1252 bytes, says so, and reads the same record', () => {
    const curly = singleProfiles().find((s) => s.name === 'chapter-6-2016.txt')!;
    expect([...curly.text].filter((ch) => ch.charCodeAt(0) >= 0x80).every((ch) => ch in CP1252)).toBe(true);
    expect([...curly.text].some((ch) => ch in CP1252)).toBe(true);
    const { record, text, diagnostics, texts } = extractBytes(windows1252(curly.text));
    expect(diagnostics.map((d) => d.code)).toContain('decoded-as-windows-1252');
    expect(record.source.encoding).toBe('windows-1252');
    expect([...texts.keys()]).toEqual([record.source.textPath]);
    expect(comparableRecord(record, text)).toEqual(comparableRecord(curly.record, curly.text));
  });

  it.each([
    ['ligatures', (t: string) => t.replaceAll('fi', '\uFB01').replaceAll('ff', '\uFB00'), 'ligatures expanded'],
    ['soft hyphens and zero-width characters inside words', (t: string) => t.replaceAll('ation', 'a\u00ADtion').replaceAll('Brigades', 'Bri\u200Bgades'), 'invisible characters removed'],
    ['CRLF line ends and a byte-order mark', (t: string) => '\uFEFF' + t.replace(/\r?\n/g, '\r\n'), null],
  ])('repairs %s and reads the same record', (_name, mess, repair) => {
    const messy = mess(clean.text);
    expect(messy).not.toBe(clean.text);
    const { record, text, diagnostics } = extractBytes(new TextEncoder().encode(messy));
    const note = diagnostics.find((d) => d.code === 'normalized-text');
    if (repair === null) {
      expect(note).toBeUndefined();
      expect(record.source.textPath).toBeNull();
    } else {
      expect(note?.message).toContain(repair);
      expect(record.source.textPath).toMatch(/^2014\/text-[0-9a-f]{16}\.txt$/);
    }
    expect(comparableRecord(record, text)).toEqual(expected);
  });

  it('re-joins words hyphenated across hard-wrapped lines', () => {
    const wrapped = clean.text.replace('Foreign Terrorist Organization on', 'Foreign Terrorist Organi-\nzation on');
    expect(wrapped).not.toBe(clean.text);
    const { record, text, diagnostics } = extractBytes(new TextEncoder().encode(wrapped));
    expect(diagnostics.find((d) => d.code === 'normalized-text')?.message).toContain('1 words hyphenated across a line break re-joined');
    expect(comparableRecord(record, text)).toEqual(expected);
  });
});
