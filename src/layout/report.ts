/**
 * How the report names itself and dates its publication, wherever a reader
 * meets it: a chapter heading, a source line, a PDF's cover, a page title.
 */
import { daysInMonth, MONTH_WORD, monthNumber } from '../text/dates.js';

/** The report's name with its year, as chapter headings, source lines and the PDF cover write it. */
export const REPORT_YEAR = /\bCountry Reports? on Terrorism,? (?<year>(?:19|20)\d\d)\b/;

const FULL_DATE = new RegExp(`\\b(?<month>${MONTH_WORD}) +(?<day>\\d{1,2}), +(?<year>(?:19|20)\\d\\d)\\b`);

/** The year `text` names the report by ("Country Reports on Terrorism 2005"), or null. */
export function reportYearIn(text: string): number | null {
  return Number(REPORT_YEAR.exec(text)?.groups?.year ?? NaN) || null;
}

/** The first full date ("April 30, 2006") in `text` as YYYY-MM-DD, with its place; null when there is none or it is no real day. */
export function firstFullDate(text: string): { date: string; index: number; length: number } | null {
  const m = FULL_DATE.exec(text);
  if (!m?.groups) return null;
  const month = monthNumber(m.groups.month!);
  const day = Number(m.groups.day);
  // Only a day the month has: "February 30" is not a publication date.
  if (day < 1 || day > daysInMonth(Number(m.groups.year), month)) return null;
  const date = `${m.groups.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, index: m.index, length: m[0].length };
}
