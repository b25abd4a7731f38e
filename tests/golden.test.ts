import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EXPECTED, FIXTURE_INPUTS, fixtureNames, renderFixture } from '../src/golden.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { comparable } from '../src/text/view.js';

describe('golden fixtures (npm run golden regenerates; read the diff before committing)', () => {
  it.each(fixtureNames())('%s matches its expected records', (name) => {
    const expected = readFileSync(join(FIXTURE_EXPECTED, `${name}.json`), 'utf8');
    expect(renderFixture(name)).toBe(expected);
  });
});

/** Every fact with the string it claims to have read. */
function claims(r: CrtxRecord): Array<{ what: string; value: string; start: number; end: number }> {
  const out: Array<{ what: string; value: string; start: number; end: number }> = [];
  const add = (what: string, value: string | number, e: { start: number; end: number }) => out.push({ what, value: String(value), ...e });
  add('organization.name', r.organization.name, r.organization.evidence);
  if (r.organization.acronym) add('organization.acronym', r.organization.acronym, r.organization.evidence);
  add('report.year', r.report.year, r.organization.evidence);
  r.aliases.forEach((a) => add('alias', a.value, a.evidence));
  if (r.founded) add('founded', r.founded.year, r.founded.evidence);
  if (r.designation) add('designation.year', r.designation.date.slice(0, 4), r.designation.evidence);
  r.leaders.forEach((l) => add('leader', l.name, l.evidence));
  if (r.strength) {
    add('strength.text', r.strength.text, r.strength.evidence);
    if (r.strength.unit) add('strength.unit', r.strength.unit, r.strength.evidence);
  }
  r.areas.forEach((a) => add('area', a.name, a.evidence));
  r.funding.sources.forEach((s) => add('funding.source', s.text, s.evidence));
  r.funding.sponsors.forEach((s) => add('funding.sponsor', s.name, s.evidence));
  for (const e of r.events) {
    for (const c of [e.killed, e.wounded, e.kidnapped]) if (c) add('event.count', c.text, e.evidence);
    if (e.location) add('event.location', e.location.text, e.evidence);
    if (e.target) add('event.target', e.target, e.evidence);
  }
  return out;
}

describe('evidence', () => {
  it.each(fixtureNames())('every fact of %s slices to the value it claims', (name) => {
    const text = readFileSync(join(FIXTURE_INPUTS, `${name}.txt`), 'utf8');
    const { records } = JSON.parse(readFileSync(join(FIXTURE_EXPECTED, `${name}.json`), 'utf8')) as { records: CrtxRecord[] };
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
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
