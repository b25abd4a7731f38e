import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../scripts/example-inputs.js';
import { asChapterEntry, chapterOf, comparableRecord } from '../scripts/chapter.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { tempDir } from './temp.js';

const crtx = (args: string[], input?: string | Buffer) => {
  const r = spawnSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CrtxRecord);
const bySlug = (records: CrtxRecord[], text: (r: CrtxRecord) => string) =>
  Object.fromEntries(records.map((r) => [r.organization.slug, comparableRecord(r, text(r))]));

describe('the crtx bin', () => {
  it('runs as a command (shebang and executable bit), as npx crtx runs it in a fresh clone', () => {
    const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin.crtx as string;
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly with exit 141, as SIGPIPE would, instead of an EPIPE stack trace', () => {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; node dist/bin/crtx.cjs extract sources/2021 --stdout | head -c 100 > /dev/null'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(141);
  });
});

describe('the committed examples in fixtures/inputs/', () => {
  it('are what npm run examples writes from the current fixtures (the PDF is checked by its records below)', () => {
    const files = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).sort();
    const entries = files.map((f) => asChapterEntry(readFileSync(join('fixtures/profiles', f), 'utf8')));
    expect(readFileSync('fixtures/inputs/chapter-2021.txt', 'utf8')).toBe(chapterOf(2021, entries));
    expect(readFileSync('fixtures/inputs/chapter-2021.html', 'utf8')).toBe(htmlPage('Country Reports on Terrorism 2021: Foreign Terrorist Organizations', entries));
  });
});

describe('crtx extract on every input format', () => {
  const out = tempDir();
  const fromText = crtx(['extract', 'fixtures/inputs/chapter-2021.txt', '--stdout']);
  const textRecords = jsonl(fromText.stdout);
  const chapterText = readFileSync('fixtures/inputs/chapter-2021.txt', 'utf8');

  it('reads the chapter text: 7 records, nothing but JSON on stdout', () => {
    expect(fromText.status).toBe(0);
    expect(textRecords).toHaveLength(7);
    expect(fromText.stderr).not.toContain('"schemaVersion"');
  });

  it('reads the saved web page into the same records, with the text written beside them', () => {
    const r = crtx(['extract', 'fixtures/inputs/chapter-2021.html', '--out', out]);
    expect(r.status).toBe(0);
    const records = jsonl(readFileSync(join(out, '2021/profiles.jsonl'), 'utf8'));
    const textOf = (rec: CrtxRecord) => readFileSync(join(out, rec.source.textPath!), 'utf8');
    // One text for the chapter's records, named from its content.
    const [textPath] = records.map((rec) => rec.source.textPath);
    expect(records.map((rec) => rec.source.textPath)).toEqual(Array(7).fill(textPath));
    expect(textPath).toBe(`2021/text-${createHash('sha256').update(readFileSync(join(out, textPath!))).digest('hex').slice(0, 16)}.txt`);
    expect(bySlug(records, textOf)).toEqual(bySlug(textRecords, () => chapterText));
  });

  it('reads the report PDF into the same records as the same profiles in text', () => {
    const r = crtx(['extract', 'fixtures/inputs/report-2021.pdf', '--stdout', '--out', out]);
    expect(r.status).toBe(0);
    const records = jsonl(r.stdout);
    expect(records).toHaveLength(5);
    const pdfText = readFileSync(join(out, records[0]!.source.textPath!), 'utf8');
    const fromTextSame = textRecords.filter((t) => records.some((p) => p.organization.slug === t.organization.slug));
    expect(fromTextSame).toHaveLength(5);
    expect(bySlug(records, () => pdfText)).toEqual(bySlug(fromTextSame, () => chapterText));
  });

  it('picks the reader from the content, not the extension, and --input-format overrides', () => {
    const dir = tempDir();
    copyFileSync('fixtures/inputs/chapter-2021.html', join(dir, 'page.txt'));
    copyFileSync('fixtures/inputs/report-2021.pdf', join(dir, 'report'));
    expect(jsonl(crtx(['extract', join(dir, 'page.txt'), '--stdout', '--out', dir]).stdout).map((r) => r.source.format)).toEqual(Array(7).fill('html'));
    expect(jsonl(crtx(['extract', join(dir, 'report'), '--stdout', '--out', dir]).stdout)).toHaveLength(5);
    const forced = crtx(['extract', join(dir, 'page.txt'), '--input-format', 'text', '--stdout']);
    expect(forced.status).toBe(1);
    expect(forced.stderr).toMatch(/page\.txt:1:1: error \[no-profile\]/);
    expect(crtx(['extract', 'x', '--input-format', 'docx']).status).toBe(2);
  });

  it('reports each unreadable input on one line and still writes the others', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x43, 0x52, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\nnot really a pdf');
    const outDir = tempDir();
    const r = crtx(['extract', 'fixtures/inputs/chapter-2021.txt', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'broken.pdf'), join(dir, 'missing.txt'), '--out', outDir]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const name of ['empty.txt', 'binary.txt', 'broken.pdf', 'missing.txt']) expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(jsonl(readFileSync(join(outDir, '2021/profiles.jsonl'), 'utf8'))).toHaveLength(7);
    expect(r.stderr).toMatch(/7 record\(s\) written .* 4 input\(s\) failed/);
  });

  it('takes the year from --year when a chapter does not state it', () => {
    const noHeading = chapterText.split('\n').slice(2).join('\n');
    const missing = crtx(['extract', '-', '--stdout'], noHeading);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/<stdin>:\d+:\d+: error \[no-year\] .*Pass --year YEAR/);
    const given = crtx(['extract', '-', '--stdout', '--year', '2019'], noHeading);
    expect(given.status).toBe(0);
    expect(jsonl(given.stdout).map((r) => r.report.year)).toEqual(Array(7).fill(2019));
    expect(crtx(['extract', '-', '--year', 'last']).status).toBe(2);
  });

  it('writes nothing beside records read straight from a UTF-8 text', () => {
    const dir = tempDir();
    crtx(['extract', 'fixtures/inputs/chapter-2021.txt', '--out', dir]);
    expect(existsSync(join(dir, '2021/chapter-2021.txt'))).toBe(false);
  });
});
