import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp.js';

const cli = (args: string[]) => execFileSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out[prefix + e.name] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('committed output/', () => {
  it('is exactly what the current code produces from sources/', () => {
    const fresh = tempDir('crtx-output-');
    cli(['extract', 'sources', '--out', fresh]);
    expect(tree('output')).toEqual(tree(fresh));
  });

  it('is byte-identical across two runs', () => {
    const a = tempDir('crtx-a-');
    const b = tempDir('crtx-b-');
    cli(['extract', 'fixtures/profiles', '--out', a]);
    cli(['extract', 'fixtures/profiles', '--out', b]);
    expect(tree(a)).toEqual(tree(b));
    expect(Object.keys(tree(a)).length).toBeGreaterThan(5);
  });
});
