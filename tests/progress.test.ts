import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressDisplay } from '../src/cli/progress.js';
import { tempDir } from './temp.js';

const CLEAR = '\r\x1b[K';
const inputs = tempDir();
const profiles = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt'));
for (const f of profiles) copyFileSync(join('fixtures/profiles', f), join(inputs, f));
writeFileSync(join(inputs, 'zz-empty.txt'), ''); // last: its message comes while the progress line is up
const total = profiles.length + 1;

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** crtx extract with standard error on a pseudo-terminal (util-linux script), CI unset unless given. */
function onTerminal(extra: string[], env: Record<string, string> = {}): string {
  const out = tempDir();
  const command = ['node', resolve('dist/bin/crtx.cjs'), 'extract', inputs, '--out', out, ...extra].map((a) => `'${a}'`).join(' ');
  const { CI: _ci, ...rest } = process.env;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...rest, ...env } });
  expect(r.status).toBe(1); // the empty input fails (script passes the exit code on with -e)
  return r.stdout;
}

describe.skipIf(!hasScript)('the progress line on a terminal', () => {
  const shown = onTerminal([]);

  it('shows inputs done of total, profiles, MB/s and time left, drawn in place', () => {
    expect(shown).toMatch(new RegExp(`\\r\\x1b\\[Kcrtx: 1/${total} inputs, 1 profiles, \\d+\\.\\d MB/s, \\d+:\\d\\d left`));
  });

  it('is cleared before every message and at the end, so no message shares its line', () => {
    for (const line of shown.split('\n')) expect(line.split(CLEAR).at(-1)).not.toMatch(/inputs, \d+ profiles/);
    expect(shown).toContain(`${inputs}/zz-empty.txt: error [empty] the file is empty`);
    expect(shown).toMatch(new RegExp(`(?:\\n|\\r\\x1b\\[K)crtx: ${profiles.length} record\\(s\\) written to .* from ${total} input\\(s\\); 1 input\\(s\\) failed\\r?\\n$`));
  });

  it('is not shown with --quiet or when CI is set', () => {
    expect(onTerminal(['--quiet'])).not.toContain('\x1b[K');
    expect(onTerminal([], { CI: 'true' })).not.toContain('\x1b[K');
  });
});

describe('the progress line elsewhere', () => {
  it('is not shown when standard error is not a terminal', () => {
    const { CI: _ci, ...env } = process.env;
    const r = spawnSync('node', ['dist/bin/crtx.cjs', 'extract', inputs, '--out', tempDir()], { encoding: 'utf8', env });
    expect(r.stderr).toContain('zz-empty.txt: error [empty]');
    expect(r.stderr).not.toContain('\x1b[');
  });

  it('is redrawn at most every 100 ms however often inputs finish', () => {
    const writes: string[] = [];
    const terminal = { isTTY: true, columns: 80 };
    const { CI } = process.env;
    delete process.env.CI;
    try {
      const t0 = performance.now();
      const progress = progressDisplay(Array.from({ length: 1000 }, (_, i) => `missing-${i}.txt`), false, (s) => writes.push(s), terminal);
      for (let i = 0; i < 1000; i++) progress.inputDone(`missing-${i}.txt`, 1);
      const elapsed = performance.now() - t0;
      expect(writes[0]).toMatch(/^\r\x1b\[Kcrtx: 1\/1000 inputs, 1 profiles/);
      expect(writes.length).toBeLessThanOrEqual(1 + Math.floor(elapsed / 100));
    } finally {
      if (CI !== undefined) process.env.CI = CI;
    }
  });
});
