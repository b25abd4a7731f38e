import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { comparableRecord } from '../../scripts/chapter.js';
import { documentFromBytes, documentFromText } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline.js';
import type { CrtxRecord } from '../../src/record/schema.js';

// fixtures/layouts: one organization (written for these tests) in each layout the reports and republishing sites use.
const read = (name: string) => readFileSync(`fixtures/layouts/${name}`, 'utf8');
const extract = (text: string, year: number | null = null) => extractDocument(documentFromText('layout.txt', text), { year });

/** The facts, whatever the layout: every field but sections (their headings differ by layout), with evidence as its words. */
function facts(r: CrtxRecord, text: string) {
  const { sections: _sections, ...rest } = comparableRecord(r, text) as Record<string, unknown>;
  return { id: r.id, year: r.report.year, ...rest, sections: r.sections.map((s) => s.heading) };
}

const reference = extract(read('reference-2005.txt')).records[0]!;
const referenceFacts = facts(reference, read('reference-2005.txt'));

describe('older layouts (2004–2012) and republished pages give the facts of the modern layout', () => {
  it.each([
    ['2005-source-line.txt', 'name on its own line, a "From:" source line, an a.k.a. list over three lines, bare-word headings, "External Aid"'],
    ['2005-no-headings.txt', 'no headings at all: paragraphs read by content, the first as the description'],
    ['2005-republished-page.txt', 'site chrome before and after: menu words, "Print this page", "Last modified 3 May 2008", a document number, section titles'],
  ])('%s (%s)', (name) => {
    const { records, diagnostics } = extract(read(name));
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(records).toHaveLength(1);
    expect(facts(records[0]!, read(name))).toEqual(referenceFacts);
    expect(records[0]!.report.chapterNumber).toBe(8);
  });

  it('keeps the publication date of the source line, with its evidence', () => {
    const text = read('2005-source-line.txt');
    const { published } = extract(text).records[0]!.report;
    expect(published).toEqual({ date: '2006-04-30', evidence: { section: 'source', start: text.indexOf('April 30, 2006'), end: text.indexOf('April 30, 2006') + 14 } });
    expect(reference.report.published).toBeNull();
  });

  it('reads a profile without headings by content, and says so', () => {
    const { records } = extract(read('2005-no-headings.txt'));
    expect(records[0]!.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([['info', 'sections-by-content', 'No section headings: the 5 paragraph(s) were read by content (the first as Description).']]);
  });

  it('a title with no year, run with --year, gives the name from the title', () => {
    const text = read('title-without-year.txt');
    const without = extract(text);
    expect(without.records).toEqual([]);
    expect(without.diagnostics.map((d) => d.code)).toEqual(['no-year']);
    const given = extract(text, 2005);
    expect(given.records.map((r) => [r.id, r.organization.name, r.organization.acronym, r.report.chapterNumber])).toEqual([['2005/al-qaida-of-the-western-testlands', 'Al-Qa’ida of the Western Testlands', 'AQWT', 8]]);
    expect(facts(given.records[0]!, text)).toEqual(referenceFacts);
  });

  it('never takes a menu word, a date or an alias for the name, and says so at the line when the name is missing', () => {
    const page = read('2005-republished-page.txt');
    const nameless = page.replace('Al-Qa’ida of the Western Testlands (AQWT)\n\n', '');
    const { records, diagnostics } = extract(nameless);
    expect(records).toEqual([]);
    const at = nameless.indexOf('From:');
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'no-name',
        message:
          'A profile starts here (its source line) but no organization name was found before it: expected the name on its own line just above, e.g. "Libyan Liberation Front (LLF)"; the line above is "Document number: CRT-2005-08-114". This profile was not read.',
        evidence: { section: 'title', start: at, end: nameless.indexOf('\n', at) },
      },
    ]);
  });

  it('reads a chapter in the 2005 layout, profile by profile', () => {
    const text = read('chapter-2005.txt');
    const { records, diagnostics } = extract(text);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(records.map((r) => [r.id, r.organization.acronym, r.aliases.map((a) => a.value), r.sections.map((s) => s.heading), r.report.chapterNumber, r.report.published?.date])).toEqual([
      [
        '2005/al-qaida-of-the-western-testlands',
        'AQWT',
        ['“The Western Base”', 'Tanzim Qa’idat al-Gharb – Testland', 'Brigade of the Testlands — West'],
        ['Description', 'Activities', 'Strength', 'Location/Area of Operation', 'Funding and External Aid'],
        8,
        '2006-04-30',
      ],
      ['2005/coastal-liberation-front', null, ['Frente de Liberacion Costera', 'Sons of the Coast'], ['Description', 'Activities', 'Location/Area of Operation'], 8, '2006-04-30'],
      ['2005/northern-hills-army', 'NHA', ['Jaish al-Tilal'], ['Description', 'Activities', 'Strength', 'Funding and External Aid'], 8, '2006-04-30'],
    ]);
    expect(facts(records[0]!, text)).toEqual(referenceFacts);
    expect(records[2]!.strength?.text).toBe('NHA has several hundred members.');
  });

  it('gives the same facts from the Windows-1252 bytes of each layout', () => {
    for (const name of ['2005-source-line.txt', '2005-no-headings.txt', '2005-republished-page.txt']) {
      const result = extractDocument(documentFromBytes(name, iconv.encode(read(name), 'windows-1252')));
      const [text] = result.texts.values();
      expect(result.records[0]!.organization.name, name).toBe('Al-Qa’ida of the Western Testlands');
      expect(facts(result.records[0]!, text!), name).toEqual(referenceFacts);
    }
  });
});
