/**
 * Named golden fixtures: fixtures/profiles/NAME.txt → fixtures/expected/NAME.json.
 * `npm run golden` rewrites the expected files; a person reads the diff before committing.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stableJson } from '../src/record/json-schema.js';
import { extractFile } from '../src/pipeline.js';

export const FIXTURE_INPUTS = 'fixtures/profiles';
export const FIXTURE_EXPECTED = 'fixtures/expected';

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_INPUTS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => basename(f, '.txt'));
}

/** The expected file's content for a fixture, as the current code produces it. */
export function renderFixture(name: string): string {
  const { records, diagnostics } = extractFile(join(FIXTURE_INPUTS, `${name}.txt`));
  return stableJson({ records, diagnostics });
}
