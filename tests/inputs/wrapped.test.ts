import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparableRecord } from '../../scripts/chapter.js';
import { documentFromText } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';
import type { CrtxRecord } from '../../src/record/schema.js';

/** Every line longer than `width` broken at spaces (a word longer than the width kept whole), as a mail program or a PDF copy does. */
export function wrapAt(text: string, width: number, eol: '\n' | '\r\n'): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current: string | null = null;
      for (const word of line.split(' ')) {
        if (current === null) current = word;
        else if (current.length + 1 + word.length > width && current.trim() !== '') {
          out.push(current);
          current = word;
        } else current += ' ' + word;
      }
      out.push(current ?? '');
      return out.join('\n');
    })
    .join('\n')
    .replace(/\n/g, eol);
}

const FIXTURES = [
  ...readdirSync('fixtures/profiles').map((f) => join('fixtures/profiles', f)),
  ...readdirSync('fixtures/layouts').map((f) => join('fixtures/layouts', f)),
].filter((f) => f.endsWith('.txt'));

function records(text: string): { records: CrtxRecord[]; text: string } {
  const result = extractDocument(documentFromText('wrapped.txt', text), { year: 2005 });
  const [derived] = result.texts.values();
  return { records: result.records, text: derived ?? text };
}

/** Every field but source and evidence offsets: evidence as its words, folded. */
function facts(r: CrtxRecord, text: string) {
  return { id: r.id, year: r.report.year, chapterNumber: r.report.chapterNumber, published: r.report.published?.date ?? null, ...(comparableRecord(r, text) as object) };
}

describe('hard-wrapped text gives the records of the unwrapped text', () => {
  const cases = FIXTURES.flatMap((file) => [40, 60, 78].flatMap((width) => (['\n', '\r\n'] as const).map((eol) => [file, width, eol === '\n' ? 'LF' : 'CRLF', eol] as const)));
  it.each(cases)('%s wrapped at %i columns, %s', (file, width, _name, eol) => {
    const clean = readFileSync(file, 'utf8');
    const wrapped = wrapAt(clean, width, eol);
    expect(wrapped.split(eol).every((line) => line.length <= width || !line.trim().includes(' '))).toBe(true);
    const before = records(clean);
    const after = records(wrapped);
    expect(after.records.length).toBe(before.records.length);
    after.records.forEach((r, i) => expect(facts(r, after.text)).toEqual(facts(before.records[i]!, before.text)));
  });
});
