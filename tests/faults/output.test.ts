/**
 * Failures injected into the output folder's file system (never chmod: CI
 * runs as root): in each, one message naming the cause, no half-written
 * file, no wrong record, and a second run that ends exactly like a clean one.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/output/fs.js';
import { tempDir } from '../temp.js';
import { extractWith, faultyFs, filesUnder, folderProblems, indexAndRecords, systemError, type Step } from './helpers.js';

// Three inputs: two profiles of different years and one in Windows-1252, whose decoded text is written beside its record.
const inputs = tempDir();
const PROFILES = ['chapter-6-2016.txt', 'seed-jnim-2021.txt'];
for (const f of PROFILES) copyFileSync(join('fixtures/profiles', f), join(inputs, f));
const latin = readFileSync('fixtures/profiles/named-chapter-2014.txt', 'utf8').replaceAll('Sahel Liberation Brigades', 'Sahel Caf\u00e9 Brigades');
writeFileSync(join(inputs, 'zz-latin1.txt'), Buffer.from([...latin].map((ch) => (ch === '\u00e9' ? 0xe9 : ch.charCodeAt(0)))));
const INPUT_FILES = [...PROFILES, 'zz-latin1.txt'].map((f) => join(inputs, f));

let expected: Map<string, string>;
let cleanSteps: Step[];
beforeAll(async () => {
  const out = tempDir();
  const fs = faultyFs(() => {});
  const run = await extractWith([inputs, '--out', out], fs);
  expect(run.status, run.stderr).toBe(0);
  cleanSteps = fs.steps;
  expected = new Map(filesUnder(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  expect([...expected.keys()].some((f) => /^2014\/text-[0-9a-f]{16}\.txt$/.test(f))).toBe(true);
});

const hidden = (out: string) => filesUnder(out).filter((f) => f.split('/').pop()!.startsWith('.'));
const failures = (stderr: string) => stderr.split('\n').filter((l) => l.includes('[out-not-writable]'));

/** After any failure: visible files whole and as a clean run writes them, nothing hidden left, each profiles.jsonl equal to its folder. */
function expectConsistent(out: string): void {
  expect(folderProblems(out, expected)).toEqual([]);
  expect(hidden(out)).toEqual([]);
  for (const year of readdirSync(out)) {
    if (readdirSync(join(out, year)).includes('profiles.jsonl')) {
      const { index, records } = indexAndRecords(join(out, year));
      expect(index).toEqual(records);
    }
  }
}

describe('a write that fails', () => {
  // Each case makes a fresh test for the step to fail.
  const cases: Array<[string, () => (s: Step) => boolean]> = [
    ['the second record', () => {
      let records = 0;
      return (s) => s.call === 'writeFile' && /\.json\.\d+\.tmp$/.test(s.path) && ++records === 2;
    }],
    ['the text written beside a record', () => (s) => s.call === 'writeFile' && /text-[0-9a-f]{16}\.txt\.\d+\.tmp$/.test(s.path)],
    ['a rename into place', () => (s) => s.call === 'rename' && s.path.endsWith('.json')],
    ['profiles.jsonl', () => (s) => s.call === 'write' && s.path.includes('profiles.jsonl')],
  ];
  for (const [code, words] of [['ENOSPC', 'no space left on device'], ['EACCES', 'permission denied']] as const) {
    it.each(cases)(`${code} on %s: one message with the path and reason, exit 2, files whole`, async (_what, makeTest) => {
      const out = tempDir();
      const when = makeTest();
      let failedPath = '';
      const fs = faultyFs((s) => {
        if (!failedPath && when(s)) {
          failedPath = s.path;
          throw systemError(code, words, s.call === 'rename' ? 'rename' : 'open', s.path);
        }
      });
      const run = await extractWith([inputs, '--out', out], fs);
      expect(failedPath).not.toBe('');
      expect(run.status).toBe(2);
      const [message, ...more] = failures(run.stderr);
      expect(more).toEqual([]);
      expect(message).toMatch(new RegExp(`: error \\[out-not-writable\\] cannot write ${out}/\\S+ \\(${code}: ${words}\\); check the --out folder`));
      expect(run.stderr).not.toContain('internal-error');
      expect(run.stderr).toMatch(/^crtx: stopped: \d+ record\(s\) written to .* before the output folder failed$/m);
      expectConsistent(out);
      // Run again on a healthy disk: exactly the clean run's files.
      expect((await extractWith([inputs, '--out', out], nodeFs)).status).toBe(0);
      expect(new Map(filesUnder(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(expected);
    });
  }

  it('a folder that cannot be written is reported once, before any input is read', async () => {
    const out = join(tempDir(), 'records');
    const fs = faultyFs((s) => {
      if (s.call === 'writeFile') throw systemError('EROFS', 'read-only file system', 'open', s.path);
    });
    const run = await extractWith([join(inputs, 'missing.txt'), inputs, '--out', out], fs);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${out}: error [out-not-writable] cannot write ${out} (EROFS: read-only file system); check the --out folder (exists as a folder, writable, space left)\n`);
  });
});

describe('--stdout', () => {
  it('touches no file at all without --out: records come out even where nothing can be written', async () => {
    const fs = faultyFs((s) => {
      throw systemError('EROFS', 'read-only file system', 'open', s.path);
    });
    const run = await extractWith([inputs, '--stdout'], fs);
    expect(run.status).toBe(0);
    expect(fs.steps).toEqual([]);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['2016/army-of-the-northern-hills', '2021/jamaat-nusrat-al-islam-wal-muslimin', '2014/sahel-cafe-brigades']);
    expect(run.stderr).toMatch(/^\S+zz-latin1.txt:1:1: warning \[decoded-as-windows-1252\] [^\n]*\n$/);
  });
});

describe('a file where a folder should be (and the reverse)', () => {
  it('--out is a file', async () => {
    const out = join(tempDir(), 'out');
    writeFileSync(out, 'not a folder');
    const run = await extractWith([inputs, '--out', out], nodeFs);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${out}: error [out-not-writable] cannot write ${out} (ENOTDIR: it is a file, not a folder); check the --out folder (exists as a folder, writable, space left)\n`);
  });

  // Node's own recursive mkdir never returns here (every level answers ENOENT).
  it.runIf(process.platform === 'linux')('--out where no folder can be made (/proc) is reported, not a hang', async () => {
    const run = await extractWith([inputs, '--out', '/proc/crtx-test/out'], nodeFs);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('/proc/crtx-test/out: error [out-not-writable] cannot write /proc/crtx-test/out (ENOENT: no such file or directory); check the --out folder (exists as a folder, writable, space left)\n');
  });

  it('a year folder is a file', async () => {
    const out = tempDir();
    writeFileSync(join(out, '2016'), 'in the way');
    const run = await extractWith([inputs, '--out', out], nodeFs);
    expect(run.status).toBe(2);
    expect(failures(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^${out}/2016: error \\[out-not-writable\\] cannot write ${out}/2016 \\((EEXIST|ENOTDIR): `))]);
    expect(run.stderr).not.toMatch(/internal-error|\n\s+at /);
    expect(readFileSync(join(out, '2016'), 'utf8')).toBe('in the way');
  });

  it('profiles.jsonl is a folder', async () => {
    const out = tempDir();
    mkdirSync(join(out, '2021', 'profiles.jsonl'), { recursive: true });
    const run = await extractWith([inputs, '--out', out], nodeFs);
    expect(run.status).toBe(2);
    expect(failures(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^${out}/2021/profiles.jsonl: error \\[out-not-writable\\] cannot write ${out}/2021/profiles.jsonl \\(E[A-Z]+: `))]);
    expect(run.stderr).not.toMatch(/internal-error|\n\s+at /);
    expect(hidden(out)).toEqual([]);
    expect(folderProblems(out, expected)).toEqual([]);
  });
});

describe('a kill at every write step', () => {
  it('leaves only whole files, each the old or the new one, and the next run ends exactly like a clean one', async () => {
    expect(cleanSteps.length).toBeGreaterThan(15);
    for (let k = 0; k < cleanSteps.length; k++) {
      const out = tempDir();
      const fs = faultyFs((s) => (s.index === k ? 'kill' : undefined));
      await extractWith([inputs, '--out', out], fs);
      expect(fs.killed, `step ${k}`).toBe(true);
      expect(folderProblems(out, expected), `killed at step ${k}: ${cleanSteps[k]!.call} ${cleanSteps[k]!.path}`).toEqual([]);
      expect((await extractWith([inputs, '--out', out], nodeFs)).status).toBe(0);
      expect(new Map(filesUnder(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])), `rerun after a kill at step ${k}`).toEqual(expected);
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('inputs that vanish mid-run', () => {
  it('the vanished input is reported with the reason; the others are written', async () => {
    const dir = tempDir();
    for (const f of INPUT_FILES) copyFileSync(f, join(dir, f.split('/').pop()!));
    const out = tempDir();
    const gone = join(dir, 'seed-jnim-2021.txt');
    const fs = faultyFs((s) => {
      if (s.call === 'rename' && s.path.endsWith('.json') && readdirSync(dir).includes('seed-jnim-2021.txt')) unlinkSync(gone);
    });
    const run = await extractWith([dir, '--out', out], fs);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${gone}: error [unreadable] cannot read the file (ENOENT)`);
    expect(run.stderr).toMatch(/^crtx: 2 record\(s\) written to .* from 3 input\(s\); 1 input\(s\) failed$/m);
    expect(folderProblems(out)).toEqual([]);
    expect(filesUnder(out).filter((f) => f.endsWith('.json'))).toEqual(['2014/sahel-cafe-brigades.json', '2016/army-of-the-northern-hills.json']);
    expect(hidden(out)).toEqual([]);
  });
});

describe('Ctrl-C', () => {
  it('finishes the record being written, rebuilds profiles.jsonl, removes temporaries, says how far it got, exits 130', async () => {
    const out = tempDir();
    let press: (() => void) | null = null;
    let renamed = 0;
    const fs = faultyFs((s) => {
      if (s.call === 'rename' && s.path.endsWith('.json') && ++renamed === 1) press!();
    });
    const run = await extractWith([inputs, '--out', out], fs, { interrupt: (handler) => (press = handler) });
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('crtx: interrupted; finishing the profile being written (press Ctrl-C again to stop at once)\n');
    expect(run.stderr).toMatch(new RegExp(`crtx: interrupted: 1 record\\(s\\) written to ${out}/ from 1 of 3 input\\(s\\); profiles.jsonl rebuilt\\n$`));
    expectConsistent(out);
    expect(filesUnder(out)).toEqual(['2016/army-of-the-northern-hills.json', '2016/profiles.jsonl']);
  });
});
