import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asChapterEntry } from '../../scripts/chapter.js';
import { documentFromBytes } from '../../src/ingest/document.js';
import { detectFormat } from '../../src/ingest/format.js';
import { extractDocument } from '../../src/pipeline.js';
import { htmlPage as page } from '../../scripts/example-inputs.js';
import { expectSameRecords, singleProfiles } from './helpers.js';

const singles = singleProfiles();
const html = page('Country Reports on Terrorism 2021: Foreign Terrorist Organizations', singles.map((s) => asChapterEntry(s.text)));
const bytes = new TextEncoder().encode(html);

describe('saved web pages', () => {
  it('is recognized from its content, whatever the extension', () => {
    expect(detectFormat(bytes)).toBe('html');
    expect(detectFormat(new TextEncoder().encode('\uFEFF  <!-- saved --> <HTML><body>x'))).toBe('html');
    expect(detectFormat(new TextEncoder().encode('Country Reports on Terrorism 2021 - Chapter 5 - X'))).toBe('text');
  });

  it('reads a chapter page into the same records as the single files, offsets into the text written beside them', () => {
    const result = extractDocument(documentFromBytes('saved/chapter.html', bytes));
    expect(result.records).toHaveLength(21);
    const [[textPath, text]] = [...result.texts] as [[string, string]];
    expect(textPath).toBe(`2021/text-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`);
    for (const r of result.records) {
      expect(r.source.format).toBe('html');
      expect(r.source.textPath).toBe(textPath);
    }
    expectSameRecords(singles, result.records, text, (a, b, name) => expect(a, name).toEqual(b));
  });

  it('leaves out navigation, header, sidebar, footer, scripts and styles', () => {
    const [text] = extractDocument(documentFromBytes('chapter.html', bytes)).texts.values();
    for (const chrome of ['Home', 'U.S. Department of State', 'Privacy Policy', 'Fake Front', 'color: red', 'tracker', 'Related:']) expect(text).not.toContain(chrome);
    // The page <title> is not page text (its year is still read: every record is 2021).
    expect(text).toMatch(/^Chapter 5: Foreign Terrorist Organizations\n/);
  });

  it('never reads the page <title> as a profile: with a site suffix, or equal to the page heading', () => {
    const one = singles[0]!;
    const { name, acronym } = one.record.organization;
    const full = `Country Reports on Terrorism 2021 - Chapter 5 - ${name} (${acronym})`;
    const entry = asChapterEntry(one.text);
    const suffixed = page(`${full} | Refworld`, [entry]);
    const sameAsHeading = page(full, [entry.replace(/^[^\n]*/, full)]);
    for (const html of [suffixed, sameAsHeading]) {
      const { records } = extractDocument(documentFromBytes('profile.html', new TextEncoder().encode(html)));
      expect(records.map((r) => [r.id, r.organization.name, r.sections.length])).toEqual([[`2021/${one.record.organization.slug}`, name, one.record.sections.length]]);
    }
  });

  it('reads a single profile page, its text named from its content', () => {
    const one = singles[0]!;
    const single = page(`Country Reports on Terrorism 2021 - Chapter 5 - ${one.record.organization.name}`, [asChapterEntry(one.text)]);
    const result = extractDocument(documentFromBytes('profile.htm', new TextEncoder().encode(single)));
    const [text] = result.texts.values();
    expect(result.records.map((r) => r.source.textPath)).toEqual([`2021/text-${createHash('sha256').update(text!).digest('hex').slice(0, 16)}.txt`]);
  });
});
