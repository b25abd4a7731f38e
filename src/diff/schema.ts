/**
 * The diff report, as other systems read it (`crtx diff --format json`).
 * `npm run schema` publishes it as schemas/diff.schema.json; every report is
 * validated against that file before it is printed.
 */
import { z } from 'zod';
import { EvidenceSchema } from '../record/schema.js';

export const DIFF_SCHEMA_VERSION = '1.1.0';

const OrganizationRef = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const MatchReasonSchema = z
  .object({
    kind: z.enum(['same-slug', 'same-name-spelling', 'name-is-alias', 'shared-aliases', 'same-acronym']),
    detail: z.string().describe('What matched, in words a person can check'),
  })
  .describe('Why two records are taken to be the same organization');

const Range = z.object({ min: z.int().nullable(), max: z.int().nullable(), unit: z.string().nullable(), text: z.string() });
const LeaderRef = z.object({ name: z.string(), role: z.string().nullable(), status: z.string() });
const Place = z.object({ countryCode: z.string().nullable(), name: z.string() });
const Counts = z.object({ killed: z.int().nullable(), wounded: z.int().nullable(), kidnapped: z.int().nullable() });
const EventRef = z.object({
  date: z.object({ year: z.int().nullable(), month: z.int().nullable(), day: z.int().nullable() }),
  type: z.string(),
  countryCode: z.string().nullable(),
  place: z.string().nullable(),
  counts: Counts,
  aggregate: z.boolean(),
  evidence: EvidenceSchema.describe('In the record the event was read from'),
});
const Added = <T extends z.ZodType>(item: T) => z.object({ added: z.array(item), removed: z.array(item) });

export const ChangesSchema = z
  .object({
    name: z.object({ old: z.string(), new: z.string() }).optional(),
    acronym: z.object({ old: z.string().nullable(), new: z.string().nullable() }).optional(),
    aliases: Added(z.string()).optional(),
    designation: z.object({ old: z.string().nullable(), new: z.string().nullable() }).optional(),
    founded: z.object({ old: z.int().nullable(), new: z.int().nullable() }).optional(),
    leaders: z
      .object({
        added: z.array(LeaderRef),
        removed: z.array(LeaderRef),
        statusChanged: z.array(z.object({ name: z.string(), old: z.string(), new: z.string() })),
      })
      .optional(),
    strength: z.object({ old: Range.nullable(), new: Range.nullable() }).optional(),
    areas: Added(Place).optional(),
    funding: z.object({ sources: Added(z.string()), sponsors: Added(Place) }).optional(),
    events: z.object({ added: z.array(EventRef), revised: z.array(z.object({ old: EventRef, new: EventRef })) }).optional(),
    notInText: z
      .array(
        z.object({
          field: z.enum(['strength', 'areas', 'funding']),
          section: z.string().describe('The section the field is read from'),
          side: z.enum(['old', 'new']).describe('The side whose text has no such section (a cut-off or shorter text)'),
          values: z.array(z.string()).describe('What the other side states, in words'),
        }),
      )
      .optional()
      .describe('Fields whose section is in one text and not the other: "not in this text", not "added" or "removed"; such a field is left out of the changes above'),
  })
  .describe('Only the fields that changed; a field that did not change is absent');

export const DiffSchema = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    old: z.object({ source: z.string(), records: z.int().min(0) }),
    new: z.object({ source: z.string(), records: z.int().min(0) }),
    added: z.array(OrganizationRef).describe('Organizations only in NEW (new designations, or new to this input)'),
    removed: z.array(OrganizationRef).describe('Organizations only in OLD (revoked, dropped, or missing from this input)'),
    changed: z.array(z.object({ old: OrganizationRef, new: OrganizationRef, match: z.array(MatchReasonSchema).min(1), changes: ChangesSchema })),
    unchanged: z.array(z.object({ old: z.string(), new: z.string(), match: z.array(MatchReasonSchema).min(1) })),
  })
  .describe('What changed between two sets of crtx records (two report years)');

export type DiffReport = z.infer<typeof DiffSchema>;
export type Changes = z.infer<typeof ChangesSchema>;
export type MatchReason = z.infer<typeof MatchReasonSchema>;
export type EventRefT = z.infer<typeof EventRef>;
