import { describe, expect, it } from 'vitest';
import { asChapterEntry, chapterOf, hardWrap } from '../../scripts/chapter.js';
import { documentFromText } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';
import { collapseSpace } from '../../src/text/view.js';
import { expectSameRecords, singleProfiles } from './helpers.js';

const singles = singleProfiles();
const chapter = chapterOf(2021, singles.map((s) => asChapterEntry(s.text)));
const check = (a: unknown, b: unknown, name: string) => expect(a, name).toEqual(b);

describe('a whole chapter in one text file', () => {
  it('splits 21 profiles into the same records as the single files', () => {
    expect(singles).toHaveLength(21);
    const { records, diagnostics } = extractDocument(documentFromText('chapter.txt', chapter));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(records).toHaveLength(21);
    expectSameRecords(singles, records, chapter, check);
  });

  it('takes the report year from the chapter heading and offsets relative to the chapter file', () => {
    const { records } = extractDocument(documentFromText('chapter.txt', chapter));
    for (const r of records) {
      expect(r.report.year).toBe(2021);
      expect(r.report.chapterNumber).toBe(5);
      const { start, end } = r.organization.evidence;
      // (The name is the evidence in plain form: "Ansar al‑Wadi" with a non-breaking hyphen is "Ansar al-Wadi".)
      expect(collapseSpace(chapter.slice(start, end))).toContain(r.organization.name);
    }
  });

  it('reads the same records from the chapter hard-wrapped at 72 columns', () => {
    const wrapped = hardWrap(chapter, 72);
    const { records } = extractDocument(documentFromText('wrapped.txt', wrapped));
    expect(records).toHaveLength(21);
    expectSameRecords(singles, records, wrapped, check);
  });

  it('without a year heading, asks for --year, and uses it when given', () => {
    const noHeading = chapter.split('\n').slice(2).join('\n');
    const missing = extractDocument(documentFromText('chapter.txt', noHeading));
    expect(missing.records).toEqual([]);
    const noYear = missing.diagnostics.find((d) => d.code === 'no-year');
    expect(noYear?.severity).toBe('error');
    expect(noYear?.message).toMatch(/Pass --year YEAR/);
    const given = extractDocument(documentFromText('chapter.txt', noHeading), { year: 2019 });
    expect(given.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(given.records.map((r) => r.report.year)).toEqual(Array(21).fill(2019));
  });

  it('warns when --year disagrees with the heading, and keeps the heading', () => {
    const { records, diagnostics } = extractDocument(documentFromText('chapter.txt', chapter), { year: 2018 });
    expect(diagnostics.map((d) => d.code)).toContain('year-conflict');
    expect(new Set(records.map((r) => r.report.year))).toEqual(new Set([2021]));
  });
});
