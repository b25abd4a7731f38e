/**
 * Records → one STIX 2.1 bundle. Per organization: a `threat-actor`
 * (terrorist group), `location`s for the countries it operates in
 * (`located-at`), its leaders as individual threat-actors (`related-to` the
 * group), its incidents (`attributed-to` the group, `targets` their country:
 * OpenCTI's conventions, beyond the relationships the spec lists), and one
 * `report` per profile listing them all. The facts STIX has no property for
 * (designation, strength, funding, counts, date precision, every evidence
 * offset) go in crtx's property extension, defined in the bundle.
 *
 * Ids are UUIDv5 in crtx's namespace over each object's key, timestamps come
 * from the reports (src/export/ids.ts): the same records give the same bytes.
 */
import { createRequire } from 'node:module';
import { compareIds } from '../diff/match.js';
import type { CrtxRecord } from '../record/schema.js';
import { countsText, crtxUuid, datePrecision, incidentKey, incidentName, organizationsOf, partialDate, reportTimestamp, type Organization } from './ids.js';

export type StixObject = { type: string; id: string; [property: string]: unknown };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const PUBLISHER = 'U.S. Department of State';
/** The extension's own version; its definition's timestamps are this version's date, not a run's. */
const EXTENSION_VERSION = '1.0.0';
const EXTENSION_DATE = '2026-11-29T00:00:00.000Z';

const stixId = (type: string, key: string) => `${type}--${crtxUuid(`${type}:${key}`)}`;
export const PUBLISHER_ID = stixId('identity', PUBLISHER);
const CRTX_ID = stixId('identity', 'crtx');
export const EXTENSION_ID = stixId('extension-definition', `crtx-record-facts-${EXTENSION_VERSION}`);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** STIX has no nulls, empty lists or camelCase: drop the first two, rename the third, deep. */
function stixValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(stixValue).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const converted = stixValue(v);
      return converted === undefined ? [] : [[snake(k), converted] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === '' ? undefined : value;
}

const extension = (properties: Record<string, unknown>) => ({ [EXTENSION_ID]: { extension_type: 'property-extension', ...(stixValue(properties) as object) } });

const require = createRequire(import.meta.url);
let countries: typeof import('i18n-iso-countries') | null = null;
function countryName(code: string): string {
  if (!countries) {
    countries = require('i18n-iso-countries/index') as typeof import('i18n-iso-countries');
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  }
  return countries.getName(code, 'en', { select: 'alias' }) ?? code;
}

/** Objects without their timestamps, as one year's record (and the years before it) describe them. */
type Draft = StixObject;

function relationship(type: string, source: string, target: string, description?: string): Draft {
  return { type: 'relationship', id: stixId('relationship', `${type}|${source}|${target}`), relationship_type: type, source_ref: source, target_ref: target, ...(description ? { description } : {}) };
}

function groupDescription(r: CrtxRecord): string {
  const name = `${r.organization.name}${r.organization.acronym ? ` (${r.organization.acronym})` : ''}`;
  // No report year here: a description that names its year would change every year.
  const parts = [`${name}, a group profiled in the ${PUBLISHER}'s Country Reports on Terrorism, chapter "${r.report.chapter}".`];
  if (r.designation) parts.push(`Designated a Foreign Terrorist Organization on ${r.designation.date}.`);
  if (r.founded) parts.push(`Formed in ${r.founded.year} (year precision: first_seen is January 1 of that year; the report gives no month or day).`);
  if (r.strength) parts.push(`Strength: ${r.strength.text}`);
  if (r.areas.length > 0) parts.push(`Areas of operation: ${r.areas.map((a) => a.name).sort().join(', ')}.`);
  const funding = [...r.funding.sources.map((s) => s.category), ...r.funding.sponsors.map((s) => `sponsor ${s.name}`)];
  if (funding.length > 0) parts.push(`Funding: ${funding.join(', ')}.`);
  return parts.join(' ');
}

/** Everything one record says, as STIX objects (without timestamps); `history` is the organization's records up to it. */
function draftsOf(organization: Organization, history: CrtxRecord[]): Draft[] {
  const r = history[history.length - 1]!;
  const group = stixId('threat-actor', organization.key);
  const common = { spec_version: '2.1', created_by_ref: PUBLISHER_ID };
  const names = new Set([r.organization.name]);
  const aliases = [...new Set([r.organization.acronym, ...r.aliases.map((a) => a.value), ...history.map((h) => h.organization.name)])].filter((a): a is string => a !== null && !names.has(a));
  const drafts: Draft[] = [
    {
      type: 'threat-actor',
      ...common,
      id: group,
      name: r.organization.name,
      description: groupDescription(r),
      threat_actor_types: ['terrorist'],
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(r.founded ? { first_seen: `${r.founded.year}-01-01T00:00:00.000Z` } : {}),
      resource_level: 'organization',
      extensions: extension({
        recordId: r.id,
        acronym: r.organization.acronym,
        nameEvidence: r.organization.evidence,
        aliases: r.aliases,
        designation: r.designation,
        founded: r.founded ? { ...r.founded, precision: 'year' } : null,
        strength: r.strength,
        areas: r.areas,
        funding: r.funding,
      }),
    },
  ];
  for (const code of [...new Set(r.areas.flatMap((a) => (a.countryCode ? [a.countryCode] : [])))]) {
    const location = stixId('location', code);
    drafts.push({ type: 'location', ...common, id: location, name: countryName(code), country: code });
    drafts.push({ ...common, ...relationship('located-at', group, location) });
  }
  for (const leader of r.leaders) {
    const id = stixId('threat-actor', `${organization.key}|${leader.name}`);
    const role = [leader.role, leader.status, leader.year].filter((v) => v !== null).join(', ');
    drafts.push({
      type: 'threat-actor',
      ...common,
      id,
      name: leader.name,
      description: `${leader.name}: ${role} of ${r.organization.name}.`,
      threat_actor_types: ['terrorist'],
      resource_level: 'individual',
      extensions: extension({ recordId: r.id, leader }),
    });
    drafts.push({ ...common, ...relationship('related-to', id, group, `${leader.name} is named as ${leader.role ?? 'a leader'} (${leader.status}) of ${r.organization.name}`) });
  }
  for (const event of r.events) {
    const id = stixId('incident', incidentKey(organization.key, event));
    const counts = countsText(event);
    const description = [
      `${event.type}${event.target ? ` on ${event.target}` : ''}${event.location ? ` in ${event.location.text}` : ''}, ${partialDate(event.date) ?? 'undated'} (date precision: ${datePrecision(event.date)})`,
      counts,
      event.claimed ? `claimed by ${r.organization.name}` : '',
      event.aggregate ? 'a total over several incidents' : '',
    ].filter(Boolean);
    drafts.push({
      type: 'incident',
      ...common,
      id,
      name: `${r.organization.name}: ${incidentName(event)}`,
      description: description.join('; ') + '.',
      extensions: extension({ recordId: r.id, ...event, date: { ...event.date, precision: datePrecision(event.date) } }),
    });
    drafts.push({ ...common, ...relationship('attributed-to', id, group) });
    if (event.location?.countryCode) {
      const location = stixId('location', event.location.countryCode);
      drafts.push({ type: 'location', ...common, id: location, name: countryName(event.location.countryCode), country: event.location.countryCode });
      drafts.push({ ...common, ...relationship('targets', id, location) });
    }
  }
  return drafts;
}

const TYPE_ORDER = ['identity', 'extension-definition', 'threat-actor', 'location', 'incident', 'relationship', 'report'];
const byTypeThenId = (a: StixObject, b: StixObject) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || compareIds(a.id, b.id);

/** What counts as a change of an object between years: its content, not where in the text it was read. */
// Lists compare as sets, as in the diff: re-ordered is not changed.
const content = (draft: Draft): string =>
  JSON.stringify(draft, (key, value: unknown) => {
    if (key === 'evidence' || key === 'name_evidence' || key === 'record_id') return undefined;
    return Array.isArray(value) ? value.map((v) => JSON.stringify(v, (k, w: unknown) => (k === 'evidence' ? undefined : w))).sort() : value;
  });

export function recordsToStix(records: Iterable<CrtxRecord>): StixBundle {
  const organizations = organizationsOf(records);
  // id → its versions, oldest year first: created from the first, modified from the last that changed it.
  const versions = new Map<string, Array<{ at: string; draft: Draft }>>();
  const reports: StixObject[] = [];
  const add = (at: string, draft: Draft) => {
    const list = versions.get(draft.id) ?? [];
    const previous = list[list.length - 1];
    if (previous?.at === at) list[list.length - 1] = { at, draft };
    else list.push({ at, draft });
    versions.set(draft.id, list);
  };
  const all: CrtxRecord[] = [];
  for (const organization of organizations) {
    organization.records.forEach((record, i) => {
      all.push(record);
      const at = reportTimestamp(record);
      const drafts = draftsOf(organization, organization.records.slice(0, i + 1));
      drafts.forEach((d) => add(at, d));
      reports.push({
        type: 'report',
        spec_version: '2.1',
        id: stixId('report', record.id),
        created_by_ref: PUBLISHER_ID,
        created: at,
        modified: at,
        name: `Country Reports on Terrorism ${record.report.year}: ${record.organization.name}`,
        description: `The profile of ${record.organization.name} in the chapter "${record.report.chapter}" of the ${PUBLISHER}'s Country Reports on Terrorism ${record.report.year}, as read by crtx (record ${record.id}).`,
        report_types: ['threat-actor'],
        published: at,
        object_refs: [PUBLISHER_ID, ...new Set(drafts.map((d) => d.id))].sort(compareIds),
        extensions: extension({ recordId: record.id, source: record.source, sections: record.sections }),
      });
    });
  }
  const objects: StixObject[] = [];
  for (const list of versions.values()) {
    let modified = list[0]!.at;
    for (let i = 1; i < list.length; i++) if (content(list[i]!.draft) !== content(list[i - 1]!.draft)) modified = list[i]!.at;
    const { type, spec_version, id, created_by_ref, ...rest } = list[list.length - 1]!.draft;
    objects.push({ type, spec_version, id, created_by_ref, created: list[0]!.at, modified, ...rest });
  }
  if (all.length > 0) {
    const first = all.map(reportTimestamp).sort()[0]!;
    objects.push({ type: 'identity', spec_version: '2.1', id: PUBLISHER_ID, created: first, modified: first, name: PUBLISHER, identity_class: 'organization', sectors: ['government-national'] });
  }
  objects.push(
    { type: 'identity', spec_version: '2.1', id: CRTX_ID, created: EXTENSION_DATE, modified: EXTENSION_DATE, name: 'crtx', description: 'Reads the Country Reports on Terrorism into records with evidence offsets.', identity_class: 'system' },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: EXTENSION_ID,
      created_by_ref: CRTX_ID,
      created: EXTENSION_DATE,
      modified: EXTENSION_DATE,
      name: 'crtx record facts',
      description: 'Facts of a crtx record that STIX has no property for, with the evidence each was read from.',
      schema:
        'Property names are the crtx record fields (see crtx schemas/record.schema.json) in snake_case, absent when null: record_id; on a group: acronym, aliases, designation, founded (with precision "year"), strength, areas, funding; on a leader: leader; on an incident: date (with precision), type, location, target, killed, wounded, kidnapped (value, qualifier, text), claimed, aggregate, rule; on a report: source and sections (heading, known, evidence). Every evidence is {section, start, end}: UTF-16 offsets into the text the record names.',
      version: EXTENSION_VERSION,
      extension_types: ['property-extension'],
    },
    ...reports,
  );
  objects.sort(byTypeThenId);
  return { type: 'bundle', id: `bundle--${crtxUuid(`bundle:${all.map((r) => r.id).sort(compareIds).join(',')}`)}`, objects };
}
