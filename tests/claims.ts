import type { CrtxRecord } from '../src/record/schema.js';
import { comparable } from '../src/text/view.js';

/** Every fact with the string it claims to have read. */
export function claims(r: CrtxRecord): Array<{ what: string; value: string; start: number; end: number }> {
  const out: Array<{ what: string; value: string; start: number; end: number }> = [];
  const add = (what: string, value: string | number, e: { start: number; end: number }) => out.push({ what, value: String(value), ...e });
  add('organization.name', r.organization.name, r.organization.evidence);
  if (r.organization.acronym) add('organization.acronym', r.organization.acronym, r.organization.evidence);
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
    if (e.location) add('event.location', e.location.text, e.location.evidence);
    if (e.target) add('event.target', e.target, e.evidence);
  }
  return out;
}

/** Problems with a record's evidence against the text it was read from; empty when every fact checks out. */
export function evidenceProblems(r: CrtxRecord, text: string): string[] {
  const problems: string[] = [];
  for (const c of claims(r)) {
    if (!(0 <= c.start && c.start <= c.end && c.end <= text.length)) problems.push(`${c.what}: range ${c.start}-${c.end} outside the text (${text.length})`);
    else if (!comparable(text.slice(c.start, c.end)).includes(comparable(c.value))) problems.push(`${c.what} "${c.value}" not in "${text.slice(c.start, c.end)}"`);
  }
  return problems;
}
