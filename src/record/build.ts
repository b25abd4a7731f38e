/**
 * Record assembly: the profile's title and sections plus the extracted
 * fields, in the schema's key order (so JSON output is byte-stable).
 */
import type { Document } from '../ingest/document.js';
import type { ExtractedFields } from '../extract/index.js';
import type { ProfileContext } from '../extract/context.js';
import { evidenceOf, valueAt } from '../extract/context.js';
import { CHAPTER_NAME } from '../profile/title.js';
import type { CrtxRecord } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { slugify } from './slug.js';

export function buildRecord(doc: Document, ctx: ProfileContext, fields: ExtractedFields, textPath: string | null): CrtxRecord {
  const { title } = ctx.profile;
  const name = valueAt(ctx, title.name);
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
      acronym: title.acronym ? valueAt(ctx, title.acronym) : null,
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
