/**
 * Where profiles start in a text: one profile per file, or a whole chapter.
 *
 * A profile starts at a full title line ("Country Reports on Terrorism 2021 -
 * Chapter 5 - NAME (ACR)", year included), or, in a chapter, at a name line:
 * a short line whose next non-blank line is the alias line or the Description
 * heading. A name line only counts once the profile before it has a section,
 * so a wrapped alias line is never taken for a new organization.
 *
 * A name line's year is the chapter's: the "Country Reports on Terrorism
 * YEAR" heading, else the year the reader found outside the text (a PDF's
 * cover), else --year. With none of them the profile is reported, not guessed.
 */
import type { Diagnostic } from '../diagnostics.js';
import { CHROME_LINES } from './chrome.js';
import { AKA_LINE, lines, matchHeading, parseTitle, titleOf, type Line, type ProfileTitle } from './parse-profile.js';

/** The report's name with its year, as chapter headings and the PDF cover write it. */
export const REPORT_YEAR = /\bCountry Reports? on Terrorism (?<year>(?:19|20)\d\d)\b/;
const CHAPTER_NUMBER = /^ *Chapter (?<chapter>\d{1,2})\b/i;
// A name line: starts like a name, short, and does not end like a sentence or a list.
const NAME_LINE = /^ *["'(]?[\p{L}0-9][^\n]{0,150}?(?<![.,;:])$/u;

export interface FindOptions {
  /** --year: used when the text itself gives no year. */
  year?: number | null;
  /** The year the reader found outside the text (a PDF's cover, or an earlier piece of a large chapter). */
  yearHint?: number | null;
  /** The chapter number found in an earlier piece of a large chapter. */
  chapterNumber?: number | null;
}

export interface ProfileRange {
  title: ProfileTitle;
  /** Where the next profile starts (or the text ends). */
  end: number;
}

function opensProfile(line: Line | undefined): boolean {
  if (!line) return false;
  if (AKA_LINE.test(line.view)) return true;
  return matchHeading(line)?.name === 'Description';
}

export function isNameLine(line: Line, next: Line | undefined): boolean {
  return NAME_LINE.test(line.view) && !AKA_LINE.test(line.view) && matchHeading(line) === null && !CHROME_LINES.some((c) => c.pattern.test(line.view)) && opensProfile(next);
}

export interface FoundProfiles {
  profiles: ProfileRange[];
  diagnostics: Diagnostic[];
  /** What the chapter heading states, for the next piece of a large chapter. */
  statedYear: number | null;
  chapterNumber: number | null;
}

export function findProfiles(view: string, options: FindOptions = {}): FoundProfiles {
  const diagnostics: Diagnostic[] = [];
  const all = [...lines(view, 0, view.length)].filter((l) => !/^ *$/.test(l.view));
  const titles: ProfileTitle[] = [];
  let statedYear: number | null = null;
  let chapterNumber: number | null = options.chapterNumber ?? null;
  let hasSection = true;
  let yearReported = false;
  all.forEach((line, i) => {
    const full = parseTitle(view, line);
    if (full) {
      titles.push(full);
      hasSection = false;
      return;
    }
    if (hasSection && isNameLine(line, all[i + 1])) {
      const year = statedYear ?? options.yearHint ?? options.year ?? null;
      if (year === null) {
        if (!yearReported) {
          diagnostics.push({
            severity: 'error',
            code: 'no-year',
            message: `Profile "${line.view.trim()}" has no report year: no "Country Reports on Terrorism YEAR" heading precedes it. Pass --year YEAR.`,
            evidence: { section: 'title', start: line.start, end: line.end },
          });
          yearReported = true;
        }
        return;
      }
      titles.push(titleOf(view, line, line.start + (line.view.length - line.view.trimStart().length), line.view.trim(), 'name-line', year, chapterNumber));
      hasSection = false;
      return;
    }
    if (titles.length === 0) {
      statedYear ??= Number(REPORT_YEAR.exec(line.view)?.groups?.year ?? NaN) || null;
      chapterNumber ??= Number(CHAPTER_NUMBER.exec(line.view)?.groups?.chapter ?? NaN) || null;
    }
    if (matchHeading(line)) hasSection = true;
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
        'No profile found: expected a title line ("Country Reports on Terrorism 2021 - Chapter 5 - NAME (ACR)") or an organization name on its own line followed by its "aka" line or "Description:". Check this is a Foreign Terrorist Organizations profile or chapter.',
      evidence: null,
    });
  }
  const profiles = titles.map((title, i) => ({ title, end: i + 1 < titles.length ? lineStartOf(view, titles[i + 1]!.span.start) : view.length }));
  return { profiles, diagnostics, statedYear, chapterNumber };
}

function lineStartOf(view: string, offset: number): number {
  return view.lastIndexOf('\n', offset - 1) + 1;
}
