import { describe, expect, it } from 'vitest';
import { asChapterEntry, hardWrap } from '../../scripts/chapter.js';
import { detectFormat } from '../../src/ingest/format.js';
import { extractBytes } from '../../src/pipeline.js';
import { expectSameRecords, singleProfiles } from './helpers.js';
import { hyphenate } from '../../scripts/example-inputs.js';
import { writeReportPdf } from '../../scripts/pdf-writer.js';

// Characters outside the PDF standard fonts' encoding (U+2011, U+202F, the BOM) cannot be written by pdfkit's Helvetica.
const singles = singleProfiles((name) => /no-break-spaces|seed-jnim/.test(name));

describe('the report PDF', async () => {
  const lines = hyphenate(hardWrap(singles.map((s) => asChapterEntry(s.text)).join('\n'), 90).split('\n'));
  const { pdf, pageBreaks } = await writeReportPdf({ year: 2021, chapterLines: lines, published: 'December 16, 2022' });

  it('is recognized from its content', () => {
    expect(detectFormat(pdf)).toBe('pdf');
  });

  it('finds the chapter, drops headers, footers and page numbers, and gives the same records as the single files', async () => {
    const result = await extractBytes('report.pdf', pdf);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.records).toHaveLength(singles.length);
    const [[textPath, text]] = [...result.texts] as [[string, string]];
    expect(textPath).toMatch(/^2021\/text-[0-9a-f]{16}\.txt$/);
    expect(text).toMatch(/^Chapter 5\. Foreign Terrorist Organizations\n/);
    expect(text).not.toContain('Chapter 4');
    expect(text).not.toContain('Chapter 6');
    expect(text).not.toMatch(/^Country Reports on Terrorism 2021$/m);
    expect(text).not.toMatch(/^\d+$/m);
    for (const r of result.records) expect(r.source).toMatchObject({ format: 'pdf', textPath });
    // The cover's release date: read outside the chapter text, so without evidence.
    for (const r of result.records) expect(r.report.published).toEqual({ date: '2022-12-16', evidence: null });
    expectSameRecords(singles, result.records, text, (a, b, name) => expect(a, name).toEqual(b));
  });

  it('follows a profile across a page break and re-joins words hyphenated at line ends', async () => {
    const { texts } = await extractBytes('report.pdf', pdf);
    const [text] = texts.values();
    // Some page ends in the middle of a paragraph; the records above are equal all the same.
    expect(pageBreaks.some((i) => lines[i - 1]!.trim() !== '' && lines[i]!.trim() !== '')).toBe(true);
    const hyphenated = lines.filter((l) => /[a-z]-$/.test(l)).length;
    expect(hyphenated).toBeGreaterThan(0);
    expect(text).not.toMatch(/[a-z]-\n[a-z]/);
  });

  it('reports a file that is not a readable PDF with a reason', async () => {
    await expect(extractBytes('broken.pdf', Buffer.from('%PDF-1.7\nthis is not a pdf body'))).rejects.toThrow(/not a readable PDF/);
  });
});
