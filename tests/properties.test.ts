import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError, documentFromText } from '../src/ingest/document.js';
import { extractDocument } from '../src/pipeline.js';
import { recordProblems } from '../src/record/validate.js';
import { evidenceProblems } from './claims.js';

/** The properties every input must keep: no throw, valid records, evidence inside the text and saying what it claims. */
function check(text: string): void {
  let doc;
  try {
    doc = documentFromText('prop.txt', text);
  } catch (error) {
    // A binary input (NUL bytes) is refused with a message, which is the right answer.
    expect(error).toBeInstanceOf(DecodeError);
    return;
  }
  const { records, diagnostics } = extractDocument(doc);
  expect(diagnostics.filter((d) => d.code === 'invalid-record')).toEqual([]);
  for (const r of records) {
    expect(recordProblems(r)).toEqual([]);
    expect(evidenceProblems(r, doc.text)).toEqual([]);
  }
}

// Pieces of the reports' language, so random inputs reach the rules and not only the "no profile" path.
const PIECES = [
  'Country Report on Terrorism 2021 - Chapter 5 - Test Front (TF)', 'Test Front (TF)', 'aka ', 'Aka TF; Front; ', 'Description: ', 'Activities: ',
  'Strength: ', 'Location/Area of Operation: ', 'Funding and External Aid: ', 'Description', 'was designated as an FTO on ', 'September 6, 2018',
  'February 30, 2019', 'In 2019, ', 'In March, ', 'killing ', 'wounding ', 'at least ', 'more than ', 'dozens of ', '10 ', 'four ', 'a dozen ',
  ' soldiers', ' and ', ', ', '; ', '. ', '\n', '\n\n', '\r\n', 'Mali', 'Gao', 'northern Nigeria', 'led by Abu Bakr', 'between 1,000 and 500 fighters',
  'formed in 2014', 'Iran', 'al-Qa’ida', '\u00A0', '\uFEFF', '\u00AD', '\uFB01', 'organi-\nzation', '(', ')', 'ISIS-K',
];
const reportish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(''));

describe('properties (fast-check)', () => {
  it('any string: never throws, records valid, evidence exact', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('strings made of report pieces: the same', () => {
    fc.assert(fc.property(reportish, check), { numRuns: 400 });
  });

  const fixtures = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('fixtures/profiles', f), 'utf8'));
  const blocks = (text: string) => text.split(/\n(?=[A-Z][A-Za-z/ ]+:)/);
  const mutated = fc
    .record({
      fixture: fc.constantFrom(...fixtures),
      order: fc.array(fc.nat(), { maxLength: 12 }),
      inserts: fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }),
    })
    .map(({ fixture, order, inserts }) => {
      // Sections shuffled, deleted and duplicated: pick blocks by index, with repeats and gaps.
      const parts = blocks(fixture);
      const [head, ...rest] = parts;
      const picked = order.length && rest.length ? order.map((i) => rest[i % rest.length]!) : rest;
      let text = [head, ...picked].join('\n');
      for (const [at, s] of inserts) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + s + text.slice(i);
      }
      return text;
    });

  it('real profiles with sections shuffled, deleted, duplicated and characters inserted: the same', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 300 });
  });
});
