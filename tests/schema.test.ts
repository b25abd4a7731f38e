import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '../scripts/published-schemas.js';
import { recordProblems } from '../src/record/validate.js';
import { recordOf, profile } from './helpers.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(publishedSchemas()))('%s is the one generated from the zod schema (run npm run schema)', (file, generated) => {
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('accepts an extracted record and rejects a broken one', () => {
    const record = recordOf(profile({ Description: 'The Test Front was designated as an FTO on May 1, 2019.' }));
    expect(recordProblems(record)).toEqual([]);
    const broken = { ...record, organization: { ...record.organization, slug: '../../etc/x' } };
    expect(recordProblems(broken).join()).toMatch(/slug/);
    const { events: _dropped, ...missing } = record;
    expect(recordProblems(missing).join()).toMatch(/events/);
  });
});
