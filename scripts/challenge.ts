/**
 * The challenge set: sentences and short profiles the team wrote in the
 * reports' style (never copied from the corpus), one file per field family
 * in tests/challenge/FAMILY.jsonl, each row with the facts a careful analyst
 * reads from it. It measures whether a field's rules hold on wording they
 * were not written from.
 *
 * A row (one JSON object per line; lines starting with // are comments):
 *   id        unique, "family-phrasing-n"
 *   text      a sentence or paragraph, put into `section` of a profile of
 *             "Testland Group (TG)" (aka "Testland Front; Jamaat al-Testiya"), report year `year`
 *   section   default by family (leaders, founded: Description; events: Activities;
 *             strength: Strength; funding: Funding and External Aid; areas: Location/Area of Operation)
 *   sections  instead of text: { heading: text } for several sections
 *   profile   instead of both: a whole profile text
 *   year      report year (default 2021)
 *   expect    the facts, each key compared in full (see FACT_CHECKS):
 *             leaders  [{name, status?, role?, year?}]  every leader the record lists, in any order
 *             events   [{year?, month?, day?, killed?, wounded?, kidnapped?, country?, type?, claimed?, aggregate?, yearFrom?}]
 *                      every event the record lists; a key left out is not compared; counts are values (null: no number)
 *             founded  year or null
 *             strength {min, max} or null
 *             sponsors [ISO code or name]   funding sponsors, in any order
 *             areas    [ISO code]           area codes in order (null codes left out)
 *             diagnostics [code]            codes that must be among the record's diagnostics
 *   miss      a known miss: why it fails today. The table test fails when such a row passes
 *             (remove the mark) and when an unmarked row fails, so the list stays honest.
 *   after     true for a row written after the family's rules were changed (not counted in the gate)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { documentFromText } from '../src/ingest/document.js';
import { extractDocument } from '../src/pipeline.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { packageRoot } from '../src/package-root.js';

export interface ChallengeRow {
  id: string;
  text?: string;
  section?: string;
  sections?: Record<string, string>;
  profile?: string;
  year?: number;
  expect: Record<string, unknown>;
  miss?: string;
  after?: boolean;
  family: string;
  line: number;
}

export interface RowResult {
  row: ChallengeRow;
  problems: string[];
}

const DEFAULT_SECTION: Record<string, string> = {
  leaders: 'Description',
  founded: 'Description',
  strength: 'Strength',
  funding: 'Funding and External Aid',
  places: 'Activities',
  areas: 'Location/Area of Operation',
};

export const challengeDir = (): string => join(packageRoot(), 'tests', 'challenge');

/** Every row of every family file, in file order; a malformed line is an error naming file and line. */
export function loadChallenge(dir = challengeDir()): ChallengeRow[] {
  const rows: ChallengeRow[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const family = basename(file, '.jsonl');
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '' || line.trimStart().startsWith('//')) return;
      let row: ChallengeRow;
      try {
        row = { ...JSON.parse(line), family, line: i + 1 };
      } catch (e) {
        throw new Error(`${join(dir, file)}:${i + 1}: not a JSON object: ${(e as Error).message}`);
      }
      if (!row.id || !row.expect || (row.text === undefined && !row.sections && !row.profile)) throw new Error(`${join(dir, file)}:${i + 1}: a row needs id, expect and one of text, sections, profile`);
      if (ids.has(row.id)) throw new Error(`${join(dir, file)}:${i + 1}: duplicate id ${row.id}`);
      ids.add(row.id);
      rows.push(row);
    });
  }
  return rows;
}

/** The profile a row stands in. */
export function rowProfile(row: ChallengeRow): string {
  if (row.profile) return row.profile;
  const year = row.year ?? 2021;
  const sections: Record<string, string> = row.sections ?? { [row.section ?? DEFAULT_SECTION[row.family] ?? 'Activities']: row.text! };
  if (!('Description' in sections)) sections.Description = 'The Testland Group (TG) was designated as an FTO on May 3, 2015.';
  const order = ['Description', 'Activities', 'Strength', 'Location/Area of Operation', 'Funding and External Aid'];
  const headings = [...order.filter((h) => h in sections), ...Object.keys(sections).filter((h) => !order.includes(h))];
  const body = headings.map((h) => `${h}: ${sections[h]}`).join('\n\n');
  return `Country Report on Terrorism ${year} - Chapter 5 - Testland Group (TG)\n\nAka Testland Front; Jamaat al-Testiya\n\n${body}\n`;
}

type Facts = Record<string, unknown>;

const leaderFacts = (r: CrtxRecord): Facts[] => r.leaders.map((l) => ({ name: l.name, status: l.status, role: l.role, year: l.year }));
const eventFacts = (r: CrtxRecord): Facts[] =>
  r.events.map((e) => ({
    year: e.date.year,
    month: e.date.month,
    day: e.date.day,
    killed: e.killed?.value ?? null,
    wounded: e.wounded?.value ?? null,
    kidnapped: e.kidnapped?.value ?? null,
    country: e.location?.countryCode ?? null,
    type: e.type,
    claimed: e.claimed,
    aggregate: e.aggregate,
    yearFrom: (e.date as { yearFrom?: unknown }).yearFrom ?? null,
    // "no number" and "no count at all" read the same in a row: null.
  }));

/** Whether every key the expected fact gives equals the produced one. */
const fits = (want: Facts, got: Facts) => Object.entries(want).every(([k, v]) => JSON.stringify(got[k] ?? null) === JSON.stringify(v ?? null));

/** Expected and produced lists match one to one (each wanted fact to a distinct produced fact). */
function sameList(field: string, want: Facts[], got: Facts[]): string[] {
  const left = [...got];
  const missing: Facts[] = [];
  // Most specific wants first, so a loose one does not take a fact a precise one needs.
  for (const w of [...want].sort((a, b) => Object.keys(b).length - Object.keys(a).length)) {
    const i = left.findIndex((g) => fits(w, g));
    if (i === -1) missing.push(w);
    else left.splice(i, 1);
  }
  const out: string[] = [];
  if (missing.length) out.push(`${field}: missing ${JSON.stringify(missing)}`);
  if (left.length) out.push(`${field}: extra ${JSON.stringify(left)}`);
  return out;
}

const sameValue = (field: string, want: unknown, got: unknown): string[] =>
  JSON.stringify(want ?? null) === JSON.stringify(got ?? null) ? [] : [`${field}: want ${JSON.stringify(want ?? null)} got ${JSON.stringify(got ?? null)}`];

/** One check per expectation key: what the record must say. */
const FACT_CHECKS: Record<string, (want: unknown, r: CrtxRecord) => string[]> = {
  leaders: (want, r) => sameList('leaders', want as Facts[], leaderFacts(r)),
  events: (want, r) => sameList('events', want as Facts[], eventFacts(r)),
  founded: (want, r) => sameValue('founded', want, r.founded?.year ?? null),
  strength: (want, r) => sameValue('strength', want, r.strength && (r.strength.min !== null || r.strength.max !== null) ? { min: r.strength.min, max: r.strength.max } : null),
  sponsors: (want, r) => {
    const got = r.funding.sponsors.map((s) => s.countryCode ?? s.name);
    return sameList('sponsors', (want as string[]).map((v) => ({ v })), got.map((v) => ({ v })));
  },
  areas: (want, r) => sameValue('areas', want, [...new Set(r.areas.map((a) => a.countryCode).filter((c) => c !== null))]),
  diagnostics: (want, r) => (want as string[]).filter((code) => !r.diagnostics.some((d) => d.code === code)).map((code) => `diagnostics: no ${code}`),
};

export function runRow(row: ChallengeRow): RowResult {
  const { records, diagnostics } = extractDocument(documentFromText(`challenge/${row.family}/${row.id}.txt`, rowProfile(row)));
  if (records.length !== 1) return { row, problems: [`expected one record, got ${records.length}: ${diagnostics.map((d) => d.message).join('; ')}`] };
  const problems: string[] = [];
  for (const [key, want] of Object.entries(row.expect)) {
    const check = FACT_CHECKS[key];
    problems.push(...(check ? check(want, records[0]!) : [`unknown expectation "${key}"`]));
  }
  return { row, problems };
}

export interface FamilyScore {
  family: string;
  rows: number;
  passed: number;
  /** Rows written before the rules changed: the gate. */
  before: number;
  beforePassed: number;
  knownMisses: number;
}

export function scoreChallenge(results: readonly RowResult[]): FamilyScore[] {
  const byFamily = new Map<string, FamilyScore>();
  for (const { row, problems } of results) {
    const s = byFamily.get(row.family) ?? { family: row.family, rows: 0, passed: 0, before: 0, beforePassed: 0, knownMisses: 0 };
    byFamily.set(row.family, s);
    const ok = problems.length === 0;
    s.rows++;
    if (ok) s.passed++;
    if (!row.after) {
      s.before++;
      if (ok) s.beforePassed++;
    }
    if (row.miss) s.knownMisses++;
  }
  return [...byFamily.values()];
}
