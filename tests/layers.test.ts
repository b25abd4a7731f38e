import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module a folder's TypeScript files import, relative to src/ ("extract/context.js"), with the importing file. */
function importsOf(folder: string): Array<[string, string]> {
  return readdirSync(join('src', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => {
      const text = readFileSync(join('src', folder, file), 'utf8');
      return [...text.matchAll(/^(?:import|export)[^;]*? from '(\.[^']+)'/gm)].map((m) => [join(folder, file), join(folder, file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', m[1]!)] as [string, string]);
    });
}

describe('layers: data flows one way', () => {
  it('the record layer imports nothing from extraction, the diff or the exporters', () => {
    expect(importsOf('record').filter(([, target]) => /^(?:extract|diff|export|cli)\//.test(target))).toEqual([]);
  });

  it('exporters build on records and the diff’s matching, never on extraction or the CLI', () => {
    expect(importsOf('export').filter(([, target]) => /^(?:extract|ingest|profile|cli)\//.test(target))).toEqual([]);
  });

  it('src/ holds no eval or golden helpers (they live in scripts/)', () => {
    expect(readdirSync('src').filter((f) => /eval|golden/.test(f))).toEqual([]);
  });
});
