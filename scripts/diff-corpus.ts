/**
 * npm run diff-corpus [-- --corpus DIR]
 *
 * Organization matching on real texts: extracts every corpus year, diffs
 * every pair of years, and checks that profiles of the same organization
 * (the same file name in two years' folders) are matched to each other and
 * to nothing else. Prints each match's reasons for profiles whose names
 * differ. Exits 1 on a wrong or missed match, 0 when the corpus is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffRecords } from '../src/diff/index.js';
import { packageRoot } from '../src/package-root.js';
import { extractFile } from '../src/pipeline.js';
import type { CrtxRecord } from '../src/record/schema.js';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(packageRoot(), '..', 'shared', 'corpus') } } });
const texts = join(resolve(values.corpus!), 'texts');
if (!existsSync(texts)) {
  console.log(`diff-corpus: no corpus at ${texts}; nothing to check.`);
  process.exit(0);
}

const years = readdirSync(texts).sort();
const byYear = new Map<string, CrtxRecord[]>();
const stemOf = new Map<string, string>();
for (const year of years) {
  const records: CrtxRecord[] = [];
  for (const f of readdirSync(join(texts, year)).filter((f) => f.endsWith('.txt')).sort()) {
    const [r] = extractFile(join(texts, year, f)).records;
    if (!r) continue;
    records.push(r);
    stemOf.set(r.id, basename(f, '.txt'));
  }
  byYear.set(year, records);
}

let expected = 0;
const problems: string[] = [];
const renamed = new Set<string>();
for (const [i, a] of years.entries()) {
  for (const b of years.slice(i + 1)) {
    const report = diffRecords({ source: a, records: byYear.get(a)! }, { source: b, records: byYear.get(b)! });
    const pairs = [...report.changed.map((c) => ({ old: c.old.id, new: c.new.id, match: c.match })), ...report.unchanged];
    const stemsA = new Set(byYear.get(a)!.map((r) => stemOf.get(r.id)));
    for (const r of byYear.get(b)!) if (stemsA.has(stemOf.get(r.id))) expected++;
    for (const p of pairs) {
      if (stemOf.get(p.old) !== stemOf.get(p.new)) problems.push(`${a}→${b}: ${p.old} matched to ${p.new} (${p.match.map((m) => m.kind).join(', ')})`);
      else if (p.old.split('/')[1] !== p.new.split('/')[1]) renamed.add(`${p.old} → ${p.new}: ${p.match.map((m) => `${m.kind}: ${m.detail}`).join('; ')}`);
    }
    for (const o of report.added) {
      const stem = stemOf.get(o.id);
      if (stemsA.has(stem)) problems.push(`${a}→${b}: ${o.id} not matched to its ${a} profile (${stem})`);
    }
  }
}
for (const r of [...renamed].sort()) console.log('diff-corpus: matched across a name change: ' + r);
for (const p of problems) console.log('diff-corpus: PROBLEM ' + p);
console.log(`diff-corpus: ${expected} same-organization pairs across ${years.length} years: ${problems.length === 0 ? 'all matched, no false matches' : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
