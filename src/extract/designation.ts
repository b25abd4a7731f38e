/**
 * Designation: the date of the original FTO designation.
 *   "was designated as a Foreign Terrorist Organization on October 8, 1997" (to 2017)
 *   "was designated as a FTO on September 6, 2018" (2018), "as an FTO on" (2019 on)
 *   "Designated as a Foreign Terrorist Organization (FTO) on December 26, 2001, ..."
 *   "Originally designated as a FTO on April 9, 2014, ..."
 * Later amendments ("amended the designation", "added aliases") do not match:
 * the pattern needs "designated as ... on DATE". An impossible date is reported, not kept.
 */
import type { CrtxRecord } from '../record/schema.js';
import type { ProfileContext } from './context.js';
import { consume, datesIn, evidenceOf, sectionsInOrder } from './context.js';

const DESIGNATED_ON = /\bdesignated (?:as )?(?:an? )?(?:Foreign Terrorist Organi[sz]ation|FTO)(?: \(FTO\))?,? (?:by the [A-Z][\w ]+? )?on (?<date>[A-Z][a-z]+ \d{1,2},? \d{4})/i;

const pad = (n: number) => String(n).padStart(2, '0');

export function extractDesignation(ctx: ProfileContext): CrtxRecord['designation'] {
  for (const s of sectionsInOrder(ctx, ['Description'])) {
    const m = DESIGNATED_ON.exec(ctx.view.slice(s.body.start, s.body.end));
    if (!m?.groups) continue;
    const start = s.body.start + m.index;
    const end = start + m[0].length;
    const dateStart = end - m.groups.date!.length;
    const date = datesIn(ctx, { start: dateStart, end }).find((d) => d.day !== null || !d.valid);
    if (!date || date.month === null || date.year === null || date.day === null) continue;
    consume(ctx, { start, end });
    if (!date.valid) {
      ctx.diagnostics.push({
        severity: 'error',
        code: 'impossible-date',
        message: `Designation date "${ctx.text.slice(dateStart, end)}" is not a real date; designation left empty. Check the source text.`,
        evidence: evidenceOf(s.name, { start: dateStart, end }),
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
