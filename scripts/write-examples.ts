/**
 * npm run examples — writes fixtures/inputs/: the fixture profiles as one
 * chapter text, the same chapter as a saved web page, and as a report PDF
 * (cover, other chapters, running headers, page numbers, hyphenation). The
 * README's examples run on them and tests/cli.test.ts checks them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asChapterEntry, chapterOf, hardWrap } from './chapter.js';
import { hyphenate, htmlPage } from './example-inputs.js';
import { writeReportPdf } from './pdf-writer.js';

const PROFILES = 'fixtures/profiles';
const OUT = 'fixtures/inputs';
// The PDF standard fonts cannot write U+2011, U+202F or a BOM; these two fixtures use them.
const NOT_FOR_PDF = /no-break-spaces|seed-jnim/;

const files = readdirSync(PROFILES).filter((f) => f.endsWith('.txt')).sort();
const entries = files.map((f) => asChapterEntry(readFileSync(join(PROFILES, f), 'utf8')));
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'chapter-2021.txt'), chapterOf(2021, entries));
writeFileSync(join(OUT, 'chapter-2021.html'), htmlPage('Country Reports on Terrorism 2021: Foreign Terrorist Organizations', entries));
const pdfLines = hyphenate(hardWrap(entries.filter((_, i) => !NOT_FOR_PDF.test(files[i]!)).join('\n'), 90).split('\n'));
const { pdf } = await writeReportPdf({ year: 2021, chapterLines: pdfLines });
writeFileSync(join(OUT, 'report-2021.pdf'), pdf);
console.log(`wrote ${OUT}/chapter-2021.txt, chapter-2021.html, report-2021.pdf (${entries.length} profiles)`);
