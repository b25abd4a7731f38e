/**
 * The record, as other systems read it: the single source of truth.
 * `npm run schema` writes schemas/record.schema.json from it; field names and
 * meanings follow ../shared/contract.md and may only be added to.
 */
import { z } from 'zod';

export { SCHEMA_VERSION } from './version.js';

export const EvidenceSchema = z
  .object({
    section: z.string().describe('The section the value was read from ("title", "aka", "Description", ...)'),
    start: z.int().min(0).describe('Offset of the first UTF-16 code unit in the source text'),
    end: z.int().min(0).describe('Offset after the last UTF-16 code unit (exclusive)'),
  })
  .describe('Where a value was read: text.slice(start, end) of the source text');

const rule = z.string().describe('Id of the rule that produced the value');

export const CountSchema = z.object({
  value: z.int().min(0).nullable().describe('The number, or null when the text gives none ("dozens")'),
  qualifier: z.enum(['exact', 'at-least', 'more-than', 'about', 'up-to', 'vague']),
  text: z.string().describe('The count as written'),
});

export const EventSchema = z.object({
  date: z.object({
    year: z.int().nullable(),
    month: z.int().min(1).max(12).nullable(),
    day: z.int().min(1).max(31).nullable(),
    yearFrom: z
      .enum(['sentence', 'frame'])
      .nullable()
      .describe('Where the year came from: written in the sentence (known), or taken from the paragraph\'s year frame or a relative phrase such as "the following year" (implied); null when the year is null'),
  }),
  type: z.string(),
  location: z
    .object({
      text: z.string().describe('The place as written'),
      place: z.string().nullable().describe('The place name'),
      countryCode: z.string().regex(/^[A-Z]{2}$/).nullable(),
      evidence: EvidenceSchema.describe('Where the place was read: in the incident, its sentence or paragraph, or the Location section'),
    })
    .nullable(),
  target: z.string().nullable(),
  killed: CountSchema.nullable(),
  wounded: CountSchema.nullable(),
  kidnapped: CountSchema.nullable(),
  claimed: z.boolean(),
  aggregate: z.boolean(),
  evidence: EvidenceSchema,
  rule,
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('Id of the rule that raised it'),
  message: z.string(),
  evidence: EvidenceSchema.nullable(),
});

export const RecordSchema = z
  .object({
    schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    id: z.string().regex(/^\d{4}\/[a-z0-9-]+$/).describe('YEAR/SLUG, stable across runs'),
    report: z.object({
      year: z.int().min(1900).max(2100),
      chapter: z.string(),
      chapterNumber: z.int().nullable(),
      published: z
        .object({
          date: z.iso.date(),
          evidence: EvidenceSchema.nullable().describe('Where the date was read; null when read outside the text (the report PDF\'s cover)'),
        })
        .nullable()
        .describe('The report\'s publication date: from a source line ("From: ... Country Reports on Terrorism 2005, US Department of State, April 30, 2006.") or the report PDF\'s cover; null when the input does not give it'),
    }),
    source: z.object({
      path: z.string().describe('Input path as given'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('Hash of the input bytes'),
      format: z.enum(['text', 'html', 'pdf']).describe('How the input was read: plain text, a saved web page, or the report PDF'),
      textPath: z
        .string()
        .nullable()
        .describe('When the text that offsets refer to is not the input file itself (HTML, PDF, repaired or re-encoded text): that text, as a path relative to the output folder, named from its content (YEAR/text-HASH.txt); written beside the records when they are written to files, and printed by crtx text INPUT'),
      encoding: z.string().describe('How the input bytes were decoded'),
    }),
    organization: z.object({
      name: z.string().min(1),
      acronym: z.string().nullable(),
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      evidence: EvidenceSchema,
    }),
    aliases: z.array(z.object({ value: z.string().min(1), evidence: EvidenceSchema })),
    designation: z.object({ date: z.iso.date(), evidence: EvidenceSchema, rule }).nullable(),
    founded: z.object({ year: z.int(), evidence: EvidenceSchema, rule }).nullable(),
    leaders: z.array(
      z.object({
        name: z.string().min(1),
        role: z.string().nullable(),
        status: z.enum(['current', 'former', 'killed', 'captured']),
        year: z.int().nullable(),
        evidence: EvidenceSchema,
        nameParts: z
          .array(z.object({ text: z.string().min(1), evidence: EvidenceSchema }))
          .optional()
          .describe('When the name is not written in one piece ("the brothers Karim and Samir Benali" → Karim Benali): each part with its own span; `evidence` is then the whole phrase'),
        rule,
      }),
    ),
    strength: z
      .object({
        min: z.int().min(0).nullable(),
        max: z.int().min(0).nullable(),
        unit: z.string().nullable(),
        text: z.string(),
        evidence: EvidenceSchema,
        rule,
      })
      .nullable(),
    areas: z.array(
      z.object({
        name: z.string().min(1),
        countryCode: z.string().regex(/^[A-Z]{2}$/).nullable(),
        evidence: EvidenceSchema,
      }),
    ),
    funding: z.object({
      sources: z.array(z.object({ category: z.string(), text: z.string(), evidence: EvidenceSchema, rule })),
      sponsors: z.array(z.object({ name: z.string(), countryCode: z.string().regex(/^[A-Z]{2}$/).nullable(), evidence: EvidenceSchema, rule })),
    }),
    events: z.array(EventSchema),
    sections: z.array(z.object({ heading: z.string(), known: z.boolean(), evidence: EvidenceSchema })),
    diagnostics: z.array(DiagnosticSchema),
  })
  .describe('One organization profile of one report year, from the Country Reports on Terrorism');

export type CrtxRecord = z.infer<typeof RecordSchema>;
export type CrtxEvent = z.infer<typeof EventSchema>;
export type Count = z.infer<typeof CountSchema>;
export type Leader = CrtxRecord['leaders'][number];
export type Strength = NonNullable<CrtxRecord['strength']>;
export type Area = CrtxRecord['areas'][number];
export type FundingSource = CrtxRecord['funding']['sources'][number];
export type Sponsor = CrtxRecord['funding']['sponsors'][number];
