/**
 * Section headings and the variants the reports use across years. A heading
 * is written inline ("Description:  text") or on a line of its own
 * ("Description" or "Description:"). Headings not listed here are still kept
 * as sections, with a diagnostic.
 */
export interface HeadingVariant {
  /** The name sections carry in records, whatever the variant. */
  name: string;
  variants: readonly string[];
}

export const HEADINGS: readonly HeadingVariant[] = [
  { name: 'Description', variants: ['Description', 'Overview'] },
  { name: 'Activities', variants: ['Activities', 'Activity'] },
  { name: 'Strength', variants: ['Strength'] },
  {
    name: 'Location/Area of Operation',
    variants: ['Location/Area of Operation', 'Location/Area of Operations', 'Area of Operation', 'Areas of Operation', 'Area of Operations', 'Location', 'Locations'],
  },
  { name: 'Funding and External Aid', variants: ['Funding and External Aid', 'Funding/External Aid', 'External Aid', 'Funding'] },
  { name: 'Note', variants: ['Note', 'Notes'] },
];

const normalize = (s: string) => s.toLowerCase().replace(/ *\/ */g, '/').replace(/ +/g, ' ');
const escapePart = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' +');
const escape = (s: string) => s.split('/').map(escapePart).join(' *\\/ *');

const byVariant = new Map<string, string>();
for (const h of HEADINGS) for (const v of h.variants) byVariant.set(normalize(v), h.name);

// Longest variants first, so "Location/Area of Operations" wins over "Location". (A pattern source, case-insensitive.)
export const variantSource = [...byVariant.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A known heading at the start of a line: inline with a colon, or alone on its line. */
export const KNOWN_HEADING = new RegExp(`^ *(?<heading>${variantSource}) *(?::|(?= *$))`, 'i');

/**
 * Something that looks like a heading but is not listed: one to five words,
 * the first capitalized, no digits, then a colon and text or the line's end.
 */
export const UNKNOWN_HEADING = /^ *(?<heading>[A-Z][A-Za-z]*(?:(?: +| *\/ *|-)(?:[A-Za-z]+)){0,4}) *:(?= |$)/;

export function canonicalHeading(written: string): string | undefined {
  return byVariant.get(normalize(written));
}

/**
 * A profile with no headings at all (some 2004–2012 pages) is read by
 * content: its first paragraph is the Description, each later one goes to
 * the first section whose cue it holds, else to Activities. Funding is
 * tested before Activities ("finances its operations through kidnapping").
 */
export interface SectionCue {
  name: string;
  example: string;
  pattern: RegExp;
}

export const SECTION_CUES: readonly SectionCue[] = [
  { name: 'Funding and External Aid', example: 'AQWT finances its operations through kidnapping for ransom.', pattern: /\b(?:financ\w*|funds?|funding|funded by|donations?|external aid|receives? (?:\w+ ){0,3}(?:support|aid|money|weapons))\b/i },
  { name: 'Activities', example: 'In June 2004, AQWT bombed a police station, killing 12 people.', pattern: /\b(?:attack|bomb|kill|wound|injur|kidnap|abduct|assassinat|hijack|claimed|carried out)\w*/i },
  { name: 'Strength', example: 'AQWT has an estimated 300 to 500 members.', pattern: /\b(?:\d[\d,]*|hundreds|thousands|dozens|several|few)\b[^.]{0,40}\b(?:members|fighters|militants|cadres|adherents|operatives|supporters)\b|\bstrength\b|\bsize is unknown\b/i },
  { name: 'Location/Area of Operation', example: 'AQWT operates in Mali, Niger, and Mauritania.', pattern: /\b(?:operates?|operating|based|located|active|present)\b(?: \w+)? (?:in|from|along|throughout|across)\b/i },
];

export function sectionByContent(paragraph: string): string {
  return SECTION_CUES.find((c) => c.pattern.test(paragraph))?.name ?? 'Activities';
}
