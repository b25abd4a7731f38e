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

  it('ingest reads bytes into text and knows the report’s layout only through layout/, never profile parsing or extraction', () => {
    expect(importsOf('ingest').filter(([, target]) => /^(?:profile|extract|record|diff|export|cli|output)\//.test(target))).toEqual([]);
  });

  it('layout/ sits below ingest and profile: it imports only text helpers and diagnostics', () => {
    expect(importsOf('layout').filter(([, target]) => !/^(?:layout\/|text\/|diagnostics\.js$)/.test(target))).toEqual([]);
  });

  it('one line classifier: only layout/lines.ts reads the line patterns (titles, headings, chrome, alias and source lines)', () => {
    const readers = ['layout', 'profile', 'ingest'].flatMap((folder) =>
      readdirSync(join('src', folder), { encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(folder, f))
        .filter((file) => /\b(?:CHROME_LINES|END_MARKERS|SOURCE_LINE|KNOWN_HEADING|UNKNOWN_HEADING|AKA_LINE|TITLE_STYLES)\b/.test(readFileSync(join('src', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
        .filter((file) => !['layout/lines.ts', 'layout/chrome.ts', 'layout/headings.ts', 'layout/title.ts'].includes(file)),
    );
    expect(readers).toEqual([]);
    for (const user of ['layout/split.ts', 'layout/unwrap.ts', 'profile/parse-profile.ts']) {
      expect(importsOf(user.split('/')[0]!).filter(([file, target]) => file === user && target === 'layout/lines.js')).toHaveLength(1);
    }
  });

  it('src/ holds no eval or golden helpers (they live in scripts/)', () => {
    expect(readdirSync('src').filter((f) => /eval|golden/.test(f))).toEqual([]);
  });
});
