/**
 * Strength: the estimated size, from the Strength section.
 *   "between 1,000 and 2,000 fighters" → 1000..2000      "approximately 500 members" → 500..500
 *   "more than 1,000" / "at least 300" → 1000..null      "fewer than 100" / "up to 400" → null..100
 *   "several hundred", "hundreds of members", "unknown" → null..null, text kept
 * A number that counts a part ("up to 400 of its members are Afghan war
 * veterans") is not the group's size. The first estimate in the section wins.
 */
import type { Strength } from '../record/schema.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, section, sectionSentences, valueAt } from './context.js';

const N = NUMBER_SOURCE;
const UNIT_NOUNS = 'fighters|members|combatants|militants|supporters|personnel|cadres|followers|operatives|guerrillas|soldiers|recruits|adherents|people|individuals';
// Up to two adjectives ("armed", "hard-core", "active") then the unit noun.
const UNIT = `(?:(?:[a-z-]+ ){0,2}?(?<unit>${UNIT_NOUNS}))`;

const LOWER = /^(?:at least|more than|over|in excess of|upwards of)$/i;
const UPPER = /^(?:fewer than|less than|up to|as many as|no more than|under)$/i;

export const STRENGTH_RULES: ReadonlyArray<{ id: string; example: string; pattern: RegExp }> = [
  {
    id: 'range',
    example: 'JNIM is estimated to have between 1,000 and 2,000 fighters.',
    pattern: new RegExp(`(?:between )?(?<min>${N}) (?:and|to|-) (?<max>${N})(?! of (?:its|their|the))(?: ${UNIT})?`, 'i'),
  },
  {
    id: 'qualified-number',
    example: 'possibly fewer than 50 members; approximately 2,000 armed combatants',
    pattern: new RegExp(`(?:(?<q>at least|more than|over|in excess of|upwards of|fewer than|less than|up to|as many as|no more than|under|approximately|about|around|roughly|nearly|almost|an estimated|estimated at|some) )?(?<n>${N})(?! (?:of (?:its|their|the)|percent|years?))(?: ${UNIT})?`, 'i'),
  },
  {
    id: 'vague',
    example: 'A few hundred members; hundreds of members; Precise numbers are unknown.',
    pattern: new RegExp(`(?:(?:a few|several|some|many) (?:dozen|hundred|thousand)|dozens|hundreds|thousands|tens of thousands)(?: (?:of )?${UNIT})?|\\bunknown\\b|\\bsmall\\b`, 'i'),
  },
];

export function extractStrength(ctx: ProfileContext): Strength | null {
  const s = section(ctx, 'Strength');
  if (!s) return null;
  for (const sentence of sectionSentences(ctx, s)) {
    const view = ctx.view.slice(sentence.start, sentence.end);
    for (const rule of STRENGTH_RULES) {
      const m = rule.pattern.exec(view);
      if (!m) continue;
      const g = m.groups ?? {};
      let min: number | null = null;
      let max: number | null = null;
      if (rule.id === 'range') {
        min = parseNumber(g.min!);
        max = parseNumber(g.max!);
      } else if (rule.id === 'qualified-number') {
        const n = parseNumber(g.n!);
        if (n === null) continue;
        const q = g.q ?? '';
        min = UPPER.test(q) ? null : n;
        max = LOWER.test(q) ? null : n;
      }
      if (min !== null && max !== null && min > max) {
        ctx.diagnostics.push({
          severity: 'error',
          code: 'strength-min-above-max',
          message: `Strength range "${m[0]}" has its lower bound above its upper bound; strength left without numbers. Check the source text.`,
          evidence: evidenceOf(s.name, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }),
        });
        min = max = null;
      }
      consume(ctx, sentence);
      return {
        min,
        max,
        unit: g.unit?.toLowerCase() ?? null,
        text: valueAt(ctx, sentence),
        evidence: evidenceOf(s.name, sentence),
        rule: rule.id,
      };
    }
  }
  return null;
}
