/**
 * The part of the FollowTheMoney model crtx writes, as data: for each schema,
 * its required properties and the type of each property it may carry
 * (inherited ones included), written down from followthemoney's schema YAML
 * (Thing, LegalEntity, Organization, Person, Interval, Interest, Membership,
 * Sanction, Event). A property not listed here is not in the model.
 */
export type FtmType = 'name' | 'string' | 'text' | 'date' | 'country' | 'url' | 'topic' | 'identifier' | 'address' | { entity: string };

const THING: Record<string, FtmType> = {
  name: 'name',
  summary: 'text',
  description: 'text',
  country: 'country',
  alias: 'name',
  previousName: 'name',
  weakAlias: 'name',
  sourceUrl: 'url',
  publisher: 'string',
  publisherUrl: 'url',
  wikidataId: 'identifier',
  keywords: 'string',
  topics: 'topic',
  address: 'address',
  program: 'string',
  notes: 'text',
  modifiedAt: 'date',
  retrievedAt: 'date',
};
const LEGAL_ENTITY: Record<string, FtmType> = { ...THING, incorporationDate: 'date', dissolutionDate: 'date', status: 'string', legalForm: 'string', jurisdiction: 'country', mainCountry: 'country', website: 'url' };
const INTERVAL: Record<string, FtmType> = { startDate: 'date', endDate: 'date', date: 'date', summary: 'text', description: 'text', recordId: 'string', sourceUrl: 'url', publisher: 'string', publisherUrl: 'url', modifiedAt: 'date', retrievedAt: 'date' };

export const FTM_MODEL: Record<string, { extends: string[]; required: string[]; properties: Record<string, FtmType> }> = {
  Organization: { extends: ['LegalEntity', 'Thing'], required: ['name'], properties: LEGAL_ENTITY },
  Person: { extends: ['LegalEntity', 'Thing'], required: ['name'], properties: { ...LEGAL_ENTITY, title: 'string', firstName: 'string', lastName: 'string', birthDate: 'date', deathDate: 'date', nationality: 'country', position: 'string' } },
  Sanction: {
    extends: ['Interval'],
    required: ['entity'],
    properties: { ...INTERVAL, entity: { entity: 'Thing' }, authority: 'string', authorityId: 'identifier', program: 'string', programId: 'identifier', programUrl: 'url', provisions: 'string', status: 'string', reason: 'text', country: 'country', listingDate: 'date' },
  },
  Membership: { extends: ['Interest', 'Interval'], required: ['member', 'organization'], properties: { ...INTERVAL, role: 'string', status: 'string', member: { entity: 'LegalEntity' }, organization: { entity: 'Organization' } } },
  Event: { extends: ['Interval', 'Analyzable', 'Thing'], required: ['name'], properties: { ...THING, ...INTERVAL, location: 'address', country: 'country', important: 'string', organizer: { entity: 'LegalEntity' }, involved: { entity: 'LegalEntity' } } },
};

/** FtM topics (the part of its topic vocabulary crtx might use). */
export const FTM_TOPICS = new Set(['crime', 'crime.terror', 'crime.war', 'sanction', 'poi']);

/** FtM dates: ISO 8601 prefixes, as precise as known. */
export const FTM_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A schema and the schemas it extends. */
export const isA = (schema: string, range: string) => schema === range || (FTM_MODEL[schema]?.extends.includes(range) ?? false);
