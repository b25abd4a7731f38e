/**
 * Scoring records against the corpus's gold facts (see ../shared/corpus/README.md).
 * Single-valued fields count a true positive when equal, a false positive when
 * the record states a different or extra value, a false negative when the gold
 * value is missed. Lists are scored as multisets.
 */
import type { CrtxRecord } from '../src/record/schema.js';
import { collapseSpace } from '../src/text/view.js';

export interface Gold {
  year: number;
  name: string;
  acronym: string | null;
  aliases: string[];
  designationDate: string | null;
  foundedYear: number | null;
  leaders: string[];
  strength: { min: number | null; max: number | null } | null;
  areas: string[] | null;
  events: Array<{ year: number | null; killed: number | null; wounded: number | null; country: string | null }>;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

export const FIELDS = ['name', 'acronym', 'year', 'aliases', 'designation', 'founded', 'leaders', 'strength', 'areas', 'events', 'events+country'] as const;

/** The targets, per field. */
export const TARGETS: Partial<Record<string, number>> = {
  name: 0.95, acronym: 0.95, year: 0.95, aliases: 0.95, designation: 0.95,
  founded: 0.85, leaders: 0.85, strength: 0.85, areas: 0.85, events: 0.9,
};

/** A record reduced to the gold's shape. */
export function goldView(r: CrtxRecord): Gold {
  const codes = [...new Set(r.areas.map((a) => a.countryCode).filter((c): c is string => c !== null))];
  return {
    year: r.report.year,
    name: r.organization.name,
    acronym: r.organization.acronym,
    aliases: r.aliases.map((a) => a.value),
    designationDate: r.designation?.date ?? null,
    foundedYear: r.founded?.year ?? null,
    leaders: r.leaders.filter((l) => l.status === 'current').map((l) => l.name),
    strength: r.strength && (r.strength.min !== null || r.strength.max !== null) ? { min: r.strength.min, max: r.strength.max } : null,
    areas: codes,
    events: r.events
      .filter((e) => e.killed?.value != null || e.wounded?.value != null)
      .map((e) => ({ year: e.date.year, killed: e.killed?.value ?? null, wounded: e.wounded?.value ?? null, country: e.location?.countryCode ?? null })),
  };
}

function single(t: Tally, file: string, gold: unknown, got: unknown): void {
  const g = JSON.stringify(gold ?? null);
  const o = JSON.stringify(got ?? null);
  if (g === o) {
    if (gold !== null && gold !== undefined) t.tp++;
    return;
  }
  if (got !== null && got !== undefined) t.fp++;
  if (gold !== null && gold !== undefined) t.fn++;
  t.misses.push(`${file}: gold ${g} got ${o}`);
}

function multiset(t: Tally, file: string, gold: string[], got: string[]): void {
  const left = [...gold];
  const extra: string[] = [];
  for (const g of got) {
    const i = left.indexOf(g);
    if (i === -1) extra.push(g);
    else {
      left.splice(i, 1);
      t.tp++;
    }
  }
  t.fp += extra.length;
  t.fn += left.length;
  if (extra.length || left.length) t.misses.push(`${file}: missed ${JSON.stringify(left)} extra ${JSON.stringify(extra)}`);
}

const norm = (s: string) => collapseSpace(s);

export function scoreFile(file: string, gold: Gold, got: Gold | null, tallies: Map<string, Tally>): void {
  const t = (f: string) => tallies.get(f)!;
  single(t('name'), file, norm(gold.name), got && norm(got.name));
  single(t('acronym'), file, gold.acronym, got?.acronym ?? null);
  single(t('year'), file, gold.year, got?.year ?? null);
  multiset(t('aliases'), file, gold.aliases.map(norm), got?.aliases.map(norm) ?? []);
  single(t('designation'), file, gold.designationDate, got?.designationDate ?? null);
  single(t('founded'), file, gold.foundedYear, got?.foundedYear ?? null);
  multiset(t('leaders'), file, gold.leaders.map(norm), got?.leaders.map(norm) ?? []);
  single(t('strength'), file, gold.strength, got?.strength ?? null);
  multiset(t('areas'), file, gold.areas ?? [], got?.areas ?? []);
  const triple = (e: Gold['events'][number]) => JSON.stringify([e.year, e.killed, e.wounded]);
  const quad = (e: Gold['events'][number]) => JSON.stringify([e.year, e.killed, e.wounded, e.country]);
  multiset(t('events'), file, gold.events.map(triple), got?.events.map(triple) ?? []);
  multiset(t('events+country'), file, gold.events.map(quad), got?.events.map(quad) ?? []);
}
