import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EXPECTED, FIXTURE_INPUTS, fixtureNames, renderFixture } from '../scripts/golden.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { claims } from './claims.js';
import { comparable } from '../src/text/view.js';

describe('golden fixtures (npm run golden regenerates; read the diff before committing)', () => {
  it.each(fixtureNames())('%s matches its expected records', (name) => {
    const expected = readFileSync(join(FIXTURE_EXPECTED, `${name}.json`), 'utf8');
    expect(renderFixture(name)).toBe(expected);
  });
});

describe('evidence', () => {
  it.each(fixtureNames())('every fact of %s slices to the value it claims', (name) => {
    const text = readFileSync(join(FIXTURE_INPUTS, `${name}.txt`), 'utf8');
    const { records } = JSON.parse(readFileSync(join(FIXTURE_EXPECTED, `${name}.json`), 'utf8')) as { records: CrtxRecord[] };
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      // Every fixture has a full title line: the report year is read from it.
      expect(text.slice(r.organization.evidence.start, r.organization.evidence.end)).toContain(String(r.report.year));
      const all = claims(r);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const c of all) {
        expect(c.start, c.what).toBeLessThanOrEqual(c.end);
        expect(c.end, c.what).toBeLessThanOrEqual(text.length);
        expect(comparable(text.slice(c.start, c.end)), `${c.what} "${c.value}"`).toContain(comparable(c.value));
      }
    }
  });
});
