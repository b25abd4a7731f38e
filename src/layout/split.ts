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
import { classifiedLines, isNameLine, isProse, titleOf, type ClassifiedLine } from './lines.js';
import { firstFullDate, reportYearIn } from './report.js';
import type { ProfileTitle, TitleCandidate } from './title.js';

const CHAPTER_NUMBER = /^ *Chapter (?<chapter>\d{1,2})\b/i;
const SOURCE_CHAPTER = /\bChapter (?<chapter>\d{1,2})\b/i;

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

export interface FoundProfiles {
  profiles: ProfileRange[];
  diagnostics: Diagnostic[];
  /** What the chapter heading states, for the next piece of a large chapter. */
  statedYear: number | null;
  chapterNumber: number | null;
}

/** The year, chapter and publication date a source line states. */
function readSourceLine(line: ClassifiedLine): { year: number | null; chapterNumber: number | null; published: ProfileTitle['published'] } {
  const year = reportYearIn(line.view);
  const chapterNumber = Number(SOURCE_CHAPTER.exec(line.view)?.groups?.chapter ?? NaN) || null;
  const found = firstFullDate(line.view);
  const published = found ? { date: found.date, span: { start: line.start + found.index, end: line.start + found.index + found.length } } : null;
  return { year, chapterNumber, published };
}

export function findProfiles(view: string, options: FindOptions = {}): FoundProfiles {
  const diagnostics: Diagnostic[] = [];
  const all = classifiedLines(view).filter((l) => l.class.kind !== 'blank');
  const isSourceLine = (line: ClassifiedLine | undefined) => line?.class.kind === 'source';
  const titles: ProfileTitle[] = [];
  /** Index in `all` of the line each title was read from. */
  const titleLines: number[] = [];
  let statedYear: number | null = null;
  let chapterNumber: number | null = options.chapterNumber ?? null;
  let hasBody = true;
  // A section heading since the last title: an alias list after it starts a new profile.
  let hasSection = true;
  let yearReported = false;

  const open = (candidate: TitleCandidate, i: number, line: ClassifiedLine) => {
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
    const kind = line.class.kind;
    if (line.class.kind === 'title') return open(line.class.title, i, line);
    if ((hasBody || isSourceLine(all[i + 1])) && isNameLine(all, i)) {
      return open(titleOf(view, line, line.start + (line.view.length - line.view.trimStart().length), line.view.trim(), 'name-line', null, null), i, line);
    }
    // A source line or alias list where a profile would start, with no name line right before it.
    const startsUnnamed = kind === 'source' ? titleLines.at(-1) !== i - 1 : kind === 'aka' && hasSection;
    if (startsUnnamed) {
      diagnostics.push({
        severity: 'error',
        code: 'no-name',
        message: `A profile starts here (${kind === 'source' ? 'its source line' : 'its alias list'}) but no organization name was found before it: expected the name on its own line just above, e.g. "Libyan Liberation Front (LLF)"${i > 0 ? `; the line above is "${all[i - 1]!.view.trim().slice(0, 60)}"` : ''}. This profile was not read.`,
        evidence: { section: 'title', start: line.start, end: line.end },
      });
      hasBody = false;
      hasSection = false;
      return;
    }
    if (titles.length === 0) {
      statedYear ??= reportYearIn(line.view);
      chapterNumber ??= Number(CHAPTER_NUMBER.exec(line.view)?.groups?.chapter ?? NaN) || null;
    }
    if (kind === 'heading') hasSection = hasBody = true;
    else if (kind === 'text' && titles.length > 0 && isProse(line)) hasBody = true;
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
