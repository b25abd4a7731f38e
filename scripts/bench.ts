/**
 * npm run bench [-- --mb 5] [--reference-mb N] [--json]
 *
 * Speed, start-up and memory of crtx, against a plain NLP pass over the same text.
 *  1. Builds a corpus of at least --mb MB (default 5) from the bundled sources
 *     and fixture profiles, laid out as chapters, with years and organization
 *     names varied per copy so nothing is cached.
 *  2. Runs the full pipeline in this process (read, split, sections, each
 *     field rule, build, validate, serialize), then again timing each stage; then
 *     1, 2, 4 and 8 MB to show time grows linearly; then writing the files.
 *  3. The reference pass on the same text: compromise's nlp(section) with
 *     .numbers() and .places(), and chrono's casual parser per sentence
 *     (on --reference-mb MB, default all of it, scaled when smaller).
 *  4. Cold start of `crtx --version` and `crtx extract` of one profile, and
 *     `crtx extract --jobs 1` against `--jobs 2` on the corpus as files
 *     (outputs compared byte for byte).
 * Peak memory is the process's maximum resident set size after step 2.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asChapterEntry, chapterOf, renamedEntry } from './chapter.js';
import { documentFromBytes } from '../src/ingest/document.js';
import { RecordWriter } from '../src/output/records.js';
import { packageRoot } from '../src/package-root.js';
import { extractProfile, planDocument } from '../src/pipeline.js';
import { stableJson } from '../src/record/json-schema.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { chronoNode, compromise } from '../src/text/lazy.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '5' }, 'reference-mb': { type: 'string' }, json: { type: 'boolean', default: false } } });
const MB = 1e6;
const root = packageRoot();
process.chdir(root);

// 1. The corpus: chapters of the bundled and fixture profiles, varied per copy.
const profileFiles = [
  ...readdirSync('sources', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => join('sources', f)),
  ...readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).map((f) => join('fixtures/profiles', f)),
];
const entries = profileFiles.map((f) => asChapterEntry(readFileSync(f, 'utf8')));
function corpus(bytes: number): Buffer[] {
  const docs: Buffer[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const chapter = chapterOf(2001 + (copy % 25), entries.map((e, i) => renamedEntry(e, `Copy ${copy}-${i}`)));
    const buffer = Buffer.from(chapter);
    docs.push(buffer);
    size += buffer.length;
  }
  return docs;
}
const megabytes = (docs: Buffer[]) => docs.reduce((n, d) => n + d.length, 0) / MB;

// 2. crtx in this process, stage by stage.
function runCrtx(docs: Buffer[], stages?: Map<string, number>): { seconds: number; records: CrtxRecord[] } {
  const measure = <T>(step: string, run: () => T): T => {
    if (!stages) return run();
    const t0 = performance.now();
    const out = run();
    stages.set(step, (stages.get(step) ?? 0) + performance.now() - t0);
    return out;
  };
  const records: CrtxRecord[] = [];
  const t0 = performance.now();
  docs.forEach((bytes, i) => {
    const doc = measure('read', () => documentFromBytes(`bench-${i}.txt`, bytes));
    const plan = measure('split', () => planDocument(doc));
    for (const range of plan.profiles) {
      const { record } = extractProfile(doc, range, plan.textPath, measure);
      if (record) {
        measure('serialize', () => stableJson(record));
        records.push(record);
      }
    }
  });
  return { seconds: (performance.now() - t0) / 1000, records };
}

const target = Number(values.mb);
const docs = corpus(target * MB);
const size = megabytes(docs);
runCrtx(corpus(1 * MB)); // warm up: lazy loads (chrono, gazetteer, validators) and JIT, outside the timing
// The throughput run is not instrumented (timing some 150,000 steps costs time of its own);
// a second, instrumented run gives each stage's share.
const main = runCrtx(docs);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const stages = new Map<string, number>();
runCrtx(docs, stages);

const writeDir = mkdtempSync(join(tmpdir(), 'crtx-bench-'));
const tw = performance.now();
const writer = new RecordWriter(writeDir);
for (const r of main.records) writer.record(r);
writer.finish();
const writeSeconds = (performance.now() - tw) / 1000;
rmSync(writeDir, { recursive: true, force: true });

const linear = [1, 2, 4, 8].map((mb) => {
  const d = corpus(mb * MB);
  const { seconds } = runCrtx(d);
  return { mb: megabytes(d), seconds };
});

// 3. The reference pass: a general NLP library over every section, a date parser over every sentence.
const referenceDocs = values['reference-mb'] ? corpus(Number(values['reference-mb']) * MB) : docs;
const nlp = compromise();
const chrono = chronoNode();
const tr = performance.now();
for (const bytes of referenceDocs) {
  const text = bytes.toString('utf8');
  for (const section of text.split(/\n(?=(?:Description|Activities|Strength|Location\/Area of Operation|Funding and External Aid|Area of Operation|External Aid)\b)/)) {
    const doc = nlp(section);
    doc.numbers().json();
    doc.places().json();
    for (const sentence of section.split(/(?<=[.!?])\s+/)) chrono.casual.parse(sentence);
  }
}
const referenceSeconds = ((performance.now() - tr) / 1000) * (size / megabytes(referenceDocs));

// 4. Cold starts and worker threads, as a user runs them.
const cli = (args: string[]) => {
  const t0 = performance.now();
  execFileSync('node', ['dist/src/cli/main.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return performance.now() - t0;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const coldVersion = median(Array.from({ length: 5 }, () => cli(['--version'])));
const coldExtract = median(Array.from({ length: 5 }, () => cli(['extract', 'sources/2021/jnim.txt', '--stdout'])));
const filesDir = mkdtempSync(join(tmpdir(), 'crtx-bench-files-'));
docs.forEach((d, i) => writeFileSync(join(filesDir, `chapter-${String(i).padStart(4, '0')}.txt`), d));
const treeHash = (dir: string) => {
  const h = createHash('sha256');
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    h.update(f);
    try {
      h.update(readFileSync(join(dir, f)));
    } catch {
      /* a folder */
    }
  }
  return h.digest('hex');
};
const jobs = [1, 2].map((n) => {
  const out = join(filesDir, `out-${n}`);
  const seconds = cli(['extract', filesDir, '--out', out, '--jobs', String(n)]) / 1000;
  return { n, seconds, hash: treeHash(out) };
});
rmSync(filesDir, { recursive: true, force: true });

const result = {
  corpus: { megabytes: size, documents: docs.length, records: main.records.length },
  crtx: { seconds: main.seconds, megabytesPerSecond: size / main.seconds, stagesMs: Object.fromEntries([...stages].map(([k, v]) => [k, Math.round(v)])) },
  writingSeconds: writeSeconds,
  reference: { seconds: referenceSeconds, onMegabytes: megabytes(referenceDocs) },
  ratio: main.seconds / referenceSeconds,
  linear,
  coldStartMs: { version: Math.round(coldVersion), extractOneProfile: Math.round(coldExtract) },
  peakRssMb: Math.round(peakRssMb),
  jobs: { cores: cpus().length, runs: jobs.map(({ n, seconds }) => ({ jobs: n, seconds })), speedup: jobs[0]!.seconds / jobs[1]!.seconds, identicalOutput: jobs[0]!.hash === jobs[1]!.hash },
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const f = (x: number, d = 2) => x.toFixed(d);
  console.log(`bench: ${f(size)} MB, ${docs.length} chapters, ${main.records.length} records, ${cpus().length} cores, Node ${process.version}\n`);
  console.log('| measure | value | target |');
  console.log('| --- | ---: | --- |');
  console.log(`| crtx end to end, in process (read → serialize) | ${f(main.seconds)} s, ${f(size / main.seconds)} MB/s | ≥ 3 MB/s ${ok(size / main.seconds >= 3)} |`);
  console.log(`| reference pass (compromise per section + chrono per sentence)${megabytes(referenceDocs) < size ? `, measured on ${f(megabytes(referenceDocs))} MB and scaled` : ''} | ${f(referenceSeconds)} s | |`);
  console.log(`| crtx / reference | ${f(result.ratio, 3)} | ≤ 0.1 ${ok(result.ratio <= 0.1)} |`);
  console.log(`| writing ${main.records.length} record files + profiles.jsonl | ${f(writeSeconds)} s | |`);
  console.log(`| cold start: crtx --version | ${result.coldStartMs.version} ms | |`);
  console.log(`| cold start: crtx extract (one profile) | ${result.coldStartMs.extractOneProfile} ms | < 400 ms ${ok(coldExtract < 400)} |`);
  console.log(`| peak memory (max RSS after the crtx pass) | ${result.peakRssMb} MB | < 300 MB ${ok(peakRssMb < 300)} |`);
  console.log(`| crtx extract --jobs 1 / --jobs 2 (files, CLI) | ${f(jobs[0]!.seconds)} s / ${f(jobs[1]!.seconds)} s = ×${f(result.jobs.speedup)} | output identical: ${result.jobs.identicalOutput ? 'yes' : 'NO'} |`);
  console.log('\n| input | time | s per MB |');
  console.log('| ---: | ---: | ---: |');
  for (const l of linear) console.log(`| ${f(l.mb)} MB | ${f(l.seconds)} s | ${f(l.seconds / l.mb, 3)} |`);
  console.log('\n| stage (instrumented run) | ms | share |');
  console.log('| --- | ---: | ---: |');
  const total = [...stages.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of stages) console.log(`| ${k} | ${Math.round(v)} | ${f((100 * v) / total, 1)}% |`);
}
