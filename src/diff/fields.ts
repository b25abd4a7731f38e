/**
 * Field by field: what changed in one organization between two years. One
 * entry per field, in the order reports print them; each compares values by
 * meaning (dates, ranges, country codes, counts), never by wording, so text
 * that only moved or was re-worded is not a change. A field that did not
 * change gives undefined and is left out of the report.
 *
 * Fields read from one section (Strength, Location, Funding) are compared
 * only when both texts have that section: a text cut off before it (most
 * republished pages are) says nothing, which is "not in this text", never
 * "removed" or "added". A section present with its value gone is "removed".
 */
import type { CrtxEvent, CrtxRecord } from '../record/schema.js';
import { nameKey } from './keys.js';
import type { Changes, EventRefT } from './schema.js';

type FieldDiff<K extends keyof Changes> = {
  field: K;
  diff: (a: CrtxRecord, b: CrtxRecord) => Changes[K] | undefined;
  /** The one section the field is read from, with what a record states there in words. */
  section?: { name: string; values: (r: CrtxRecord) => string[] };
};
type NotInText = NonNullable<Changes['notInText']>[number];

/** Items of b not in a, and of a not in b, by key; order as in each list, duplicates once. */
function setDiff<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): { added: T[]; removed: T[] } | undefined {
  const unique = (list: readonly T[]) => [...new Map(list.map((x) => [key(x), x])).values()];
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  const added = unique(b).filter((x) => !ka.has(key(x)));
  const removed = unique(a).filter((x) => !kb.has(key(x)));
  return added.length || removed.length ? { added, removed } : undefined;
}

const placeKey = (p: { countryCode: string | null; name: string }) => p.countryCode ?? `name:${nameKey(p.name)}`;

function eventRef(e: CrtxEvent): EventRefT {
  return {
    // The diff compares when, not where a year was read from.
    date: { year: e.date.year, month: e.date.month, day: e.date.day },
    type: e.type,
    countryCode: e.location?.countryCode ?? null,
    place: e.location?.place ?? null,
    counts: { killed: e.killed?.value ?? null, wounded: e.wounded?.value ?? null, kidnapped: e.kidnapped?.value ?? null },
    aggregate: e.aggregate,
    evidence: e.evidence,
  };
}

const whenWhere = (e: EventRefT) => JSON.stringify([e.date.year, e.date.month, e.date.day, e.countryCode]);
const counts = (e: EventRefT) => JSON.stringify([e.counts.killed, e.counts.wounded, e.counts.kidnapped]);

/**
 * Events are the same incident when date and country agree; with equal counts
 * they are unchanged, with different counts revised; the rest of NEW is new.
 * Events only in OLD are not listed: each year's profile drops most old incidents.
 */
function diffEvents(a: CrtxRecord, b: CrtxRecord): Changes['events'] {
  const pool = a.events.map(eventRef);
  const used = new Set<number>();
  const added: EventRefT[] = [];
  const revised: Array<{ old: EventRefT; new: EventRefT }> = [];
  const take = (pred: (e: EventRefT, i: number) => boolean) => {
    const i = pool.findIndex((e, k) => !used.has(k) && pred(e, k));
    if (i >= 0) used.add(i);
    return i;
  };
  const fresh = b.events.map(eventRef);
  // Exact matches first, so a revised count is never paired with an unchanged twin.
  const unmatched = fresh.filter((e) => take((o) => whenWhere(o) === whenWhere(e) && counts(o) === counts(e)) < 0);
  for (const e of unmatched) {
    const i = take((o) => whenWhere(o) === whenWhere(e) && e.date.year !== null);
    if (i >= 0) revised.push({ old: pool[i]!, new: e });
    else added.push(e);
  }
  return added.length || revised.length ? { added, revised } : undefined;
}

function diffLeaders(a: CrtxRecord, b: CrtxRecord): Changes['leaders'] {
  const ref = (l: CrtxRecord['leaders'][number]) => ({ name: l.name, role: l.role, status: l.status });
  const old = new Map(a.leaders.map((l) => [nameKey(l.name), l]));
  const now = new Map(b.leaders.map((l) => [nameKey(l.name), l]));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, l]) => ref(l));
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, l]) => ref(l));
  const statusChanged = [...now]
    .filter(([k, l]) => old.has(k) && old.get(k)!.status !== l.status)
    .map(([k, l]) => ({ name: l.name, old: old.get(k)!.status, new: l.status }));
  return added.length || removed.length || statusChanged.length ? { added, removed, statusChanged } : undefined;
}

const placeWords = (p: { countryCode: string | null; name: string }) => (p.countryCode ? `${p.countryCode} (${p.name})` : p.name);

const count = (x: number | null) => (x === null ? '' : x.toLocaleString('en-US'));

/** A strength in words: "500–800 fighters", or the sentence as written when it gives no number. */
export function strengthWords(s: { min: number | null; max: number | null; unit: string | null; text: string }): string {
  if (s.min === null && s.max === null) return `"${s.text}"`;
  return `${s.min === s.max ? count(s.min) : `${count(s.min)}–${count(s.max)}`}${s.unit ? ` ${s.unit}` : ''}`;
}

function diffStrength(a: CrtxRecord, b: CrtxRecord): Changes['strength'] {
  const range = (s: CrtxRecord['strength']) => (s ? { min: s.min, max: s.max, unit: s.unit, text: s.text } : null);
  const key = (s: CrtxRecord['strength']) => (s ? JSON.stringify([s.min, s.max]) : 'null');
  return key(a.strength) === key(b.strength) ? undefined : { old: range(a.strength), new: range(b.strength) };
}

function diffFunding(a: CrtxRecord, b: CrtxRecord): Changes['funding'] {
  const sources = setDiff(a.funding.sources.map((s) => s.category), b.funding.sources.map((s) => s.category), (c) => c) ?? { added: [], removed: [] };
  const place = (s: CrtxRecord['funding']['sponsors'][number]) => ({ countryCode: s.countryCode, name: s.name });
  const sponsors = setDiff(a.funding.sponsors.map(place), b.funding.sponsors.map(place), placeKey) ?? { added: [], removed: [] };
  const any = sources.added.length + sources.removed.length + sponsors.added.length + sponsors.removed.length > 0;
  return any ? { sources, sponsors } : undefined;
}

function changed<T>(old: T, now: T): { old: T; new: T } | undefined {
  return old === now ? undefined : { old, new: now };
}

export const FIELD_DIFFS: ReadonlyArray<FieldDiff<keyof Changes>> = [
  { field: 'name', diff: (a, b) => (nameKey(a.organization.name) === nameKey(b.organization.name) ? undefined : { old: a.organization.name, new: b.organization.name }) },
  // Titles print the acronym in some years and not in others: only two different acronyms are a change.
  {
    field: 'acronym',
    diff: (a, b) => (a.organization.acronym && b.organization.acronym && nameKey(a.organization.acronym) !== nameKey(b.organization.acronym) ? { old: a.organization.acronym, new: b.organization.acronym } : undefined),
  },
  { field: 'aliases', diff: (a, b) => setDiff(a.aliases.map((x) => x.value), b.aliases.map((x) => x.value), nameKey) },
  { field: 'designation', diff: (a, b) => changed(a.designation?.date ?? null, b.designation?.date ?? null) },
  { field: 'founded', diff: (a, b) => changed(a.founded?.year ?? null, b.founded?.year ?? null) },
  { field: 'leaders', diff: diffLeaders },
  { field: 'strength', diff: diffStrength, section: { name: 'Strength', values: (r) => (r.strength ? [strengthWords(r.strength)] : []) } },
  {
    field: 'areas',
    diff: (a, b) => setDiff(a.areas.map((x) => ({ countryCode: x.countryCode, name: x.name })), b.areas.map((x) => ({ countryCode: x.countryCode, name: x.name })), placeKey),
    section: { name: 'Location/Area of Operation', values: (r) => [...new Set(r.areas.map(placeWords))] },
  },
  {
    field: 'funding',
    diff: diffFunding,
    section: { name: 'Funding and External Aid', values: (r) => [...new Set([...r.funding.sources.map((s) => s.category), ...r.funding.sponsors.map((s) => `sponsor ${placeWords(s)}`)])] },
  },
  { field: 'events', diff: diffEvents },
] as ReadonlyArray<FieldDiff<keyof Changes>>;

const hasSection = (r: CrtxRecord, name: string) => r.sections.some((s) => s.heading === name);

export function diffFields(a: CrtxRecord, b: CrtxRecord): Changes {
  const changes: Record<string, unknown> = {};
  const notInText: NotInText[] = [];
  for (const { field, diff, section } of FIELD_DIFFS) {
    if (section && hasSection(a, section.name) !== hasSection(b, section.name)) {
      const side = hasSection(a, section.name) ? 'new' : 'old';
      const values = section.values(side === 'old' ? b : a);
      // Absent from one text and empty in the other: nothing to tell.
      if (values.length) notInText.push({ field: field as NotInText['field'], section: section.name, side, values });
      continue;
    }
    const change = diff(a, b);
    if (change !== undefined) changes[field] = change;
  }
  if (notInText.length) changes.notInText = notInText;
  return changes as Changes;
}
