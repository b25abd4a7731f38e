/**
 * Strength: the estimate of the group's own size, from the Strength section.
 *   "between 1,000 and 2,000 fighters", "1,000-1,500 fighters" → 1000..2000
 *   "approximately 500 members" → 500..500
 *   "more than 1,000" / "at least 300" → 1000..null      "fewer than 100" / "up to 400" → null..100
 *   "several hundred", "hundreds of members", "unknown" → null..null, text kept
 *   "from several dozen to 300 fighters" → null..300
 *
 * Each clause of the section ("; ", ", while", ", although", " but ") is read
 * for estimates (STRENGTH_RULES); an estimate is not the group's own size
 * when NOT_OWN_SIZE says so: people who joined or travelled, a coalition's or
 * affiliates' fighters, people killed or arrested, a part of the members
 * ("up to 400 of its members are veterans", "of whom 500 are foreign"), a
 * year ("As of 2020"). An estimate of the past ("at its peak") counts only
 * when there is no other. A number wins over a vague estimate: the first
 * undated one, or when all are dated the latest ("up to 3,000 members in
 * 2014; by 2020 ... about 400" → 400); then a past number; then the first
 * vague estimate.
 */
import type { Strength } from '../record/schema.js';
import { NUMBER_SOURCE, parseNumber, withSharedScale } from '../text/numbers.js';
import { boundOf, QUALIFIER_SOURCE, QUALIFIERS } from './lexicon.js';
import type { Span } from '../text/span.js';
import type { ProfileContext } from './context.js';
import { consume, datesIn, evidenceOf, section, sectionSentences, valueAt } from './context.js';
import type { DateMention } from '../text/dates.js';

const N = NUMBER_SOURCE;
const UNIT_NOUNS = 'fighters|members|combatants|militants|supporters|personnel|cadres|followers|operatives|guerrillas|soldiers|recruits|adherents|people|individuals';
// Up to two adjectives ("armed", "hard-core", "active") then the unit noun.
// (Or the group's name: "3,000 ISIS fighters".)
const UNIT = `(?:(?:[a-z-]+ |[A-Z][\\w'’-]* ){0,2}?(?<unit>${UNIT_NOUNS}))`;
// A size given in words, with no number: "several hundred", "thousands".
const VAGUE_SIZE = '(?:(?:a few|several|some|many) (?:dozen|hundred|thousand)|dozens|hundreds|thousands|tens of thousands|low thousands)';
// "up to 400 of its members", "500 percent", "10 years": not a size; nor a count of who gives the estimate: "One Member
// State assesses ...", "two officials described ...", "one estimate puts ...".
const SOURCE_NOUNS = '(?:Member States?|(?:[a-z]+ )?(?:officials?|sources?|estimates?|reports?|analysts?|governments?|assessments?|observers?|experts?|studies|study))';
/** An approximation before a range's upper end, which leaves it the bound it is (the qualifiers of an 'about' or 'upper' bound). */
const ROUGHLY = `(?:(?:${QUALIFIERS.filter((q) => q.bound !== 'lower').map((q) => q.words).join('|')}) )?`;
const NOT_A_SIZE = `(?! (?:of (?:its|their|the|whom)|percent|years?|${SOURCE_NOUNS})\\b)`;

export const STRENGTH_RULES: ReadonlyArray<{ id: string; example: string; pattern: RegExp }> = [
  {
    id: 'range',
    example: 'JNIM is estimated to have between 1,000 and 2,000 fighters; 1,000-1,500 fighters; from a few hundred to 2,000; from 500 to several thousand; as few as 1,500 and as many as 2,200',
    // After a hyphen the number pattern's own lookbehind (no word or hyphen before it) would refuse "1,500": digits are read here.
    // A vague lower end ("from several dozen to 300") leaves the minimum unknown; a vague upper end ("from 500 to several
    // thousand") the maximum.
    // (The upper end may be an approximation after "to": "from 500 to approximately 1,000", "from several hundred to about
    // 1,000"; not after "and", where a second estimate may begin: "several hundred fighters in 2015 and about 1,200 by 2020".)
    pattern: new RegExp(`(?:between |from |as few as |as little as |no fewer than |a minimum of )?(?:(?<min>${N})(?: (?:and (?:as many as |a maximum of )?|to (?:as many as |a maximum of |${ROUGHLY}))(?<max>${N})| ?- ?(?<maxAfterHyphen>\\d{1,3}(?:,\\d{3})+|\\d+))|(?<vagueMin>${VAGUE_SIZE}) (?:and |to ${ROUGHLY})(?<maxAfterVague>${N})|(?<minBeforeVague>${N}) (?:and|to) ${VAGUE_SIZE})${NOT_A_SIZE}(?: ${UNIT})?`, 'gi'),
  },
  {
    id: 'qualified-number',
    example: 'possibly fewer than 50 members; approximately 2,000 armed combatants',
    pattern: new RegExp(`(?:(?<q>${QUALIFIER_SOURCE}) )?(?<n>${N})${NOT_A_SIZE}(?: ${UNIT})?`, 'gi'),
  },
  {
    id: 'vague',
    example: 'A few hundred members; hundreds of members; Precise numbers are unknown.',
    pattern: new RegExp(`${VAGUE_SIZE}(?: (?:of )?${UNIT})?|\\bunknown\\b|\\bsmall\\b`, 'gi'),
  },
];

/** Why a number in a clause is not the group's own size, as data; `before`/`after` are tested on the clause's words around the number. */
export const NOT_OWN_SIZE: ReadonlyArray<{ id: string; example: string; before?: RegExp; after?: RegExp }> = [
  // (Or left it by laying down arms: "more than 31,000 paramilitary members laid down their arms between 2003 and 2006".)
  { id: 'joined', example: 'as many as 1,000 individuals allegedly joined the group', after: /^[^,;]{0,40}?\b(?:joined|travell?ed|flocked|went to|defected|surrendered|were recruited|laid down their (?:arms|weapons)|handed (?:in|over) their (?:arms|weapons)|demobili[sz]ed|disarmed|reintegrated)\b/i },
  // (Not a coalition that gives the estimate: "The Defeat-ISIS Coalition estimated that fewer than 3,000 TG fighters remained".)
  // ("the combined strength of TG's constituent factions" is the group's own: the group is those factions.)
  { id: 'coalition', example: 'The coalition that TG leads has up to 5,000 fighters', before: /\b(?:coalition|alliance|umbrella|affiliates|branches|provinces|combined(?! strength of (?:its|their|the group's|(?:the )?[\w'’-]+['’]s) (?:[a-z]+ )?factions\b)|together|collectively)\b(?! (?:(?:[a-z]+ly|also|has|had) )?(?:estimated|estimates|assessed|assesses|reported|reports|said|says|believes|believed|judged|judges)\b)/i },
  {
    id: 'killed-or-held',
    example: 'Security forces killed 350 TG fighters; arrested more than 600 suspects; the 40 TG fighters captured in 2015',
    // (The act as a noun too, "the arrest of more than two hundred suspected members"; and trials: "Nineteen people were
    // tried as members in 2003".)
    before: /\b(?:killed|arrested|detained|captured|imprisoned|jailed|convicted|deported|repatriated|released|prosecuted|eliminated|neutralized|tried|charged|indicted|sentenced|(?:arrests?|detentions?|captures?|killings?|deaths?|imprisonment|convictions?|trials?|prosecutions?) of)(?: (?:some|about|at least|more than|over|nearly|approximately|up to|as many as))?\s*$/i,
    after: /^ (?:(?:who|that) )?(?:(?:were|was|had been|have been|are) )?(?:killed|arrested|detained|captured|imprisoned|jailed|convicted|deported|repatriated|released|prosecuted|eliminated|neutralized|tried|charged|indicted|sentenced)\b/i,
  },
  { id: 'groups', example: "TG's two successor groups are estimated to have approximately 1,500 followers", after: /^ (?:(?!(?:across|in|of|from|among|within|between|and|or|to)\b)[a-z-]+ )?(?:groups|factions|cells|units|branches|wings|brigades|battalions|organizations|splinters)\b/i },
  { id: 'earlier-size', example: 'TG is estimated at several hundred fighters, up from roughly 200 in 2019', before: /\b(?:up|down|increased|decreased|rising|falling|grown|shrunk) from (?:(?:about|around|roughly|approximately|some|an estimated|nearly|almost|fewer than|more than|over|under) )?$/i },
  { id: 'part', example: 'TG has 2,000 fighters, of whom 500 are foreign; including 2,000 foreign fighters', before: /\b(?:of whom|of which|including|among them|among whom)\s*(?:\S+\s*){0,2}$/i },
];
// An estimate of the past: "had 12,000 fighters at its peak", "once had as many as 5,000", "At the height of its
// insurgency", "At the time of the subway attack, TG claimed 40,000" (not "at the time of writing").
const PAST = /\b(?:at (?:its|their) (?:peak|height)|at the (?:peak|height) of|at the time of (?!(?:writing|this)\b)|previously|formerly|once|in the past|at one (?:time|point))\b/i;
// Clause boundaries inside a sentence.
const CLAUSE = /;\s*|,\s*(?=(?:while|whereas|although|though|but)\b)|\s+(?=but\b)/g;
/** What stands between a day written first and its month: "12 March", "the 9th of March". */
const DAY_BEFORE_MONTH = /^(?:st|nd|rd|th)?(?: of)? $/;
// A year, not a size: four digits without a comma, 1900–2099, with no unit after.
const YEAR = /^(?:19|20)\d\d$/;

interface Estimate {
  rule: string;
  min: number | null;
  max: number | null;
  unit: string | null;
  vague: boolean;
  past: boolean;
  /** The latest year written in the estimate's clause, if any. */
  year: number | null;
  at: Span;
  sentence: Span;
}

function estimatesIn(view: string, clause: Span, sentence: Span, dates: readonly DateMention[]): Estimate[] {
  const text = view.slice(clause.start, clause.end);
  const out: Estimate[] = [];
  const taken: Span[] = [];
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b(?!,\d)/g)].map((m) => Number(m[0]));
  const clauseYear = years.length ? Math.max(...years) : null;
  for (const rule of STRENGTH_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const at = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
      if (m[0].trim() === '' || taken.some((t) => at.start < t.end && t.start < at.end)) continue;
      // "As of June 30, ...", "Before October 7, ...": a number inside a date is its day, not a size; so is one just
      // before a month ("On 12 March", "As of 30 June 2019": the date mention starts at the month).
      if (dates.some((d) => d.month !== null && ((d.start <= at.start && at.start < d.end) || DAY_BEFORE_MONTH.test(view.slice(at.end, d.start))))) continue;
      const g = m.groups ?? {};
      const maxWritten = g.max ?? g.maxAfterHyphen ?? g.maxAfterVague;
      if ((g.n && YEAR.test(g.n) && !g.unit) || (maxWritten && YEAR.test(maxWritten) && !g.unit)) continue;
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      if (NOT_OWN_SIZE.some((c) => (c.before && c.before.test(before)) || (c.after && c.after.test(after)))) {
        taken.push(at);
        continue;
      }
      let min: number | null = null;
      let max: number | null = null;
      if (rule.id === 'range') {
        const minWritten = g.min ?? g.minBeforeVague;
        min = minWritten === undefined ? null : parseNumber(minWritten);
        max = maxWritten === undefined ? null : parseNumber(maxWritten);
        if (min !== null && minWritten !== undefined && maxWritten !== undefined) min = withSharedScale(minWritten, min, maxWritten);
      } else if (rule.id === 'qualified-number') {
        const n = parseNumber(g.n!);
        if (n === null) continue;
        const bound = boundOf(g.q);
        min = bound === 'upper' ? null : n;
        max = bound === 'lower' ? null : n;
      }
      taken.push(at);
      out.push({ rule: rule.id, min, max, unit: g.unit?.toLowerCase() ?? null, vague: rule.id === 'vague', past: PAST.test(text), year: clauseYear, at, sentence });
      // Past and year belong to the clause, so a later estimate of the same rule in it can never be preferred.
      break;
    }
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}

export function extractStrength(ctx: ProfileContext): Strength | null {
  const s = section(ctx, 'Strength');
  if (!s) return null;
  const all: Estimate[] = [];
  for (const sentence of sectionSentences(ctx, s)) {
    let from = sentence.start;
    const text = ctx.view.slice(sentence.start, sentence.end);
    const dates = datesIn(ctx, sentence);
    for (const m of [...text.matchAll(CLAUSE), { index: text.length, 0: '' }]) {
      const clause = { start: from, end: sentence.start + m.index! };
      all.push(...estimatesIn(ctx.view, clause, sentence, dates));
      from = clause.end + m[0]!.length;
    }
    // An undated current number is the answer whatever follows: read no further.
    if (all.some((e) => !e.vague && !e.past && e.year === null)) break;
  }
  const current = all.filter((e) => !e.vague && !e.past);
  // Estimates dated in their clause ("up to 3,000 in 2014; by 2020 ... about 400"): an undated one is the present, else the latest.
  const latest = current.every((e) => e.year !== null) ? [...current].sort((a, b) => b.year! - a.year!)[0] : current.find((e) => e.year === null);
  const best = latest ?? all.find((e) => !e.vague) ?? all.find((e) => e.vague);
  if (!best) return null;
  let { min, max } = best;
  if (min !== null && max !== null && min > max) {
    ctx.diagnostics.push({
      severity: 'error',
      code: 'strength-min-above-max',
      message: `Strength range "${valueAt(ctx, best.at)}" has its lower bound above its upper bound; strength left without numbers. Check the source text.`,
      evidence: evidenceOf(s.name, best.at),
    });
    min = max = null;
  }
  consume(ctx, best.sentence);
  return { min, max, unit: best.unit, text: valueAt(ctx, best.sentence), evidence: evidenceOf(s.name, best.sentence), rule: best.rule };
}
