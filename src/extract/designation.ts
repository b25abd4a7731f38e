/**
 * Designation: the date of the original FTO designation.
 *   "was designated as a Foreign Terrorist Organization on October 8, 1997" (to 2017)
 *   "was designated as a FTO on September 6, 2018" (2018), "as an FTO on" (2019 on)
 *   "Designated as a Foreign Terrorist Organization (FTO) on December 26, 2001, ..."
 *   "Originally designated as a FTO on April 9, 2014, ..."
 *   "The Department of State designated TG as an FTO on March 22, 2013" (the object this group)
 *   "was originally designated as an FTO under the name Ansar Bayt al-Maqdis (ABM) on April 9, 2014"
 *   "Kach and Kahane Chai were designated as Foreign Terrorist Organizations on October 8, 1997" (two at once)
 *   "The Department of State designated the group, then known as X, as an FTO on October 15, 2004"
 *   "was designated as a Foreign Terrorist Organization on 8 October 1997" (the day first, as British usage writes it)
 *   "It was on 18 March 2008 that TG was designated as a Foreign Terrorist Organization" (a cleft, the date first)
 * Later amendments ("amended the designation", "added aliases") do not match:
 * the pattern needs "designated as ... on DATE". An impossible date is reported, not kept.
 */
import type { CrtxRecord } from '../record/schema.js';
import type { ProfileContext } from './context.js';
import { consume, datesIn, evidenceOf, sectionsInOrder } from './context.js';
import { groupReferences, isOwnGroup } from './group-refs.js';
import { cleftTime } from '../text/phrases.js';

// (The object may carry its name at the time: "designated the group, then known as X, as an FTO".)
// (In the active voice the object stands between: "The Department of State designated Ansar al-Dine (AAD) as a Foreign
// Terrorist Organization on March 22, 2013"; it must be this group.)
const DESIGNATED_ON = /\bdesignated (?:(?!as\b)(?<object>[^,.;]{1,80}?(?:, (?:then|formerly|previously|at the time|at that time) (?:known as|called|named) [^,.;]{1,80},)?) (?=as\b))?(?:as )?(?:an? )?(?:Foreign Terrorist Organi[sz]ations?|FTOs?)(?: \(FTOs?\))?(?:,? under (?:the|its) (?:former |earlier |original )?name,? [^.;]{1,80}?)?,? (?:by the [A-Z][\w ]+? )?on (?<date>[A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+,? \d{4})/i;
// The date told first, in a cleft: "It was on 18 March 2008 that TG was designated as a Foreign Terrorist Organization",
// "It was on 26 December 2001 - a fortnight after ... - that TG was designated by the Secretary of State as an FTO".
// The subject of "was designated" must be this group.
const DESIGNATED_IN_CLEFT = new RegExp(
  `${cleftTime('(?<date>[A-Z][a-z]+ \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]+,? \\d{4})')}(?<object>[^,.;]{1,80}?) (?:was|were) (?:originally |first )?designated(?: by (?:the )?[A-Z][\\w ]+?)? as (?:an? )?(?:[Ff]oreign [Tt]errorist [Oo]rgani[sz]ations?|FTOs?)\\b`,
);

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the object of "designated X as an FTO" is this group: one of its names, perhaps with its acronym after it. */
// (Or one of the groups designated together: "designated Kach and Kahane Chai as FTOs".)
function isOwnObject(ctx: ProfileContext, object: string): boolean {
  return object.split(/,? and |, /).some((one) => {
    const words = one.trim().replace(/\s*\([^()]*\)$/, '');
    return isOwnGroup(words, groupReferences(ctx), false) || isOwnGroup(words.replace(/^the /i, ''), groupReferences(ctx), false);
  });
}

export function extractDesignation(ctx: ProfileContext): CrtxRecord['designation'] {
  for (const s of sectionsInOrder(ctx, ['Description'])) {
    const body = ctx.view.slice(s.body.start, s.body.end);
    const m = DESIGNATED_ON.exec(body) ?? DESIGNATED_IN_CLEFT.exec(body);
    if (!m?.groups) continue;
    if (m.groups.object !== undefined && !isOwnObject(ctx, m.groups.object)) continue;
    const start = s.body.start + m.index;
    const end = start + m[0].length;
    const dateStart = start + m[0].indexOf(m.groups.date!);
    const dateEnd = dateStart + m.groups.date!.length;
    const date = datesIn(ctx, { start: dateStart, end: dateEnd }).find((d) => d.day !== null || !d.valid);
    if (!date || date.month === null || date.year === null || date.day === null) continue;
    consume(ctx, { start, end });
    if (!date.valid) {
      ctx.diagnostics.push({
        severity: 'error',
        code: 'impossible-date',
        message: `Designation date "${ctx.text.slice(dateStart, dateEnd)}" is not a real date; designation left empty. Check the source text.`,
        evidence: evidenceOf(s.name, { start: dateStart, end: dateEnd }),
      });
      return null;
    }
    return {
      date: `${date.year}-${pad(date.month)}-${pad(date.day)}`,
      evidence: evidenceOf(s.name, { start, end }),
      rule: 'designated-as-fto-on',
    };
  }
  return null;
}
