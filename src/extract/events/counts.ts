/**
 * Casualty counts in a sentence: who was killed, wounded or kidnapped, how
 * many, as written. One pattern family per way the reports say it:
 *   verb-count   "killing 10 Chadian Peacekeepers", "killed at least 6 persons", "injuring another 24",
 *                "killed a security officer" (an article counts one), "injured another" (one)
 *   count-verb   "at least 24 people were killed and 40 others wounded", "20 were killed"
 *   claimed-lives "fighting that claimed more than 1,000 lives"
 *   deaths-of    "resulting in the deaths of seven Afghan security personnel", "the massacre of 29 civilians"
 *   count-deaths "attacks that resulted in 118 deaths"
 *   along-with-others / named-and-others-verb
 *                "was killed along with three other militants", "X, and two other militants were killed"
 *                (the named one counts too)
 * Counted groups of one incident are added up ("eight soldiers and two civilian
 * contractors" → 10); vague quantities ("dozens") have no value.
 */
import type { Count } from '../../record/schema.js';
import { NUMBER_SOURCE, parseNumber } from '../../text/numbers.js';
import type { Span } from '../../text/span.js';
import { collapseSpace } from '../../text/view.js';
import { matchesOf } from '../../text/matches.js';

export type Role = 'killed' | 'wounded' | 'kidnapped';

export interface CountMention extends Span {
  role: Role;
  count: Count;
  rule: string;
}

const ROLE_OF: Array<[RegExp, Role]> = [
  [/^(?:kill|murder|massacr|behead|execut|dead|death|live)/i, 'killed'],
  [/^(?:wound|injur)/i, 'wounded'],
  [/^(?:kidnap|abduct|hostage|took)/i, 'kidnapped'],
];
const roleOf = (verb: string): Role => ROLE_OF.find(([re]) => re.test(verb))?.[1] ?? 'killed';

const QUALIFIER = '(?:at least|more than|over|nearly|approximately|about|around|almost|roughly|an estimated|some|up to|as many as)';
const VAGUE = '(?:dozens|scores|hundreds|thousands|several|numerous|many)';
const N = NUMBER_SOURCE;
// A counted group: a number and up to five words naming the victims ("10 Chadian Peacekeepers", "two civilian contractors").
const GROUP = `(?:(?<q>${QUALIFIER}) )?(?:another |an additional |the |all )?(?<n>${N}|${VAGUE})(?<noun>(?: (?!(?:and|in|on|at|near|during|while|when|after|before|with|including|as|by|from|of)\\b)[A-Za-z'.-]+){0,5})`;
// A second group joined by "and" that is itself counted, not a new verb ("and two civilian contractors").
const MORE = `(?:,? and (?:the |a |an )?(?<n2>${N})(?: other)?(?: [A-Za-z'.-]+){0,4}?(?= (?:were|was)\\b|[,.;]| and| in| on| at|$))?`;

const KILL = '(?:kill(?:ed|ing|s)?|murder(?:ed|ing)?|massacr(?:ed|ing)|behead(?:ed|ing)|execut(?:ed|ing))';
const WOUND = '(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|ies))';
const TAKE = '(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ing|s)?)';

export const COUNT_RULES: ReadonlyArray<{
  id: string;
  example: string;
  /** For a pattern that starts without a literal: a word it cannot match without (the pattern runs only when it is there). */
  cue?: RegExp;
  pattern: RegExp;
}> = [
  // Before count-verb, which would otherwise take "two other militants were killed" as 2.
  {
    id: 'along-with-others',
    example: 'was killed along with three other militants',
    pattern: new RegExp(`\\b(?:was|were) (?<verb>${KILL}|${WOUND}|${TAKE}) along with (?<n>${N}) other(?<plusOne>)`, 'gi'),
  },
  {
    id: 'named-and-others-verb',
    cue: /, and \S+ other /,
    example: "LJ's Balochistan chief, Salman Badini, and two other LJ militants were killed",
    pattern: new RegExp(`, and (?<n>${N}) other (?:[A-Za-z'.-]+ ){0,3}?(?:were|was) (?<verb>killed|wounded|injured|kidnapped|abducted)\\b(?<plusOne>)`, 'gi'),
  },
  {
    id: 'verb-count',
    example: 'killing 10 Chadian Peacekeepers and wounding 25 others',
    pattern: new RegExp(`\\b(?<verb>${KILL}|${WOUND}|${TAKE}) ${GROUP}${MORE}`, 'gi'),
  },
  {
    id: 'verb-article',
    example: 'killed a security officer; injured another',
    pattern: new RegExp(`\\b(?<verb>${KILL}|${WOUND}|${TAKE}) (?<article>an? (?!(?:number|total|series|dozen|few)\\b)[a-z]|another\\b(?! \\d)(?! (?:${N})))`, 'gi'),
  },
  {
    id: 'verb-named-and-others',
    example: 'killing the Ambassador and three other embassy staff members',
    pattern: new RegExp(`\\b(?<verb>${KILL}|${WOUND}|${TAKE}) the (?:[A-Za-z'.-]+ ){1,3}?and (?<n>${N}) other(?<plusOne>)`, 'gi'),
  },
  {
    id: 'count-verb',
    cue: /\b(?:killed|wounded|injured|kidnapped|abducted|dead)\b/i,
    example: 'at least 24 people were killed and 40 others wounded',
    pattern: new RegExp(`${GROUP}${MORE} (?:were|was|had been|have been|are|being)? ?(?:reportedly )?(?<verb>killed|wounded|injured|kidnapped|abducted|dead)\\b`, 'gi'),
  },
  {
    id: 'claimed-lives',
    example: 'fighting in Marawi that claimed more than 1,000 lives',
    pattern: new RegExp(`\\b(?<verb>claim(?:ed|ing)) (?:(?<q>${QUALIFIER}) )?(?<n>${N}|${VAGUE}) lives\\b`, 'gi'),
  },
  {
    id: 'deaths-of',
    example: 'resulting in the deaths of seven Afghan security personnel',
    pattern: new RegExp(`\\b(?<verb>deaths?|lives|massacre|killings?|murders?) of (?:(?<q>${QUALIFIER}) )?(?<n>${N}|${VAGUE})`, 'gi'),
  },
  {
    id: 'count-deaths',
    cue: /\b(?:deaths|dead|injuries)\b/i,
    example: 'five attacks that resulted in 118 deaths',
    pattern: new RegExp(`\\b(?:result(?:ed|ing) in|caus(?:ed|ing)|le(?:ft|aving)) (?:(?<q>${QUALIFIER}) )?(?<n>${N}|${VAGUE}) (?<verb>deaths|dead|injuries)\\b`, 'gi'),
  },
];

const QUALIFIERS: Record<string, Count['qualifier']> = {
  'at least': 'at-least', 'more than': 'more-than', over: 'more-than', nearly: 'about', approximately: 'about', about: 'about',
  around: 'about', almost: 'about', roughly: 'about', 'an estimated': 'about', some: 'about', 'up to': 'up-to', 'as many as': 'up-to',
};

/** Count mentions in view[start, end) (the matching view), in order, none overlapping. */
// Every rule above needs one of these words; most sentences have none, and the patterns need not run on them.
export const COUNT_CUE = /\b(?:kill|wound|injur|kidnap|abduct|death|dead|lives|massacr|murder|behead|execut)/i;

export function findCounts(text: string, view: string, start: number, end: number): CountMention[] {
  const slice = view.slice(start, end);
  if (!COUNT_CUE.test(slice)) return [];
  const found: CountMention[] = [];
  for (const rule of COUNT_RULES) {
    if (rule.cue && !rule.cue.test(slice)) continue;
    for (const m of matchesOf(rule.pattern, slice)) {
      const g = m.groups ?? {};
      const s = start + m.index;
      // Trailing punctuation is the sentence's, not the count's ("U.S." inside keeps its periods).
      const e = s + m[0].replace(/(?<![A-Z])[.,;:]+$/, '').length;
      if (found.some((f) => f.start < e && s < f.end)) continue;
      let value: number | null;
      let qualifier: Count['qualifier'] = QUALIFIERS[(g.q ?? '').toLowerCase()] ?? 'exact';
      if (g.article !== undefined) value = 1;
      else {
        value = parseNumber(g.n ?? '');
        if (value === null) qualifier = 'vague';
        // "killed 2019 ..." is a year, not a count.
        if (value !== null && value >= 1900 && value <= 2100 && !/,/.test(g.n ?? '')) continue;
        if (value !== null && g.n2) {
          const more = parseNumber(g.n2);
          if (more !== null) value += more;
        }
        // "the Ambassador and three other embassy staff members": the named one counts too.
        if (value !== null && g.plusOne !== undefined) value += 1;
      }
      const countText = collapseSpace(text.slice(s + (g.verb && m[0].startsWith(g.verb) ? g.verb.length + 1 : 0), e));
      found.push({ start: s, end: e, role: roleOf(g.verb ?? 'killed'), count: { value, qualifier, text: countText || collapseSpace(text.slice(s, e)) }, rule: rule.id });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
