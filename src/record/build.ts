/**
 * Record assembly: the profile's title and sections plus the extracted
 * fields, in the schema's key order (so JSON output is byte-stable).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Document } from '../ingest/document.js';
import type { Profile } from '../profile/parse-profile.js';
import { CHAPTER_NAME } from '../layout/title.js';
import type { Span } from '../text/span.js';
import { collapseSpace } from '../text/view.js';
import type { CrtxRecord } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { slugify } from './slug.js';

/** The fields the extractors fill (src/extract/ hands them over; this layer does not look inside extraction). */
export type RecordFields = Pick<CrtxRecord, 'aliases' | 'designation' | 'founded' | 'leaders' | 'strength' | 'areas' | 'funding' | 'events'>;

/** What a record is built from besides the fields: the text, the parsed profile, and what was noticed on the way. */
export interface ProfileParts {
  text: string;
  profile: Profile;
  diagnostics: Diagnostic[];
}

const valueAt = (text: string, span: Span) => collapseSpace(text.slice(span.start, span.end));
const evidenceOf = (section: string, span: Span) => ({ section, start: span.start, end: span.end });

export function buildRecord(doc: Document, ctx: ProfileParts, fields: RecordFields, textPath: string | null): CrtxRecord {
  const { title } = ctx.profile;
  const name = valueAt(ctx.text, title.name);
  const slug = slugify(name) || `profile-${doc.sha256.slice(0, 12)}`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `${title.year}/${slug}`,
    report: {
      year: title.year,
      chapter: CHAPTER_NAME,
      chapterNumber: title.chapterNumber,
      published: title.published ? { date: title.published.date, evidence: evidenceOf('source', title.published.span) } : doc.publishedHint ? { date: doc.publishedHint, evidence: null } : null,
    },
    source: { path: doc.path, sha256: doc.sha256, format: doc.format, textPath, encoding: doc.encoding },
    organization: {
      name,
      acronym: title.acronym ? valueAt(ctx.text, title.acronym) : null,
      slug,
      evidence: evidenceOf('title', title.span),
    },
    aliases: fields.aliases,
    designation: fields.designation,
    founded: fields.founded,
    leaders: fields.leaders,
    strength: fields.strength,
    areas: fields.areas,
    funding: fields.funding,
    events: fields.events,
    sections: ctx.profile.sections.map((s) => ({ heading: s.name, known: s.known, evidence: evidenceOf(s.name, s.body) })),
    diagnostics: ctx.diagnostics,
  };
}
