/**
 * Title styles of the profiles, one entry per style, with an example.
 * Patterns run on the matching view (dashes and spaces folded).
 */
import type { Span } from '../text/span.js';

export interface ProfileTitle {
  span: Span;
  style: string;
  year: number;
  chapterNumber: number | null;
  name: Span;
  acronym: Span | null;
  /** The report's publication date (YYYY-MM-DD) and where it was read: a source line ("From: ... April 30, 2006."). */
  published: { date: string; span: Span } | null;
}

/** A title as a line gives it: without a year when the line has none (the chapter, a source line or --year gives it). */
export type TitleCandidate = Omit<ProfileTitle, 'year'> & { year: number | null };

export interface TitleStyle {
  id: string;
  example: string;
  pattern: RegExp;
}

export const TITLE_STYLES: readonly TitleStyle[] = [
  {
    id: 'numbered-chapter',
    example: 'Country Report on Terrorism 2021 - Chapter 5 - Jama’at Nusrat al-Islam wal-Muslimin (JNIM)',
    // (Not the chapter's own name after the number: that is the named-chapter style below.)
    pattern: /^ *Country Reports? on Terrorism (?<year>\d{4}) *-{1,2} *Chapter (?<chapter>\d+) *-{1,2} *(?!-|(?:Foreign )?Terrorist Organi[sz]ations *[:-])(?<name>\S.*?) *$/,
  },
  {
    id: 'named-chapter',
    // (The 2007 and 2008 reports named their chapter "Terrorist Organizations", after a double hyphen.)
    example: 'Country Reports on Terrorism 2013 - Foreign Terrorist Organizations: Abdallah Azzam Brigades; Country Reports on Terrorism 2005 - Chapter 8 - Foreign Terrorist Organizations: Revolutionary Organization 17 November; Country Reports on Terrorism 2007 - Chapter 6 -- Terrorist Organizations: Kahane Chai (Kach)',
    pattern: /^ *Country Reports? on Terrorism (?<year>\d{4}) *(?:-{1,2}|:) *(?:Chapter (?<chapter>\d+) *(?:-{1,2}|:) *)?(?:Foreign )?Terrorist Organi[sz]ations *(?::|-{1,2}) *(?<name>\S.*?) *$/,
  },
  {
    // The year is then the chapter's, a source line's, or --year's.
    id: 'numbered-chapter-no-year',
    example: 'Country Report on Terrorism - Chapter 5 - Jama’at Nusrat al-Islam wal-Muslimin (JNIM)',
    pattern: /^ *Country Reports? on Terrorism *- *Chapter (?<chapter>\d+) *- *(?<name>\S.*?) *$/,
  },
];

export const CHAPTER_NAME = 'Foreign Terrorist Organizations';

// The acronym is the last parenthesized token at the end of the title's name.
export const TRAILING_ACRONYM = /^(?<name>.*?\S) *\((?<acronym>[^()]+)\) *$/;
