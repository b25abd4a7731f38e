/**
 * Where profiles start in a text: one profile per file, or a whole chapter.
 *
 * A profile starts at a title line ("Country Reports on Terrorism 2021 -
 * Chapter 5 - NAME (ACR)"), or at a name line: a short line whose next
 * non-blank line is the alias line, the Description heading, or a source
 * line ('From: "Chapter 8; ...," Country Reports on Terrorism 2005, ...', the
 * 2004–2012 republished pages). The profile is recognized by that structure,
 * never by the first line of the file: menu words, dates and "Last modified"
 * lines before it are page chrome. A name line only counts once the profile
 * before it has a body (a section or a paragraph of prose), so a line of a
 * wrapped alias list is never taken for a new organization; one followed by
 * a source line always counts.
 *
 * A profile's year is its source line's, else the chapter's "Country Reports
 * on Terrorism YEAR" heading, else the year the reader found outside the text
 * (a PDF's cover, a page title), else --year. With none of them the profile
 * is reported, not guessed. A source line or alias list with no name line
 * before it is reported at that line.
 */
import type { Diagnostic } from '../diagnostics.js';
import { CHROME_LINES, SOURCE_LINE } from './chrome.js';
import { AKA_LINE, lines, matchHeading, parseTitle, titleOf, type Line, type ProfileTitle, type TitleCandidate } from './parse-profile.js';

/** The report's name with its year, as chapter headings, source lines and the PDF cover write it. */
export const REPORT_YEAR = /\bCountry Reports? on Terrorism,? (?<year>(?:19|20)\d\d)\b/;
const CHAPTER_NUMBER = /^ *Chapter (?<chapter>\d{1,2})\b/i;
const SOURCE_CHAPTER = /\bChapter (?<chapter>\d{1,2})\b/i;
// A name line: starts like a name, short, and does not end like a sentence or a list.
const NAME_LINE = /^ *["'(]?[\p{L}0-9][^\n]{0,150}?(?<![.,;:])$/u;
// A line of prose: eight words or more, ending a sentence, so the profile above has a body even without headings.
// (Tested on the trimmed line in two linear steps: one pattern for both backtracks on long lines of words.)
const EIGHT_WORDS = /^ *(?:\S+ +){7}\S/;
const SENTENCE_END = /[.!?]["'”’)]?$/;
const isProse = (line: Line) => SENTENCE_END.test(line.view.trimEnd()) && EIGHT_WORDS.test(line.view);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PUBLISHED = /\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December) +(?<day>\d{1,2}), +(?<year>(?:19|20)\d\d)\b/;

export interface FindOptions {
  /** --year: used when the text itself gives no year. */
  year?: number | null;
  /** The year the reader found outside the text (a PDF's cover, a page title, or an earlier piece of a large chapter). */
  yearHint?: number | null;
  /** The chapter number found in an earlier piece of a large chapter. */
  chapterNumber?: number | null;
}

export interface ProfileRange {
  title: ProfileTitle;
  /** Where the next profile starts (or the text ends). */
  end: number;
}

const isChrome = (line: Line) => CHROME_LINES.some((c) => c.pattern.test(line.view));
export const isSourceLine = (line: Line | undefined) => line !== undefined && SOURCE_LINE.pattern.test(line.view);
const isBlank = (line: Line | undefined) => line !== undefined && /^ *$/.test(line.view);

function nextNonBlank(all: readonly Line[], i: number): Line | undefined {
  while (isBlank(all[i])) i++;
  return all[i];
}

/** Whether all[i] is an organization's name on its own line: a short line before its source line, alias line or Description heading. */
export function isNameLine(all: readonly Line[], i: number): boolean {
  const line = all[i]!;
  if (!NAME_LINE.test(line.view) || AKA_LINE.test(line.view) || matchHeading(line) !== null || isChrome(line) || isSourceLine(line)) return false;
  const next = nextNonBlank(all, i + 1);
  if (!next) return false;
  return isSourceLine(next) || AKA_LINE.test(next.view) || matchHeading(next)?.name === 'Description';
}

export interface FoundProfiles {
  profiles: ProfileRange[];
  diagnostics: Diagnostic[];
  /** What the chapter heading states, for the next piece of a large chapter. */
  statedYear: number | null;
  chapterNumber: number | null;
}

/** The year, chapter and publication date a source line states. */
/** The first full date ("April 30, 2006") in `text` as YYYY-MM-DD, with its place; null when there is none or it is no real day. */
export function firstFullDate(text: string): { date: string; index: number; length: number } | null {
  const m = PUBLISHED.exec(text);
  if (!m?.groups) return null;
  const month = MONTHS.indexOf(m.groups.month!.toLowerCase()) + 1;
  const day = Number(m.groups.day);
  const date = `${m.groups.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Only a day the month has: "February 30" is not a publication date.
  if (Number.isNaN(Date.parse(date)) || new Date(date).getUTCDate() !== day) return null;
  return { date, index: m.index, length: m[0].length };
}

function readSourceLine(line: Line): { year: number | null; chapterNumber: number | null; published: ProfileTitle['published'] } {
  const year = Number(REPORT_YEAR.exec(line.view)?.groups?.year ?? NaN) || null;
  const chapterNumber = Number(SOURCE_CHAPTER.exec(line.view)?.groups?.chapter ?? NaN) || null;
  const found = firstFullDate(line.view);
  const published = found ? { date: found.date, span: { start: line.start + found.index, end: line.start + found.index + found.length } } : null;
  return { year, chapterNumber, published };
}

export function findProfiles(view: string, options: FindOptions = {}): FoundProfiles {
  const diagnostics: Diagnostic[] = [];
  const all = [...lines(view, 0, view.length)].filter((l) => !isBlank(l));
  const titles: ProfileTitle[] = [];
  /** Index in `all` of the line each title was read from. */
  const titleLines: number[] = [];
  let statedYear: number | null = null;
  let chapterNumber: number | null = options.chapterNumber ?? null;
  let hasBody = true;
  // A section heading since the last title: an alias list after it starts a new profile.
  let hasSection = true;
  let yearReported = false;

  const open = (candidate: TitleCandidate, i: number, line: Line) => {
    const next = all[i + 1];
    const source = isSourceLine(next) ? readSourceLine(next!) : null;
    const year = candidate.year ?? source?.year ?? statedYear ?? options.yearHint ?? options.year ?? null;
    if (year === null) {
      if (!yearReported) {
        diagnostics.push({
          severity: 'error',
          code: 'no-year',
          message: `Profile "${line.view.trim()}" has no report year: no "Country Reports on Terrorism YEAR" heading precedes it and no source line names the report. Pass --year YEAR.`,
          evidence: { section: 'title', start: line.start, end: line.end },
        });
        yearReported = true;
      }
      // Still a profile's start: its alias list is not one without a name.
      hasBody = hasSection = false;
      return;
    }
    // A title line names its own chapter (or none); a name line is in the chapter its source line or heading names.
    const chapter = candidate.style === 'name-line' ? (source?.chapterNumber ?? chapterNumber) : (candidate.chapterNumber ?? source?.chapterNumber ?? null);
    titles.push({ ...candidate, year, chapterNumber: chapter, published: source?.published ?? null });
    titleLines.push(i);
    hasBody = false;
    hasSection = false;
  };

  all.forEach((line, i) => {
    const candidate = parseTitle(view, line);
    if (candidate) return open(candidate, i, line);
    if ((hasBody || isSourceLine(all[i + 1])) && isNameLine(all, i)) {
      return open(titleOf(view, line, line.start + (line.view.length - line.view.trimStart().length), line.view.trim(), 'name-line', null, null), i, line);
    }
    // A source line or alias list where a profile would start, with no name line right before it.
    const startsUnnamed = isSourceLine(line) ? titleLines.at(-1) !== i - 1 : AKA_LINE.test(line.view) && hasSection;
    if (startsUnnamed) {
      diagnostics.push({
        severity: 'error',
        code: 'no-name',
        message: `A profile starts here (${isSourceLine(line) ? 'its source line' : 'its alias list'}) but no organization name was found before it: expected the name on its own line just above, e.g. "Libyan Liberation Front (LLF)"${i > 0 ? `; the line above is "${all[i - 1]!.view.trim().slice(0, 60)}"` : ''}. This profile was not read.`,
        evidence: { section: 'title', start: line.start, end: line.end },
      });
      hasBody = false;
      hasSection = false;
      return;
    }
    if (titles.length === 0) {
      statedYear ??= Number(REPORT_YEAR.exec(line.view)?.groups?.year ?? NaN) || null;
      chapterNumber ??= Number(CHAPTER_NUMBER.exec(line.view)?.groups?.chapter ?? NaN) || null;
    }
    if (isSourceLine(line) || AKA_LINE.test(line.view) || isChrome(line)) return;
    if (matchHeading(line)) hasSection = hasBody = true;
    else if (titles.length > 0 && isProse(line)) hasBody = true;
  });
  if (statedYear !== null && options.year != null && options.year !== statedYear) {
    diagnostics.push({
      severity: 'warning',
      code: 'year-conflict',
      message: `--year ${options.year} differs from the year the text states (${statedYear}); the text's year is used.`,
      evidence: null,
    });
  }
  if (titles.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'no-profile',
      message:
        'No profile found: expected a title line ("Country Reports on Terrorism 2021 - Chapter 5 - NAME (ACR)") or an organization name on its own line followed by its "aka" line, "Description:" or a "From: ... Country Reports on Terrorism YEAR ..." source line. Check this is a Foreign Terrorist Organizations profile or chapter.',
      evidence: null,
    });
  }
  const profiles = titles.map((title, i) => ({ title, end: i + 1 < titles.length ? lineStartOf(view, titles[i + 1]!.span.start) : view.length }));
  return { profiles, diagnostics, statedYear, chapterNumber };
}

function lineStartOf(view: string, offset: number): number {
  return view.lastIndexOf('\n', offset - 1) + 1;
}
