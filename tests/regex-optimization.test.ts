import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputBytes, isSmallRun, SMALL_RUN_BYTES } from '../src/cli/regex-optimization.js';
import { tempDir } from './temp.js';

describe('the regular-expression optimizer, chosen by the run size', () => {
  const dir = tempDir();
  const file = (name: string, bytes: number) => {
    const path = join(dir, name);
    writeFileSync(path, 'x'.repeat(bytes));
    return path;
  };
  const small = file('small.txt', 10_000);
  const other = file('other.txt', 20_000);
  const large = file('large.txt', SMALL_RUN_BYTES);

  it('adds up the inputs, leaves out a missing file, and knows nothing of standard input', () => {
    expect(inputBytes([small, other])).toBe(30_000);
    expect(inputBytes([small, join(dir, 'missing.txt')])).toBe(10_000);
    expect(inputBytes([small, '-'])).toBeNull();
  });

  it('turns the optimizer off below SMALL_RUN_BYTES only', () => {
    expect(isSmallRun([small, other])).toBe(true);
    expect(isSmallRun([large])).toBe(false);
    expect(isSmallRun([small, large])).toBe(false);
    expect(isSmallRun(['-'])).toBe(false);
  });

  it('keeps the bin starting from its code cache (made with the optimizer on, loaded before a small run turns it off)', () => {
    const r = spawnSync('node', ['dist/bin/crtx.cjs', 'extract', 'fixtures/profiles/seed-jnim-2021.txt', '--stdout'], { encoding: 'utf8', env: { ...process.env, CRTX_DEBUG: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('crtx: code cache used\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});
