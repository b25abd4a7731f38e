/**
 * A record as a list of facts: each value the record holds, in words, with
 * the evidence spans it was read from and the field it belongs to (the field
 * picks the highlight color).
 */
import type { Count, CrtxEvent, CrtxRecord } from '../record/schema.js';

export const FIELDS = ['name', 'aliases', 'designation', 'founded', 'leaders', 'strength', 'areas', 'funding', 'events'] as const;
export type Field = (typeof FIELDS)[number];

export interface Fact {
  field: Field;
  /** What kind of value, in a word ("alias", "leader", "event"). */
  label: string;
  value: string;
  spans: Array<{ start: number; end: number; section: string }>;
}

const num = (n: number) => n.toLocaleString('en-US');

/** Fields other helpers may add (implied years, name parts): shown when present, never required. */
function extra(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

/** The date as precise as the text gives it: 2021, 2021-06 or 2021-06-14; "undated"; an implied year says where it came from. */
export function eventDate(date: CrtxEvent['date']): string {
  if (date.year === null) return 'undated';
  const parts = [String(date.year), date.month, date.day].filter((x) => x !== null).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0')));
  // A year read in the sentence is the plain case; one taken from the paragraph's frame is said.
  const implied = date.yearFrom === 'frame';
  return parts.join('-') + (implied ? ' (year implied by the paragraph)' : '');
}

export function countText(c: Count | null): string {
  if (c === null) return '';
  if (c.value === null) return c.text;
  return (c.qualifier === 'exact' ? '' : `${c.qualifier.replace('-', ' ')} `) + num(c.value);
}

function eventValue(e: CrtxEvent): string {
  const where = e.location ? ` in ${e.location.place ?? e.location.text}${e.location.countryCode && e.location.countryCode !== e.location.place ? ` (${e.location.countryCode})` : ''}` : '';
  const counts = (['killed', 'wounded', 'kidnapped'] as const).filter((k) => e[k] !== null).map((k) => `${k} ${countText(e[k])}`);
  return [
    `${eventDate(e.date)} ${e.type}${where}`,
    e.target ? `target: ${e.target}` : '',
    counts.join(', '),
    e.claimed ? 'claimed' : '',
    e.aggregate ? 'total over several incidents' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function factsOf(r: CrtxRecord): Fact[] {
  const facts: Fact[] = [];
  const add = (field: Field, label: string, value: string, ...spans: Fact['spans']) => facts.push({ field, label, value, spans });
  add('name', 'name', r.organization.name + (r.organization.acronym ? ` (${r.organization.acronym})` : ''), r.organization.evidence);
  for (const a of r.aliases) add('aliases', 'alias', a.value, a.evidence);
  if (r.designation) add('designation', 'designated', r.designation.date, r.designation.evidence);
  if (r.founded) add('founded', 'founded', String(r.founded.year), r.founded.evidence);
  for (const l of r.leaders) {
    const parts = extra((l as { nameParts?: unknown }).nameParts);
    add('leaders', 'leader', `${l.name}: ${l.role ?? 'role not stated'}, ${l.status}${l.year === null ? '' : ` (${l.year})`}${parts ? ` [${parts}]` : ''}`, l.evidence);
  }
  if (r.strength) {
    const s = r.strength;
    const range = s.min === s.max && s.min !== null ? num(s.min) : `${s.min === null ? '' : num(s.min)}–${s.max === null ? '' : num(s.max)}`;
    add('strength', 'strength', s.min === null && s.max === null ? `"${s.text}"` : `${range}${s.unit ? ` ${s.unit}` : ''}`, s.evidence);
  }
  for (const a of r.areas) add('areas', 'area', a.name + (a.countryCode && a.countryCode !== a.name ? ` (${a.countryCode})` : ''), a.evidence);
  for (const f of r.funding.sources) add('funding', 'funding', `${f.category}: "${f.text}"`, f.evidence);
  for (const s of r.funding.sponsors) add('funding', 'sponsor', s.name + (s.countryCode ? ` (${s.countryCode})` : ''), s.evidence);
  for (const e of r.events) add('events', 'event', eventValue(e), e.evidence, ...(e.location ? [e.location.evidence] : []));
  return facts;
}
