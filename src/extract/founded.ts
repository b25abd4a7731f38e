/**
 * Founded: the year the group itself was formed.
 *   "is a Colombian Marxist-Leninist group formed in 1964"
 *   "was formed in April 1992", "It was formed in late 2011", "Founded in 1976, LTTE ..."
 *   "Founded by Abdullah Ocalan in 1978 as ...", "became operational in 1986"
 *   "emerged at the outset of the al-Aqsa Intifada, in September 2000"
 *   "since its 2017 formation", "Between its founding in 2006 and ...", "Since its inception in 2014"
 *   "AMB became a separate organization in late 2012"
 *   "The PFLP-GC split from the Popular Front for the Liberation of Palestine in 1968" (the group as subject)
 * A decade ("in the late 1980s") is not a year. "announced its establishment in
 * a July 2009 video" is an announcement, not a formation, and does not match.
 */
import type { CrtxRecord } from '../record/schema.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, sectionsInOrder } from './context.js';
import { groupReferences, isOwnGroup, OWNER } from './group-refs.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '(?<year>(?:19|20)\\d\\d)(?![\\d,]\\d|s\\b)';

const WHEN = `(?:(?:late|early|mid|the (?:early|late) part of) )?(?:${MONTH} )?${YEAR}`;

export const FOUNDED_RULES: ReadonlyArray<{ id: string; example: string; pattern: RegExp; ownGroup?: boolean }> = [
  {
    id: 'formed-in-year',
    example: 'The ELN is a Colombian Marxist-Leninist group formed in 1964.',
    pattern: new RegExp(`\\b(?:formed|founded|created|established|emerged|became operational|became (?:a|an) (?:separate|independent|distinct) (?:organization|group|entity))\\b[^.;]{0,70}?\\bin ${WHEN}`, 'i'),
  },
  {
    id: 'its-year-formation',
    example: 'since its 2017 formation',
    pattern: new RegExp(`\\bits ${YEAR} (?:formation|founding|creation|establishment|inception)\\b`, 'i'),
  },
  {
    id: 'its-formation-in-year',
    example: 'Between its founding in 2006 and the 2011 withdrawal',
    pattern: new RegExp(`\\bits (?:formation|founding|creation|inception|establishment) in ${WHEN}`, 'i'),
  },
  {
    id: 'group-split-from',
    example: 'The PFLP-GC split from the Popular Front for the Liberation of Palestine in 1968',
    ownGroup: true,
    pattern: new RegExp(`(?:^|\\.\\s+)(?:The )?${OWNER} (?:split|broke away|splintered) from [^.;]{1,80}? in ${WHEN}`, 'g'),
  },
];

export function extractFounded(ctx: ProfileContext): CrtxRecord['founded'] {
  const refs = groupReferences(ctx);
  for (const s of sectionsInOrder(ctx, ['Description'])) {
    const body = ctx.view.slice(s.body.start, s.body.end);
    let best: { index: number; length: number; year: number; rule: string } | undefined;
    for (const rule of FOUNDED_RULES) {
      const m = rule.ownGroup ? [...body.matchAll(rule.pattern)].find((x) => isOwnGroup(x.groups?.owner, refs, false)) : rule.pattern.exec(body);
      if (m?.groups && (!best || m.index < best.index)) best = { index: m.index, length: m[0].length, year: Number(m.groups.year), rule: rule.id };
    }
    if (!best) continue;
    const span = { start: s.body.start + best.index, end: s.body.start + best.index + best.length };
    consume(ctx, span);
    return { year: best.year, evidence: evidenceOf(s.name, span), rule: best.rule };
  }
  return null;
}
