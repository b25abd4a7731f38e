/**
 * Records → FollowTheMoney entities ({id, schema, properties}, every value a
 * list of strings), modelled as OpenSanctions models the US FTO list: an
 * `Organization` per organization with a `Sanction` (the designation), its
 * leaders as `Person` + `Membership`, its incidents as `Event`s. Ids carry
 * no year (crtx-org-SLUG), so the same organization in several exported
 * years is one entity, its earlier names kept as `previousName`.
 */
import { createHash } from 'node:crypto';
import type { CrtxRecord } from '../record/schema.js';
import { slugify } from '../record/slug.js';
import { countsText, incidentKey, incidentName, latestOf, organizationsOf, partialDate } from './ids.js';

export interface FtmEntity {
  id: string;
  schema: 'Organization' | 'Sanction' | 'Person' | 'Membership' | 'Event';
  properties: Record<string, string[]>;
}

const PUBLISHER = 'U.S. Department of State';
/** The FTO list as OpenSanctions names it: program and program id of the designation. */
const PROGRAM = 'Foreign Terrorist Organizations';
const PROGRAM_ID = 'US-FTO219';
const TOPIC = 'crime.terror';

/** The State Department's page of a year's report. */
const reportUrl = (year: number) => `https://www.state.gov/reports/country-reports-on-terrorism-${year}/`;

const unique = (values: ReadonlyArray<string | null | undefined>): string[] => [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];

/** Properties without empty lists (FtM has no empty values). */
function entity(id: string, schema: FtmEntity['schema'], properties: Record<string, ReadonlyArray<string | null | undefined>>): FtmEntity {
  const kept = Object.entries(properties).flatMap(([k, v]) => {
    const values = unique(v);
    return values.length > 0 ? [[k, values] as const] : [];
  });
  return { id, schema, properties: Object.fromEntries(kept) };
}

const shortHash = (key: string) => createHash('sha1').update(key).digest('hex').slice(0, 16);

export function recordsToFtm(records: Iterable<CrtxRecord>): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const organization of organizationsOf(records)) {
    const now = latestOf(organization);
    const orgId = `crtx-org-${organization.key}`;
    const names = new Set([now.organization.name]);
    const sources = unique(organization.records.map((r) => reportUrl(r.report.year)));
    out.push(
      entity(orgId, 'Organization', {
        name: [now.organization.name],
        alias: organization.records.flatMap((r) => [r.organization.acronym, ...r.aliases.map((a) => a.value)]).filter((a) => a === null || !names.has(a)),
        previousName: organization.records.map((r) => r.organization.name).filter((n) => !names.has(n)),
        country: organization.records.flatMap((r) => r.areas.map((a) => a.countryCode?.toLowerCase())),
        incorporationDate: [now.founded ? String(now.founded.year) : null],
        topics: [TOPIC],
        sourceUrl: sources,
        publisher: [PUBLISHER],
      }),
      entity(`${orgId}-fto`, 'Sanction', {
        entity: [orgId],
        authority: [PUBLISHER],
        country: ['us'],
        program: [PROGRAM],
        programId: [PROGRAM_ID],
        startDate: [organization.records.map((r) => r.designation?.date).find(Boolean)],
        sourceUrl: sources,
      }),
    );
    // Leaders and incidents of every year, each once; a later year's reading of the same one wins.
    const people = new Map<string, { record: CrtxRecord; leader: CrtxRecord['leaders'][number] }>();
    const events = new Map<string, { record: CrtxRecord; event: CrtxRecord['events'][number] }>();
    for (const record of organization.records) {
      for (const leader of record.leaders) people.set(slugify(leader.name) || shortHash(leader.name), { record, leader });
      for (const event of record.events) events.set(incidentKey(organization.key, event), { record, event });
    }
    for (const [slug, { record, leader }] of people) {
      const personId = `crtx-person-${organization.key}-${slug}`;
      out.push(
        entity(personId, 'Person', {
          name: [leader.name],
          topics: [TOPIC],
          deathDate: [leader.status === 'killed' && leader.year !== null ? String(leader.year) : null],
          sourceUrl: [reportUrl(record.report.year)],
          publisher: [PUBLISHER],
        }),
        entity(`crtx-membership-${organization.key}-${slug}`, 'Membership', {
          member: [personId],
          organization: [orgId],
          role: [leader.role],
          status: [leader.status],
          endDate: [leader.status !== 'current' && leader.year !== null ? String(leader.year) : null],
          sourceUrl: [reportUrl(record.report.year)],
          publisher: [PUBLISHER],
        }),
      );
    }
    for (const [key, { record, event }] of events) {
      out.push(
        entity(`crtx-event-${organization.key}-${shortHash(key)}`, 'Event', {
          name: [`${record.organization.name}: ${incidentName(event)}`],
          date: [partialDate(event.date)],
          country: [event.location?.countryCode?.toLowerCase()],
          location: [event.location?.text],
          involved: [orgId],
          summary: [[`${event.type}${event.target ? ` on ${event.target}` : ''}`, countsText(event), event.claimed ? 'claimed' : '', event.aggregate ? 'a total over several incidents' : ''].filter(Boolean).join('; ')],
          sourceUrl: [reportUrl(record.report.year)],
          publisher: [PUBLISHER],
        }),
      );
    }
  }
  return out;
}

/** JSON Lines, one entity a line. */
export const ftmLines = (entities: readonly FtmEntity[]): string => entities.map((e) => JSON.stringify(e) + '\n').join('');
