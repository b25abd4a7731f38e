/**
 * Real processes: runs into one folder at the same time, and Ctrl-C (SIGINT)
 * sent to a running extract, once and twice, with and without --jobs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asChapterEntry, chapterOf, renamedEntry } from '../../scripts/chapter.js';
import { tempDir } from '../temp.js';
import { filesUnder, folderProblems, indexAndRecords } from './helpers.js';

interface Exit {
  status: number | null;
  stderr: string;
}

function crtx(args: string[], whileRunning?: (child: ReturnType<typeof spawn>) => void): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn('node', ['dist/bin/crtx.cjs', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stderr }));
    whileRunning?.(child);
  });
}

const FIXTURES = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).sort();
const ENTRIES = FIXTURES.map((f) => asChapterEntry(readFileSync(join('fixtures/profiles', f), 'utf8')));

/** A 2021 chapter of `count` distinct organizations, tagged so chapters do not share any. */
function chapter(count: number, tag: string): string {
  return chapterOf(2021, Array.from({ length: count }, (_, i) => renamedEntry(ENTRIES[i % ENTRIES.length]!, `${tag} ${i}`)));
}

const jsonCount = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0);

/** Sends SIGINT `times` times once the run has written `after` records. */
function interruptAfter(yearDir: string, after: number, times: number) {
  return (child: ReturnType<typeof spawn>) => {
    const poll = setInterval(() => {
      if (jsonCount(yearDir) < after) return;
      clearInterval(poll);
      child.kill('SIGINT');
      if (times > 1) setTimeout(() => child.kill('SIGINT'), 5);
    }, 10);
    child.on('close', () => clearInterval(poll));
  };
}

describe('runs into one folder at the same time', () => {
  it('end with profiles.jsonl equal to the folder records, sorted, and nothing hidden left', async () => {
    const inputs = tempDir();
    for (const tag of ['a', 'b', 'c', 'd']) writeFileSync(join(inputs, `${tag}.txt`), chapter(60, tag));
    const out = tempDir();
    // Overlapping inputs, so runs also write the same record files at once.
    const runs = await Promise.all([['a.txt', 'b.txt'], ['b.txt', 'c.txt'], ['c.txt', 'd.txt'], ['d.txt', 'a.txt']].map((pair) => crtx(['extract', ...pair.map((p) => join(inputs, p)), '--out', out])));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    const { index, records } = indexAndRecords(join(out, '2021'));
    expect(records).toHaveLength(240);
    expect(index).toEqual(records);
    expect(filesUnder(out).filter((f) => f.split('/').pop()!.startsWith('.'))).toEqual([]);
    expect(folderProblems(out)).toEqual([]);
  }, 120_000);

  it('a lock left by a killed run is taken over', async () => {
    const inputs = tempDir();
    writeFileSync(join(inputs, 'a.txt'), chapter(3, 'a'));
    const out = tempDir();
    const dead = await new Promise<number>((resolve) => {
      const child = spawn('node', ['-e', '0']);
      child.on('close', () => resolve(child.pid!));
    });
    await crtx(['extract', inputs, '--out', out]);
    writeFileSync(join(out, '2021', '.profiles.jsonl.lock'), String(dead));
    writeFileSync(join(out, '2021', `.stale.json.${dead}.tmp`), '{"half');
    const r = await crtx(['extract', inputs, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(filesUnder(out).filter((f) => f.split('/').pop()!.startsWith('.'))).toEqual([]);
  }, 60_000);
});

describe('Ctrl-C on a running extract', () => {
  const big = tempDir();
  writeFileSync(join(big, 'one.txt'), chapter(1500, 'one'));
  writeFileSync(join(big, 'two.txt'), chapter(1500, 'two'));

  it.each([
    ['one input', [join(big, 'one.txt')]],
    ['--jobs 2', [join(big, 'one.txt'), join(big, 'two.txt'), '--jobs', '2']],
  ])('%s: stops after the current profile, rebuilds profiles.jsonl, leaves no temporaries, exits 130', async (_name, args) => {
    const out = tempDir();
    const r = await crtx(['extract', ...args, '--out', out], interruptAfter(join(out, '2021'), 20, 1));
    expect(r.status, r.stderr).toBe(130);
    expect(r.stderr).toContain('crtx: interrupted; finishing the profile being written (press Ctrl-C again to stop at once)\n');
    expect(r.stderr).toMatch(/^crtx: interrupted: (\d+) record\(s\) written to .* from \d of \d input\(s\) \(the last one up to its last whole profile\); profiles.jsonl rebuilt$/m);
    const written = Number(/interrupted: (\d+) record/.exec(r.stderr)![1]);
    const { index, records } = indexAndRecords(join(out, '2021'));
    expect(records.length).toBe(written);
    expect(written).toBeLessThan(3000);
    expect(index).toEqual(records);
    expect(filesUnder(out).filter((f) => f.split('/').pop()!.startsWith('.'))).toEqual([]);
    expect(folderProblems(out)).toEqual([]);
  }, 120_000);

  // Two signals sent together are one to the system, so the second goes once the first is acknowledged; by then the run may
  // already have finished its profile and rebuilt the index: either way, exit 130 and only whole files.
  it('a second Ctrl-C stops at once, leaving only whole files', async () => {
    const out = tempDir();
    const r = await crtx(['extract', join(big, 'one.txt'), '--out', out], (child) => {
      interruptAfter(join(out, '2021'), 20, 1)(child);
      child.stderr!.on('data', (d: Buffer) => {
        if (d.toString().includes('finishing the profile being written')) child.kill('SIGINT');
      });
    });
    expect(r.status, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/^crtx: (stopped at once; \d+ record\(s\) written to .*, profiles.jsonl not rebuilt \(run again to rebuild it\)|interrupted: \d+ record\(s\) written .*; profiles.jsonl rebuilt)$/m);
    expect(folderProblems(out)).toEqual([]);
    expect(filesUnder(out).filter((f) => f.split('/').pop()!.startsWith('.'))).toEqual([]);
  }, 120_000);
});
