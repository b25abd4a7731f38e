/**
 * Output that never lies about what happened: texts named from their content,
 * nothing written for a record that is not, nothing on disk for --stdout,
 * crtx text, symlinked folders, validate on folders and stdin.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../scripts/example-inputs.js';
import { asChapterEntry } from '../scripts/chapter.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { filesUnder } from './faults/helpers.js';
import { tempDir } from './temp.js';

const CLI = resolve('dist/bin/crtx.cjs');
const crtx = (args: string[], options: { cwd?: string; input?: string | Buffer } = {}) => spawnSync('node', [CLI, ...args], { encoding: 'utf8', ...options });
const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CrtxRecord);
const sha16 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const profile = (name: string) => readFileSync(join('fixtures/profiles', name), 'utf8');
const page = (...names: string[]) => htmlPage('Country Reports on Terrorism 2021: Foreign Terrorist Organizations', names.map((n) => asChapterEntry(profile(n))));

describe('texts written beside records', () => {
  it('two pages with the same file name never share a text file: each record quotes its own text', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a/page.html'), page('seed-jnim-2021.txt'));
    writeFileSync(join(dir, 'b/page.html'), page('numbered-chapter-2019.txt'));
    const r = crtx(['extract', 'a/page.html', 'b/page.html', '--out', 'out'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const records = jsonl(readFileSync(join(dir, 'out/2021/profiles.jsonl'), 'utf8'));
    expect(new Set(records.map((x) => x.source.textPath)).size).toBe(2);
    for (const x of records) expect(x.source.textPath).toBe(`2021/text-${sha16(readFileSync(join(dir, 'out', x.source.textPath!)))}.txt`);
    const check = crtx(['validate', 'out', '--evidence'], { cwd: dir });
    expect(check.stderr).toBe('crtx: 2 valid record(s), evidence checked, 0 problem(s)\n');
    expect(check.status).toBe(0);
  });

  it('a record rejected as a duplicate leaves no text behind', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'first.txt'), profile('seed-jnim-2021.txt'));
    writeFileSync(join(dir, 'second.html'), page('seed-jnim-2021.txt'));
    const r = crtx(['extract', 'first.txt', 'second.html', '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('second.html:1:1: error [duplicate-id] record 2021/jamaat-nusrat-al-islam-wal-muslimin was already produced from first.txt; this one is not written');
    expect(filesUnder(join(dir, 'out'))).toEqual(['2021/jamaat-nusrat-al-islam-wal-muslimin.json', '2021/profiles.jsonl']);
  });

  it('a message that points into a text names a file that is there, even when no record of that input is written', () => {
    const dir = tempDir();
    const a = page('headings-own-line-2018.txt');
    writeFileSync(join(dir, 'a.html'), a);
    // The same organization again, in a page whose text differs: its records are duplicates, its warnings still point into its text.
    writeFileSync(join(dir, 'b.html'), a.replace('</main>', '<p>A note at the end.</p></main>'));
    const r = crtx(['extract', 'a.html', 'b.html', '--out', 'out'], { cwd: dir });
    expect(r.stderr).toContain('b.html:1:1: error [duplicate-id]');
    const pointing = r.stderr.split('\n').filter((l) => l.includes('[unknown-section]'));
    expect(pointing).toHaveLength(2);
    const files = pointing.map((l) => /^(out\/2021\/text-[0-9a-f]{16}\.txt):(\d+):1: /.exec(l)!);
    expect(files[0]![1]).not.toBe(files[1]![1]);
    for (const [, file, line] of files) expect(readFileSync(join(dir, file!), 'utf8').split('\n')[Number(line) - 1]).toMatch(/^Leadership/);
  });

  it('--stdout writes nothing to disk unless --out is given, and its messages name no file that was not written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.html'), page('seed-jnim-2021.txt'));
    writeFileSync(join(dir, 'latin.txt'), Buffer.from(profile('named-chapter-2014.txt').replaceAll('Sahel', 'S\u00e9hel'), 'latin1'));
    const r = crtx(['extract', 'p.html', 'latin.txt', '--stdout'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(jsonl(r.stdout)).toHaveLength(2);
    expect(filesUnder(dir)).toEqual(['latin.txt', 'p.html']);
    expect(r.stderr).toContain('latin.txt:1:1: warning [decoded-as-windows-1252] Input is not UTF-8; decoded as windows-1252. Offsets refer to the decoded text (source.textPath names it; crtx text prints it).');
    expect(r.stderr).not.toMatch(/output\/|written beside/);
    // With --out, the texts go there and the records are still on stdout.
    const withOut = crtx(['extract', 'p.html', 'latin.txt', '--stdout', '--out', 'o'], { cwd: dir });
    expect(withOut.stdout).toBe(r.stdout);
    expect(filesUnder(join(dir, 'o')).map((f) => f.replace(/[0-9a-f]{16}/, 'HASH'))).toEqual(['2014/text-HASH.txt', '2021/text-HASH.txt']);
  });
});

describe('crtx text INPUT', () => {
  it('prints exactly the text the offsets refer to, the same on every run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.html'), page('seed-jnim-2021.txt', 'chapter-6-2016.txt'));
    crtx(['extract', 'p.html', '--out', 'out'], { cwd: dir });
    const [record] = jsonl(readFileSync(join(dir, 'out/2021/profiles.jsonl'), 'utf8'));
    const printed = crtx(['text', 'p.html'], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(dir, 'out', record!.source.textPath!), 'utf8'));
    expect(crtx(['text', '-'], { cwd: dir, input: readFileSync(join(dir, 'p.html')) }).stdout).toBe(printed.stdout);
    // Clean UTF-8 text is its own text, byte for byte (BOM and CRLF kept).
    const bom = 'fixtures/profiles/no-break-spaces-crlf-bom-2021.txt';
    expect(crtx(['text', bom]).stdout).toBe(readFileSync(bom, 'utf8'));
    expect(crtx(['text', 'nope.txt']).stderr).toBe('nope.txt: error [unreadable] cannot read the file (ENOENT); check the path\n');
    expect(crtx(['text']).status).toBe(2);
  });
});

describe('folders', () => {
  it('symlinked folders are followed; a loop is reported once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real/inner'), { recursive: true });
    writeFileSync(join(dir, 'real/inner/p.txt'), profile('seed-jnim-2021.txt'));
    mkdirSync(join(dir, 'inputs'));
    symlinkSync(join(dir, 'real'), join(dir, 'inputs/linked'));
    symlinkSync(join(dir, 'inputs'), join(dir, 'inputs/loop'));
    const r = crtx(['extract', 'inputs', '--stdout'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.source.path)).toEqual(['inputs/linked/inner/p.txt']);
    expect(r.stderr).toBe(`inputs/loop: warning [symlink-loop] links back to ${join(dir, 'inputs')}, a folder being read; not followed\n`);
  });

  it('validate reads folders and standard input, and says which file it could not read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.txt'), profile('seed-jnim-2021.txt'));
    crtx(['extract', 'p.txt', '--out', 'out'], { cwd: dir });
    expect(crtx(['validate', 'out'], { cwd: dir }).stderr).toBe('crtx: 1 valid record(s), 0 problem(s)\n');
    const stdin = crtx(['validate', '-', '--evidence'], { cwd: dir, input: readFileSync(join(dir, 'out/2021/profiles.jsonl')) });
    expect(stdin.stderr).toBe('crtx: 1 valid record(s), evidence checked, 0 problem(s)\n');
    expect(stdin.status).toBe(0);
    const missing = crtx(['validate', 'nothing-here'], { cwd: dir });
    expect(missing.stderr).toBe('nothing-here: error [no-input] no such file or folder; check the path\ncrtx: 0 valid record(s), 1 problem(s)\n');
    expect(missing.status).toBe(1);
  });

  it('records piped from --stdout are checked against their texts read again, nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.html'), page('seed-jnim-2021.txt', 'chapter-6-2016.txt'));
    copyFileSync('fixtures/inputs/report-2021.pdf', join(dir, 'report.pdf'));
    const r = spawnSync('sh', ['-c', `node ${CLI} extract report.pdf p.html --stdout 2>/dev/null | node ${CLI} validate - --evidence`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('crtx: 6 valid record(s), evidence checked, 0 problem(s)\n');
    expect(r.status).toBe(0);
    expect(filesUnder(dir)).toEqual(['p.html', 'report.pdf']);
  });

  it('a changed input is caught by validate --evidence', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.txt'), profile('seed-jnim-2021.txt'));
    crtx(['extract', 'p.txt', '--out', 'out'], { cwd: dir });
    writeFileSync(join(dir, 'p.txt'), 'Something else entirely.\n' + profile('seed-jnim-2021.txt'));
    const r = crtx(['validate', 'out/2021/profiles.jsonl', '--evidence'], { cwd: dir });
    expect(r.stderr).toContain('out/2021/profiles.jsonl:1:1: error [no-text] 2021/jamaat-nusrat-al-islam-wal-muslimin: cannot check evidence: its input p.txt has changed since the record was made (sha256 differs)');
    expect(r.status).toBe(1);
  });
});

describe('empty profiles', () => {
  it('a title with no sections gets warning [empty-profile]', () => {
    const r = crtx(['extract', '-', '--stdout'], { input: 'Country Report on Terrorism 2021 - Chapter 5 - Test Front (TF)\n\naka TF\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('<stdin>:1:1: warning [empty-profile] The profile has a title but no sections (no "Description:", "Activities:", ...), so its record holds only names; check that the whole profile was given.\n');
  });
});
