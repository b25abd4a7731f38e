/**
 * What every export format shares: which records are one organization across
 * report years (the diff's matching, so ISIL and ISIS are one actor), the key
 * each organization's ids are made from, deterministic UUIDv5 ids, and the
 * report's timestamp (never the clock).
 */
import { createHash } from 'node:crypto';
import { compareIds, matchOrganizations } from '../diff/match.js';
import type { CrtxRecord } from '../record/schema.js';

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122's URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** crtx's own namespace (not the OASIS one that STIX reserves for cyber observables): UUIDv5 of crtx's URL. */
export const CRTX_NAMESPACE = uuidv5('https://crtx.invalid/', URL_NAMESPACE);

/** A crtx id from an object's key. */
export const crtxUuid = (key: string) => uuidv5(key, CRTX_NAMESPACE);

/** One organization across the exported years: its key and its records, oldest year first. */
export interface Organization {
  /** Its slug, or, when years are exported together, the slug in the earliest year it was matched in. */
  key: string;
  records: CrtxRecord[];
}

/**
 * Records → organizations. Each year's records are matched (src/diff/match.ts)
 * against every organization's latest record so far, so a group missing
 * from one year's input is still matched in the next; the rest start new
 * organizations. Records with the same id count once (the first).
 */
export function organizationsOf(records: Iterable<CrtxRecord>): Organization[] {
  const byYear = new Map<number, CrtxRecord[]>();
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    byYear.set(record.report.year, [...(byYear.get(record.report.year) ?? []), record]);
  }
  const organizations: Organization[] = [];
  const latest = new Map<CrtxRecord, Organization>();
  const keys = new Set<string>();
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const { matches, onlyNew } = matchOrganizations([...latest.keys()], byYear.get(year)!);
    for (const m of matches) {
      const organization = latest.get(m.old)!;
      latest.delete(m.old);
      organization.records.push(m.new);
      latest.set(m.new, organization);
    }
    for (const record of onlyNew) {
      // A slug another organization already took in an earlier year (not matched to it) gets the year.
      const key = keys.has(record.organization.slug) ? `${record.organization.slug}-${year}` : record.organization.slug;
      keys.add(key);
      const organization = { key, records: [record] };
      organizations.push(organization);
      latest.set(record, organization);
    }
  }
  return organizations.sort((a, b) => compareIds(a.key, b.key));
}

/** The latest record of an organization: what its name and facts are now. */
export const latestOf = (organization: Organization): CrtxRecord => organization.records[organization.records.length - 1]!;

/**
 * When a report speaks: its publication date (report.published, when the
 * record has one), else January 1 of the year after the report year.
 */
export function reportDate(record: CrtxRecord): string {
  const published = (record.report as { published?: unknown }).published;
  if (typeof published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(published)) return published.slice(0, 10);
  return `${record.report.year + 1}-01-01`;
}

export const reportTimestamp = (record: CrtxRecord): string => `${reportDate(record)}T00:00:00.000Z`;

/** An event's date as far as the text gives it: 2017, 2021-06 or 2021-06-14; null without a year. */
export function partialDate(date: { year: number | null; month: number | null; day: number | null }): string | null {
  if (date.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === null) return String(date.year);
  return date.day === null ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function datePrecision(date: { year: number | null; month: number | null; day: number | null }): 'day' | 'month' | 'year' | 'none' {
  return date.year === null ? 'none' : date.month === null ? 'year' : date.day === null ? 'month' : 'day';
}

type Count = { value: number | null; qualifier: string; text: string } | null;

/** A count as words: "21", "at least 30", "dozens". */
export function countText(count: Count): string | null {
  if (!count) return null;
  if (count.value === null) return count.text;
  const qualifier = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ', vague: '' }[count.qualifier] ?? '';
  return `${qualifier}${count.value}`;
}

/**
 * An incident's identity across years: its organization, date, place and
 * counts (never its wording, as in the diff).
 */
export function incidentKey(organizationKey: string, event: CrtxRecord['events'][number]): string {
  const counts = [event.killed, event.wounded, event.kidnapped].map((c) => (c ? `${c.value ?? c.text}` : '-')).join('/');
  return [organizationKey, partialDate(event.date) ?? 'undated', event.location?.countryCode ?? '-', event.location?.place ?? '-', counts].join('|');
}

/** An incident in a few words: "2021-06 attack in Burkina Faso (BF)". */
export function incidentName(event: CrtxRecord['events'][number]): string {
  const where = event.location ? ` in ${event.location.place ?? event.location.text}${event.location.countryCode ? ` (${event.location.countryCode})` : ''}` : '';
  return `${partialDate(event.date) ?? 'undated'} ${event.type}${where}`;
}

/** Casualty counts in words: "killed 21; wounded at least 30". */
export function countsText(event: CrtxRecord['events'][number]): string {
  const parts = (['killed', 'wounded', 'kidnapped'] as const).flatMap((k) => (event[k] ? [`${k} ${countText(event[k])}`] : []));
  return parts.join('; ');
}
