import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asChapterEntry, chapterOf, renamedEntry } from '../scripts/chapter.js';
import { documentFromText } from '../src/ingest/document.js';
import { extractDocument } from '../src/pipeline.js';
import { recordProblems } from '../src/record/validate.js';
import { profile } from './helpers.js';
import { tempDir } from './temp.js';

const crtx = (args: string[], input?: string) => {
  const r = spawnSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const TITLE = 'Country Report on Terrorism 2021 - Chapter 5 - Test Front (TF)';

describe('clear messages for bad input: path:line:column: severity [code] what, and what to do', () => {
  const dir = tempDir();
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  it.each<[string, string, string | Buffer, RegExp, number]>([
    ['empty file', 'empty.txt', '', /empty\.txt: error \[empty\] the file is empty; expected a profile/, 1],
    ['binary file', 'binary.txt', Buffer.from('abc\nde\u0000fg'), /binary\.txt:2:3: error \[not-text\] binary file \(NUL byte\).*check that this is the right file/, 1],
    ['no recognizable profile', 'none.txt', 'Minutes of the meeting.\nNothing here.\n', /none\.txt:1:1: error \[no-profile\] No profile found: expected a title line/, 1],
    ['a profile without title or year', 'noyear.txt', 'Test Front (TF)\naka TF\nDescription: The group.\n', /noyear\.txt:1:1: error \[no-year\] .*Pass --year YEAR/, 1],
    ['a duplicate section', 'dup.txt', profile({ Description: 'One.', Strength: '100 fighters.' }) + '\nDescription: Two.\n', /dup\.txt:9:1: warning \[duplicate-section\] Section "Description" appears more than once/, 0],
    ['an unknown section', 'unknown.txt', profile({ Description: 'One.', Leadership: 'Abu Test.' }), /unknown\.txt:7:1: warning \[unknown-section\] Unknown section heading "Leadership"/, 0],
    ['an impossible designation date', 'feb30.txt', profile({ Description: 'TF was designated as an FTO on February 30, 2019.' }), /feb30\.txt:5:\d+: error \[impossible-date\] Designation date "February 30, 2019" is not a real date/, 0],
    ['an impossible event date', 'event30.txt', profile({ Activities: 'On February 30, 2019, TF killed 4 soldiers in Mali.' }), /event30\.txt:5:\d+: warning \[impossible-date\] Date "February 30, 2019" cannot be real/, 0],
    ['a strength range with min above max', 'range.txt', profile({ Strength: 'TF has between 2,000 and 1,000 fighters.' }), /range\.txt:5:\d+: error \[strength-min-above-max\]/, 0],
  ])('%s', (_name, fileName, content, message, status) => {
    const r = crtx(['extract', file(fileName, content), '--stdout']);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(status);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(/);
    // stdout holds records only: every line is a record.
    for (const line of r.stdout.split('\n').filter(Boolean)) expect(recordProblems(JSON.parse(line))).toEqual([]);
  });
});

describe('a batch keeps going', () => {
  it('one bad input among many: the others are written, the exit code says some failed', () => {
    const dir = tempDir();
    const entries = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 30; i++) {
      const source = readFileSync(join('fixtures/profiles', entries[i % entries.length]!), 'utf8');
      writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.txt`), chapterOf(2021, [renamedEntry(asChapterEntry(source), String(i))]));
    }
    writeFileSync(join(dir, 'p15-bad.txt'), Buffer.from([0, 1, 2, 3]));
    const out = tempDir();
    const r = crtx(['extract', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/p15-bad\.txt:1:1: error \[not-text\]/);
    expect(r.stderr).toMatch(/30 record\(s\) written .* from 31 input\(s\); 1 input\(s\) failed/);
    expect(readdirSync(join(out, '2021')).filter((f) => f.endsWith('.json'))).toHaveLength(30);
  });
});

describe('nothing half-written, nothing outside --out', () => {
  it('an interrupted run leaves every output file either old or new, never truncated', async () => {
    const dir = tempDir();
    const entries = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).map((f) => asChapterEntry(readFileSync(join('fixtures/profiles', f), 'utf8')));
    const many = Array.from({ length: 400 }, (_, i) => renamedEntry(entries[i % entries.length]!, String(i)));
    writeFileSync(join(dir, 'big.txt'), chapterOf(2021, many));
    const out = tempDir();
    crtx(['extract', join(dir, 'big.txt'), '--out', out]);
    const before = readdirSync(join(out, '2021')).length;
    for (const delay of [150, 300, 450, 600]) {
      const child = spawn('node', ['dist/bin/crtx.cjs', 'extract', join(dir, 'big.txt'), '--out', out], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const files = readdirSync(join(out, '2021')).filter((f) => !f.startsWith('.'));
      expect(files.length).toBe(before);
      for (const f of files.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, '2021', f), 'utf8'))).not.toThrow();
      for (const line of readFileSync(join(out, '2021', 'profiles.jsonl'), 'utf8').trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    }
  }, 60_000);

  it('a hostile title cannot write outside --out', () => {
    const out = tempDir();
    const r = crtx(['extract', '-', '--out', out], profile({ Description: 'X.' }, 'Country Report on Terrorism 2021 - Chapter 5 - ../../etc/passwd'));
    expect(r.status).toBe(0);
    const written = readdirSync(join(out, '2021'));
    expect(written).toContain('etc-passwd.json');
    for (const f of written) expect(relative(out, join(out, '2021', f)).startsWith('..')).toBe(false);
  });
});

describe('no hangs on 1 MB of adversarial text (a generous timeout catches a hang; speed is the benchmark’s)', () => {
  const MB = 1 << 20;
  const head = `${TITLE}\n\nAka `;
  it.each<[string, string]>([
    ['long runs of spaces', head + 'x\n\nDescription: ' + ' '.repeat(MB) + '.\n'],
    ['long runs of digits', head + 'x\n\nActivities: killed ' + '1'.repeat(MB) + '\n'],
    ['digits and spaces', head + 'x\n\nActivities: killed ' + '1 '.repeat(MB / 2) + '\n'],
    ['commas', head + 'x\n\nStrength: ' + '1,'.repeat(MB / 2) + '\n'],
    ['semicolons', head + ';'.repeat(MB) + '\n\nDescription: x\n'],
    ['aka without end', head + 'a; '.repeat(MB / 3)],
    ['a million-character line of incidents', head + 'x\n\nActivities: ' + 'In 2019, TF attacked a base in Mali, killing 10 soldiers and wounding 25 others, '.repeat(MB / 80)],
    ['hyphenated words without end', head + 'x\n\nDescription: ' + 'al-'.repeat(MB / 3) + '\n'],
    ['month names without end', head + 'x\n\nActivities: ' + 'In March April May June '.repeat(MB / 24) + '\n'],
    ['qualifiers without a number', head + 'x\n\nActivities: ' + 'at least more than nearly '.repeat(MB / 26) + '10 people were killed\n'],
    ['one-character lines', head + 'x\n\nDescription: ' + 'a\n'.repeat(MB / 2)],
    ['heading-like lines', 'Ab: '.repeat(MB / 4)],
    ['name lines without profiles', 'Foo Bar\nDescription: x\n'.repeat(MB / 20)],
  ])('%s', (_name, text) => {
    const { records, diagnostics } = extractDocument(documentFromText('adversarial.txt', text));
    expect(diagnostics.filter((d) => d.code === 'invalid-record')).toEqual([]);
    expect(records.length + diagnostics.length).toBeGreaterThan(0);
  }, 60_000);
});
