/**
 * Round-trip checks for chapter input: a single-profile text rewritten the way
 * the published chapter lays profiles out (name line, aka line, sections), and
 * records made comparable across the two layouts (evidence as the words it
 * points at, not as offsets, which differ between the two files).
 */
import { documentFromText } from '../src/ingest/document.js';
import { parseProfile } from '../src/profile/parse-profile.js';
import { findProfiles } from '../src/layout/split.js';
import type { CrtxRecord } from '../src/record/schema.js';

/** The profile in `text` as a chapter entry: "NAME (ACR)", "aka ...", then its sections as written. */
export function asChapterEntry(text: string): string {
  const doc = documentFromText('profile.txt', text);
  const [range] = findProfiles(doc.view).profiles;
  if (!range) throw new Error('no profile in text');
  const { title } = range;
  const profile = parseProfile(doc.view, title, range.end);
  const out = [text.slice(title.name.start, title.acronym ? text.indexOf(')', title.acronym.end) + 1 : title.name.end)];
  if (profile.aka) out.push('aka ' + text.slice(profile.aka.start, profile.aka.end));
  for (const s of profile.sections) out.push(text.slice(s.heading.start, s.body.end));
  return out.join('\n') + '\n';
}

/** A chapter entry with its organization renamed ("Test Front (TF)" → "Test Front 7 (TF)"), so copies are distinct organizations. */
export function renamedEntry(entry: string, suffix: string): string {
  return entry.replace(/^([^\n(]+?)( \(|\n)/, `$1 ${suffix}$2`);
}

/** A chapter of the given year made of these entries, laid out like the published chapter page. */
export function chapterOf(year: number, entries: readonly string[]): string {
  return [`Country Reports on Terrorism ${year}`, 'Chapter 5: Foreign Terrorist Organizations', '', ...entries.map((e) => e + '\n')].join('\n');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function withQuotedEvidence(value: Json, text: string): Json {
  if (Array.isArray(value)) return value.map((v) => withQuotedEvidence(v, text));
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.section === 'string') {
    return { section: value.section, quote: text.slice(value.start, value.end).replace(/\s+/g, ' ') };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withQuotedEvidence(v, text)]));
}

/**
 * What must be equal whatever the layout: every extracted field, with evidence
 * as the quoted words. The report year (and so the id) comes from the title or
 * the chapter heading, and the source differs by construction, so they are left out.
 */
export function comparableRecord(record: CrtxRecord, text: string): Json {
  const { id: _id, source: _source, diagnostics: _diagnostics, report: _report, organization, ...fields } = record;
  const { evidence: _title, ...org } = organization;
  return withQuotedEvidence({ organization: org, ...fields } as unknown as Json, text);
}

/**
 * Text hard-wrapped at `width` columns, as copy-paste out of a PDF gives it:
 * each line of the input is a paragraph, wrapped, with a blank line after it.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? current + ' ' + word : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n\n');
}
