/**
 * npm run bench [-- --mb 10] [--rss-mb 20] [--reference-mb 0.5] [--crtx DIR] [--json]
 *
 * crtx against the floor, as a user runs it: every figure is a whole process
 * (node start-up included) timed in this one run, so the ratios hold on a
 * shared machine where absolute times drift.
 *  1. Lays out --mb MB (default 10) of profiles as files, one profile a file,
 *     copies of the real profiles (../shared/corpus/texts, else sources/ and
 *     fixtures/profiles) with each copy's organization renamed, so every
 *     record is distinct.
 *  2. Times `node ../shared/tools/floor-pass.mjs DIR` (the practical floor:
 *     read, hash, fold, split, a handful of regexes, records of crtx's size,
 *     JSONL) run as it is, and `crtx extract DIR --stdout` (JSONL to
 *     /dev/null) with --jobs 1 and --jobs 2 (outputs compared byte for byte),
 *     and `crtx extract DIR --out TMP` (files). --jobs 1 and --jobs 2 run in
 *     turn, three turns, and the speed-up is the median of the ratios taken
 *     within a turn (the neighbours on a shared machine change from one
 *     minute to the next).
 *  3. A plain NLP pass over the same text, in this process: compromise's
 *     nlp(section) with .numbers() and .places(), and chrono's casual parser
 *     per sentence, on --reference-mb MB and scaled to the corpus size.
 *  4. Cold start: one profile through the package's bin against `node -e 0`
 *     (median of 7, CPU time), and max RSS of crtx at --rss-mb MB against 1 MB.
 * --crtx DIR measures the crtx built in another checkout (e.g. an older
 * commit, for before and after) with this checkout's corpus and floor pass.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/package-root.js';
import { chronoNode, compromise } from '../src/text/lazy.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '10' },
    'rss-mb': { type: 'string', default: '20' },
    'reference-mb': { type: 'string', default: '0.5' },
    crtx: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const MB = 1e6;
const root = packageRoot();
// The package's bin, as an installed crtx runs it (read from the measured checkout's package.json: older ones had another).
const measured = values.crtx ? resolve(values.crtx) : root;
const bin = join(measured, (JSON.parse(readFileSync(join(measured, 'package.json'), 'utf8')) as { bin: { crtx: string } }).bin.crtx);
process.chdir(root);
const floorPass = join(root, '../shared/tools/floor-pass.mjs');
if (!existsSync(floorPass)) throw new Error(`bench: ${floorPass} is missing (the floor pass is run as it is, from ../shared)`);

// 1. Profiles as files.
const corpusDir = join(root, '../shared/corpus/texts');
const walk = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
const originals = (existsSync(corpusDir) ? walk(corpusDir) : [...walk('sources'), ...walk('fixtures/profiles')]).map((f) => readFileSync(f, 'utf8'));

/** The profile with its organization renamed on the title line: "Name (ACR)" → "Name Copy 7 (ACR)". */
const renamed = (text: string, copy: number) => text.replace(/^(Country Reports? on Terrorism [^\n]*?)( \([^()\n]*\))?([ \t\r]*)$/m, `$1 Copy ${copy}$2$3`);

function profilesAsFiles(bytes: number): { dir: string; megabytes: number; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'crtx-bench-'));
  let size = 0;
  let n = 0;
  for (let copy = 0; size < bytes; copy++) {
    const sub = join(dir, String(Math.floor(copy / 100)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    originals.forEach((text, i) => {
      if (size >= bytes) return;
      const buffer = Buffer.from(renamed(text, copy));
      writeFileSync(join(sub, `${String(i).padStart(3, '0')}-${copy}.txt`), buffer);
      size += buffer.length;
      n++;
    });
  }
  return { dir, megabytes: size / MB, files: n };
}

// 2. Whole processes.
interface Run {
  seconds: number;
  /** User + system CPU time of the process: on a shared machine, what a one-job run costs regardless of the neighbours. */
  cpuSeconds: number;
  maxRssMb: number;
  stdoutSha256: string;
  stdoutLines: number;
}
/** A whole `node ARGS` process under GNU time, for its CPU time and maximum resident set size. */
function run(args: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'bench-time %U %S %M', 'node', ...args], { maxBuffer: 1 << 30, encoding: 'buffer', env: { ...process.env, CI: '1' } });
  const seconds = (performance.now() - t0) / 1000;
  const stderr = r.stderr.toString();
  const time = /bench-time ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  if (r.status !== 0 || !time) throw new Error(`bench: node ${args.join(' ')} exited ${r.status}:\n${stderr.slice(-2000)}`);
  return {
    seconds,
    cpuSeconds: Number(time[1]) + Number(time[2]),
    maxRssMb: Number(time[3]) / 1024,
    stdoutSha256: createHash('sha256').update(r.stdout).digest('hex'),
    stdoutLines: r.stdout.toString('latin1').split('\n').length - 1,
  };
}
/** The fastest of some runs by wall time, with the least CPU time of them. */
const fastest = (runs: Run[]): Run => ({ ...runs.reduce((a, b) => (b.seconds < a.seconds ? b : a)), cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)) });
const best = (n: number, go: () => Run): Run => fastest(Array.from({ length: n }, go));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const corpus = profilesAsFiles(Number(values.mb) * MB);
const floor = best(2, () => run([floorPass, corpus.dir]));
// --jobs 1 and --jobs 2 in turn: the neighbours on a shared machine change from one minute to the next, so the speed-up
// is the median of the ratios taken within one turn, not of runs minutes apart.
const TURNS = 3;
const turns: { one: Run; two: Run }[] = [];
for (let i = 0; i < TURNS; i++) {
  const one = run([bin, 'extract', corpus.dir, '--stdout', '--jobs', '1']);
  const two = run([bin, 'extract', corpus.dir, '--stdout', '--jobs', '2']);
  turns.push({ one, two });
}
const jobs1 = fastest(turns.map((t) => t.one));
const jobs2 = fastest(turns.map((t) => t.two));
const outDir = mkdtempSync(join(tmpdir(), 'crtx-bench-out-'));
const files = best(2, () => {
  rmSync(outDir, { recursive: true, force: true });
  return run([bin, 'extract', corpus.dir, '--out', outDir, '--jobs', '1']);
});
const recordCount = readdirSync(outDir).reduce((n, year) => n + readFileSync(join(outDir, year, 'profiles.jsonl'), 'utf8').split('\n').length - 1, 0);
rmSync(outDir, { recursive: true, force: true });
rmSync(corpus.dir, { recursive: true, force: true });

// 3. The plain NLP pass, in this process, on the same kind of text.
const reference = profilesAsFiles(Number(values['reference-mb']) * MB);
const nlp = compromise();
const chrono = chronoNode();
const cpu0 = process.cpuUsage();
for (const f of walk(reference.dir)) {
  const text = readFileSync(f, 'utf8');
  for (const section of text.split(/\n(?=(?:Description|Activities|Strength|Location\/Area of Operation|Funding and External Aid|Area of Operation|External Aid)\b)/)) {
    const doc = nlp(section);
    doc.numbers().json();
    doc.places().json();
    for (const sentence of section.split(/(?<=[.!?])\s+/)) chrono.casual.parse(sentence);
  }
}
const { user, system } = process.cpuUsage(cpu0);
const referenceSeconds = ((user + system) / 1e6) * (corpus.megabytes / reference.megabytes);
rmSync(reference.dir, { recursive: true, force: true });

// 4. Cold start and memory.
// CPU time too: on a shared machine a cold process's wall time is mostly waiting for a core.
const coldNode = median(Array.from({ length: 7 }, () => run(['-e', '0']).cpuSeconds * 1000));
const coldOne = median(Array.from({ length: 7 }, () => run([bin, 'extract', 'sources/2021/jnim.txt', '--stdout']).cpuSeconds * 1000));
const small = profilesAsFiles(1 * MB);
const rssSmall = run([bin, 'extract', small.dir, '--stdout']).maxRssMb;
rmSync(small.dir, { recursive: true, force: true });
const large = profilesAsFiles(Number(values['rss-mb']) * MB);
const rssLarge = run([bin, 'extract', large.dir, '--stdout']).maxRssMb;
rmSync(large.dir, { recursive: true, force: true });

const ratio = (x: number, y: number) => x / y;
const s2 = (x: number) => `${x.toFixed(2)} s`;
const vsFloor = ratio(jobs1.cpuSeconds, floor.cpuSeconds);
const vsReference = ratio(jobs1.cpuSeconds, referenceSeconds);
const coldOver = coldOne - coldNode;
const speedup = median(turns.map((t) => ratio(t.one.seconds, t.two.seconds)));
const identical = turns.every((t) => t.one.stdoutSha256 === jobs1.stdoutSha256 && t.two.stdoutSha256 === jobs1.stdoutSha256);
const filesOver = ratio(files.cpuSeconds, jobs1.cpuSeconds);
const rssRatio = ratio(rssLarge, rssSmall);
const checks = [
  { measure: `crtx / floor pass, CPU time (${corpus.megabytes.toFixed(1)} MB as ${corpus.files} files, --jobs 1, JSONL to /dev/null)`, value: vsFloor.toFixed(2), target: '≤ 2', pass: vsFloor <= 2, detail: `${s2(jobs1.cpuSeconds)} / ${s2(floor.cpuSeconds)} CPU; wall ${s2(jobs1.seconds)} / ${s2(floor.seconds)}` },
  { measure: 'crtx / plain NLP pass, CPU time (compromise per section + chrono per sentence)', value: vsReference.toFixed(3), target: '≤ 0.1', pass: vsReference <= 0.1, detail: `${s2(jobs1.cpuSeconds)} / ${s2(referenceSeconds)} (measured on ${reference.megabytes.toFixed(1)} MB, scaled)` },
  { measure: `cold start, one profile, CPU time: node ${bin.slice(measured.length + 1)} − node -e 0 (median of 7)`, value: `${coldOver.toFixed(0)} ms`, target: '≤ 150 ms', pass: coldOver <= 150, detail: `${coldOne.toFixed(0)} ms − ${coldNode.toFixed(0)} ms` },
  { measure: '--jobs 2 speed-up over --jobs 1, wall time (JSONL to stdout)', value: `×${speedup.toFixed(2)}`, target: '≥ 1.5, identical', pass: speedup >= 1.5 && identical, detail: `median of ${TURNS} turns: ${turns.map((t) => `${s2(t.one.seconds)} / ${s2(t.two.seconds)}`).join(', ')}; output ${identical ? 'byte-identical' : 'DIFFERS'}` },
  { measure: 'files / stdout, CPU time (--out DIR against --stdout, --jobs 1)', value: filesOver.toFixed(2), target: '≤ 1.3', pass: filesOver <= 1.3 && recordCount === jobs1.stdoutLines, detail: `${s2(files.cpuSeconds)} / ${s2(jobs1.cpuSeconds)} CPU, wall ${s2(files.seconds)} / ${s2(jobs1.seconds)}; ${recordCount} records in profiles.jsonl, ${jobs1.stdoutLines} on stdout` },
  { measure: `max RSS at ${values['rss-mb']} MB / at 1 MB`, value: rssRatio.toFixed(2), target: '≤ 1.1', pass: rssRatio <= 1.1, detail: `${rssLarge.toFixed(0)} MB / ${rssSmall.toFixed(0)} MB` },
];

if (values.json) {
  console.log(JSON.stringify({ cores: cpus().length, node: process.version, megabytes: corpus.megabytes, files: corpus.files, checks }, null, 2));
} else {
  console.log(`bench: ${corpus.megabytes.toFixed(2)} MB in ${corpus.files} profile files, ${cpus().length} cores, Node ${process.version}\n`);
  console.log('| measure | figure | target | how |');
  console.log('| --- | ---: | --- | --- |');
  for (const c of checks) console.log(`| ${c.measure} | ${c.value} | ${c.target} ${c.pass ? 'ok' : 'MISSED'} | ${c.detail} |`);
}
