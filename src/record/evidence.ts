/**
 * The evidence invariant: every evidence range of a record slices, from the
 * text the record names, to text that says what the fact claims, as whole
 * words. `crtx validate --evidence` and the tests check records with it.
 *
 * What each fact claims, found by shape so a field added later is checked
 * too: every object that carries `evidence` claims its string `value`,
 * `name`, `text`, `acronym` and `target`, the `text` of its counts (killed,
 * wounded, kidnapped), a `date` (year, month name, day) and, for `founded`,
 * its year. Section headings are not claimed: a section's evidence is its body.
 */
import { MONTHS } from '../text/dates.js';
import type { CrtxRecord } from './schema.js';

/** Loose comparison: compatibility forms, quote and dash variants, soft hyphens, white space and case folded. */
export function foldForEvidence(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u02BC\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/[\s\uFEFF]+/g, ' ')
    .trim()
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

/** `needle` in `hay` where it is not part of a longer word at either end. */
function hasWord(hay: string, needle: string): boolean {
  if (needle === '') return true;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    const edge = (outside: string | undefined, inside: string) => outside === undefined || !WORD.test(outside) || !WORD.test(inside);
    if (edge(hay[i - 1], needle[0]!) && edge(hay[i + needle.length], needle[needle.length - 1]!)) return true;
  }
  return false;
}

export interface EvidenceProblem {
  /** Where in the record, as a JSON path: `.events[2].location`. */
  where: string;
  message: string;
}

type Json = Record<string, unknown>;

/** What an object claims: each entry is one claim, met by any of its spellings. */
function claimsOf(o: Json, where: string): string[][] {
  const out: string[][] = [];
  for (const key of ['value', 'name', 'text', 'acronym', 'target']) if (typeof o[key] === 'string' && o[key] !== '') out.push([o[key] as string]);
  for (const key of ['killed', 'wounded', 'kidnapped']) {
    const count = o[key] as Json | null | undefined;
    if (count && typeof count.text === 'string' && !count.evidence) out.push([count.text]);
  }
  if (typeof o.date === 'string') {
    const [year, month, day] = o.date.split('-').map(Number);
    out.push([String(year)]);
    // "September", "Sept.", "Sep."
    if (month) out.push([MONTHS[month - 1]!, MONTHS[month - 1]!.slice(0, 4), MONTHS[month - 1]!.slice(0, 3)]);
    if (day) out.push([String(day)]);
  }
  if (where === '.founded' && typeof o.year === 'number') out.push([String(o.year)]);
  return out;
}

/** Every evidence range of `record` that does not quote what its fact claims from `text`; empty when all do. */
export function evidenceProblems(record: CrtxRecord, text: string): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const o = value as Json;
    const e = o.evidence as Json | null | undefined;
    if (e && typeof e.start === 'number' && typeof e.end === 'number') {
      const { start, end } = e as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
        problems.push({ where, message: `range ${start}-${end} is outside the text (${text.length} characters)` });
      } else {
        const slice = foldForEvidence(text.slice(start, end));
        for (const spellings of claimsOf(o, where)) {
          if (!spellings.some((claim) => hasWord(slice, foldForEvidence(claim)))) {
            const claim = spellings[0]!;
            const quoted = text.slice(start, Math.min(end, start + 80)).replace(/\s+/g, ' ');
            problems.push({ where, message: `claims "${claim}" but its range ${start}-${end} quotes "${quoted}${end - start > 80 ? '…' : ''}"` });
          }
        }
      }
    }
    for (const [key, v] of Object.entries(o)) if (key !== 'evidence') visit(v, `${where}.${key}`);
  };
  visit(record, '');
  return problems;
}
