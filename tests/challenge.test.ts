/**
 * The challenge set (tests/challenge/*.jsonl, see scripts/challenge.ts): every
 * row that is not a known miss must pass, and every known miss must still
 * fail, so the list of misses is the honest to-do list.
 */
import { describe, expect, it } from 'vitest';
import { loadChallenge, runRow, scoreChallenge } from '../scripts/challenge.js';

const rows = loadChallenge();

describe('challenge set', () => {
  it('has rows, negatives included, in every family the issue names', () => {
    const families = ['casualties', 'founded', 'frames', 'funding', 'leaders', 'places', 'strength'];
    expect([...new Set(rows.map((r) => r.family))].sort()).toEqual(families);
    // A negative expects the rules to give nothing somewhere: no leader, event, founding year, strength, sponsor or area, or a year left null.
    const negative = (r: (typeof rows)[number]) => /:(?:null|\[\])/.test(JSON.stringify(r.expect));
    for (const f of families) expect(rows.filter((r) => r.family === f && negative(r)).length, f).toBeGreaterThan(0);
  });

  for (const row of rows) {
    it(`${row.family}:${row.line} ${row.id}${row.miss ? ' (known miss)' : ''}`, () => {
      const { problems } = runRow(row);
      if (row.miss) expect(problems, `known miss "${row.id}" passes now: remove its "miss" mark`).not.toEqual([]);
      else expect(problems).toEqual([]);
    });
  }

  it('reports the known misses per family', () => {
    const scores = scoreChallenge(rows.map(runRow));
    for (const s of scores) console.log(`challenge ${s.family}: ${s.passed}/${s.rows} pass, ${s.knownMisses} known misses`);
    expect(scores.reduce((n, s) => n + s.rows, 0)).toBe(rows.length);
  });
});
