/**
 * Which record in NEW is which organization in OLD. Names drift between
 * years (spelling, transliteration, renaming), so each pair is scored by the
 * strongest evidence that they are the same organization, and says why:
 *   same-slug           the slug from the name is the same
 *   same-name-spelling  the names differ only in spelling ("al-Qa’ida" / "al-Qaida")
 *   name-is-alias       one year's name is listed among the other year's aliases (renamed groups)
 *   shared-aliases      the alias lists share names
 *   same-acronym        the same acronym, used by no other organization on either side
 * Pairs are taken best first, each record at most once, ties broken by id,
 * so the result does not depend on input order.
 */
import type { CrtxRecord } from '../record/schema.js';
import { MIN_SKELETON, nameKey, skeleton } from './keys.js';
import type { MatchReason } from './schema.js';

export interface Match {
  old: CrtxRecord;
  new: CrtxRecord;
  reasons: MatchReason[];
}

const STRENGTH: Record<MatchReason['kind'], number> = { 'same-slug': 5, 'same-name-spelling': 4, 'name-is-alias': 3, 'shared-aliases': 2, 'same-acronym': 1 };

interface Names {
  record: CrtxRecord;
  name: string;
  /** skeleton → the name as written, for the name and every alias. */
  all: Map<string, string>;
  acronym: string | null;
}

function namesOf(record: CrtxRecord): Names {
  const all = new Map<string, string>();
  for (const value of [record.organization.name, ...record.aliases.map((a) => a.value)]) {
    const key = skeleton(value);
    if (key.length >= MIN_SKELETON && !all.has(key)) all.set(key, value);
  }
  const acronym = record.organization.acronym ? nameKey(record.organization.acronym) : null;
  return { record, name: skeleton(record.organization.name), all, acronym };
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function reasonsFor(a: Names, b: Names, uniqueAcronym: (acronym: string) => boolean): MatchReason[] {
  const reasons: MatchReason[] = [];
  const ra = a.record.organization;
  const rb = b.record.organization;
  if (ra.slug === rb.slug) reasons.push({ kind: 'same-slug', detail: `same name "${rb.name}"` });
  else if (a.name.length >= MIN_SKELETON && a.name === b.name) reasons.push({ kind: 'same-name-spelling', detail: `"${ra.name}" and "${rb.name}" differ only in spelling` });
  else if (b.all.has(a.name) || a.all.has(b.name)) {
    const [side, name, alias] = b.all.has(a.name) ? ['old', ra.name, b.all.get(a.name)!] : ['new', rb.name, a.all.get(b.name)!];
    const detail = `${side} name "${name}" is listed as an alias in ${side === 'old' ? 'new' : 'old'}${alias === name ? '' : ` (as "${alias}")`}`;
    reasons.push({ kind: 'name-is-alias', detail });
  }
  const shared = [...a.all.keys()].filter((k) => b.all.has(k) && k !== a.name && k !== b.name);
  if (shared.length > 0) reasons.push({ kind: 'shared-aliases', detail: `${shared.length} shared: ${quoted(shared.slice(0, 5).map((k) => b.all.get(k)!))}${shared.length > 5 ? ', ...' : ''}` });
  if (a.acronym && a.acronym === b.acronym && uniqueAcronym(a.acronym)) reasons.push({ kind: 'same-acronym', detail: `acronym ${rb.acronym}` });
  return reasons;
}

// Code-unit order, not locale order: the same report on every machine.
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const score = (reasons: readonly MatchReason[]) => Math.max(0, ...reasons.map((r) => STRENGTH[r.kind]));

export function matchOrganizations(oldRecords: readonly CrtxRecord[], newRecords: readonly CrtxRecord[]): { matches: Match[]; onlyOld: CrtxRecord[]; onlyNew: CrtxRecord[] } {
  const oldNames = oldRecords.map(namesOf);
  const newNames = newRecords.map(namesOf);
  const acronymCount = new Map<string, number>();
  for (const n of [...oldNames, ...newNames]) if (n.acronym) acronymCount.set(n.acronym, (acronymCount.get(n.acronym) ?? 0) + 1);
  // Unique means: once on each side.
  const uniqueAcronym = (acronym: string) => acronymCount.get(acronym) === 2;

  // Candidate pairs via shared keys only (no all-pairs scan).
  const byKey = new Map<string, number[]>();
  newNames.forEach((n, j) => {
    for (const key of [...n.all.keys(), `slug:${n.record.organization.slug}`, `acr:${n.acronym}`]) byKey.set(key, [...(byKey.get(key) ?? []), j]);
  });
  const candidates: Array<{ i: number; j: number; reasons: MatchReason[]; strength: number; shared: number }> = [];
  oldNames.forEach((o, i) => {
    const js = new Set<number>();
    for (const key of [...o.all.keys(), `slug:${o.record.organization.slug}`, `acr:${o.acronym}`]) for (const j of byKey.get(key) ?? []) js.add(j);
    for (const j of js) {
      const reasons = reasonsFor(o, newNames[j]!, uniqueAcronym);
      if (reasons.length === 0) continue;
      const shared = [...o.all.keys()].filter((k) => newNames[j]!.all.has(k)).length;
      candidates.push({ i, j, reasons, strength: score(reasons), shared });
    }
  });
  candidates.sort(
    (a, b) =>
      b.strength - a.strength ||
      b.shared - a.shared ||
      compareIds(oldRecords[a.i]!.id, oldRecords[b.i]!.id) ||
      compareIds(newRecords[a.j]!.id, newRecords[b.j]!.id),
  );
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    matches.push({ old: oldRecords[c.i]!, new: newRecords[c.j]!, reasons: c.reasons });
  }
  const byId = (a: CrtxRecord, b: CrtxRecord) => compareIds(a.id, b.id);
  matches.sort((a, b) => byId(a.new, b.new));
  return {
    matches,
    onlyOld: oldRecords.filter((_, i) => !usedOld.has(i)).sort(byId),
    onlyNew: newRecords.filter((_, j) => !usedNew.has(j)).sort(byId),
  };
}
