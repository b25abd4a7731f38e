/**
 * npm run roundtrip [-- --corpus DIR]
 *
 * Chapter input on real texts: for each year of the corpus, lay its profiles
 * out as one chapter (name line, aka line, sections), extract the chapter, and
 * check every record equals the one from the single profile (evidence compared
 * as the words it points at). Then the same chapter hard-wrapped at 72 columns,
 * as copy-paste out of a PDF gives it. Exits 1 on any difference, 0 when the
 * corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { asChapterEntry, chapterOf, comparableRecord, hardWrap } from './chapter.js';
import { documentFromText } from '../src/ingest/document.js';
import { packageRoot } from '../src/package-root.js';
import { extractDocument } from '../src/pipeline.js';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(packageRoot(), '..', 'shared', 'corpus') } } });
const texts = join(resolve(values.corpus!), 'texts');
if (!existsSync(texts)) {
  console.log(`roundtrip: no corpus at ${texts}; nothing to check.`);
  process.exit(0);
}

let profiles = 0;
const problems: string[] = [];
for (const year of readdirSync(texts).sort()) {
  const singles = readdirSync(join(texts, year))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(texts, year, f), 'utf8');
      const [record] = extractDocument(documentFromText(f, text)).records;
      return { f, text, record: record! };
    });
  const chapter = chapterOf(Number(year), singles.map((s) => asChapterEntry(s.text)));
  for (const [layout, text] of [['chapter', chapter], ['hard-wrapped chapter', hardWrap(chapter, 72)]] as const) {
    const { records } = extractDocument(documentFromText(`${year}.txt`, text));
    if (records.length !== singles.length) problems.push(`${year} ${layout}: ${records.length} records from ${singles.length} profiles`);
    for (const s of singles) {
      const r = records.find((x) => x.organization.slug === s.record.organization.slug);
      const a = comparableRecord(s.record, s.text);
      if (!r) problems.push(`${year} ${layout}: ${s.f} missing`);
      else if (!isDeepStrictEqual(a, comparableRecord(r, text))) {
        const b = comparableRecord(r, text) as Record<string, unknown>;
        const fields = Object.keys(a as object).filter((k) => !isDeepStrictEqual((a as Record<string, unknown>)[k], b[k]));
        problems.push(`${year} ${layout}: ${s.f} differs in ${fields.join(', ')}`);
      }
    }
  }
  profiles += singles.length;
}
for (const p of problems) console.log('roundtrip: ' + p);
console.log(`roundtrip: ${profiles} corpus profiles as chapters, plain and hard-wrapped: ${problems.length === 0 ? 'same records as the single files' : `${problems.length} difference(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
