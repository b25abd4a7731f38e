/**
 * Date mentions in a span of text, with their real precision.
 *
 * - Month-name dates ("September 6, 2018", "in March 2019", "an April attack")
 *   come from chrono-node, called only on spans that name a month: chrono over
 *   a whole document is quadratic, and most sentences name no month.
 * - A bare year ("In 2019", "since 1998") is not a date to chrono, so a year
 *   pattern finds those.
 * - A month without a year takes the paragraph's frame year when the caller
 *   knows one, otherwise its year stays null: never the year chrono guesses
 *   from "now".
 * - "February 30, 2019" is no date; it is returned with `valid: false` so the
 *   caller can report it instead of guessing.
 * - A period ("between January and March 2019", "March 3 and 5, 2019") is one
 *   mention: its year, its month only when both ends share it, no day. A
 *   period of years ("between 2015 and 2017") is one mention with no year.
 */
import { monthNameDates } from './lazy.js';
import type { Span } from './span.js';
import { matchesOf } from './matches.js';

export interface DateMention extends Span {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Whether the year was written in the mention itself (not taken from a frame). */
  yearWritten: boolean;
  valid: boolean;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** The month names as written ("January|February|..."), a pattern source without groups. */
export const MONTH_WORD = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
/** The month (1–12) a month name as written stands for. */
export const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;

/** A month name, whole or abbreviated ("Oct", "Sept"): the date finder's cue, and what makes a number after it a day. */
export const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const MONTH_NAMES = new RegExp(MONTH_NAME.source, 'g');
// Characters after a month name that can still belong to its date: " 6, 2018", " of 2019".
const DATE_WINDOW = 12;
// "Month D, YYYY" written out, checked by hand because chrono silently drops impossible days.
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g');
// A period of months or days: "between January and March 2019", "from April to June 2020", "from late January
// through March 2021", "January and February 2018", "between March 3 and 5, 2019". What happened in it is dated by
// the year, and by the month only when both ends are in the same one: never by one of its ends.
const PART_OF_MONTH = '(?:(?:early|late|mid-?)\\s*)?';
const PERIOD = new RegExp(
  `\\b(?:(?:[Bb]etween|[Ff]rom)\\s+)?${PART_OF_MONTH}(${MONTH_WORD})(?:\\s+\\d{1,2})?,?\\s+(?:and|to|through|until)\\s+${PART_OF_MONTH}(?:(${MONTH_WORD}),?\\s+)?(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b`,
  'g',
);
// A period of years ("between 2015 and 2017", "from 2015 to 2017") is one mention that dates nothing by itself: what
// happened in it has no one year, and the period's years are not the date of a later incident in the sentence.
const YEAR_PERIOD = /\b(?:[Bb]etween|[Ff]rom) (?:19|20)\d\d (?:and|to|through|until) (?:19|20)\d\d\b/g;
// A four-digit year between 1900 and 2099 that is not part of a longer number.
// "mid-2019" is a year; after any other hyphen four digits are part of something else.
const BARE_YEAR = /(?<![\d,.$])(?<!(?<!mid)-)(19\d\d|20\d\d)(?![\d,]\d|s\b)/g;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// The plain forms, read without chrono: "March 2019", "March 3, 2019", "March 3" ("March" alone, a range or an
// abbreviation are chrono's). A test checks they give what chrono gives.
const PLAIN_MONTH_DATE = new RegExp(`(?<month>${MONTH_WORD})(?: (?<day>[1-9]|[12]\\d|3[01])(?!\\d))?(?:,? (?<year>(?:19|20)\\d\\d))?(?![\\w'’-])`, 'y');
/** A month name, a comma and a number: "July, 15 residents". */
const MONTH_COMMA_NUMBER = /^[A-Za-z]+\.?,\s*\d/;
// What may follow a date that chrono reads further: a range ("March 3-5", "March 3 to 5"), "March of 2019", another number.
const READ_ON = /^\s*(?:[-–—]|,?\s*\d|(?:to|and|through|until|of|or)\b)/;

/** A month-name date in one of the plain forms at `at`, with its length, or null when chrono must read it. */
export function plainMonthDate(slice: string, at: number, frameYear: number | null): { length: number; date: Omit<DateMention, 'start' | 'end'> } | null {
  PLAIN_MONTH_DATE.lastIndex = at;
  const m = PLAIN_MONTH_DATE.exec(slice);
  if (!m) return null;
  const { month, day, year } = m.groups!;
  if (day === undefined && year === undefined) return null;
  if (READ_ON.test(slice.slice(at + m[0].length, at + m[0].length + 12))) return null;
  const yearWritten = year !== undefined;
  // An impossible day ("February 30") is chrono's to refuse.
  if (day !== undefined && Number(day) > daysInMonth(yearWritten ? Number(year) : (frameYear ?? 2000), monthNumber(month!))) return null;
  return { length: m[0].length, date: { year: yearWritten ? Number(year) : frameYear, month: monthNumber(month!), day: day === undefined ? null : Number(day), yearWritten, valid: true } };
}

// A day written before its month: "8 October 1997", "2 January", "the 3rd of May 2010" (not a count before the
// month: "In July, 15 residents" has the month first, and a number after a comma or a digit belongs to something else).
const DAY_BEFORE_MONTH = /(?<![\d,.$])(?<!\d )([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?: of)? $/;
const MONTH_THEN_YEAR = new RegExp(`(?<month>${MONTH_WORD})(?:,? (?<year>(?:19|20)\\d\\d))?(?![\\w'’-])`, 'y');

/** A day-month date ending with the month name at `at` (and its year, when written), with how far it starts before `at`. */
function dayMonthDate(slice: string, at: number, frameYear: number | null): { back: number; length: number; date: Omit<DateMention, 'start' | 'end'> } | null {
  const day = DAY_BEFORE_MONTH.exec(slice.slice(Math.max(0, at - 12), at));
  if (!day) return null;
  MONTH_THEN_YEAR.lastIndex = at;
  const m = MONTH_THEN_YEAR.exec(slice);
  if (!m) return null;
  const yearWritten = m.groups!.year !== undefined;
  const year = yearWritten ? Number(m.groups!.year) : frameYear;
  const month = monthNumber(m.groups!.month!);
  const d = Number(day[1]);
  const back = day[0].length;
  return { back, length: back + m[0].length, date: { year, month, day: d, yearWritten, valid: d <= daysInMonth(year ?? 2000, month) } };
}

/** Every date mention in text[start, end), in order of position. */
export function findDates(text: string, start: number, end: number, frameYear: number | null = null): DateMention[] {
  const slice = text.slice(start, end);
  const found: DateMention[] = [];
  // Which characters of the slice a found date covers: overlap checks stay linear on long spans.
  const covered = new Uint8Array(slice.length);
  const overlaps = (s: number, e: number) => covered.subarray(s - start, e - start).includes(1);
  const add = (d: DateMention) => {
    found.push(d);
    covered.fill(1, d.start - start, d.end - start);
  };
  if (MONTH_NAME.test(slice)) {
    for (const m of matchesOf(MONTH_DAY_YEAR, slice)) {
      const year = Number(m[3]);
      const month = monthNumber(m[1]!);
      const day = Number(m[2]);
      if (day < 1 || day > daysInMonth(year, month)) {
        add({ start: start + m.index, end: start + m.index + m[0].length, year, month, day, yearWritten: true, valid: false });
      }
    }
    for (const m of matchesOf(PERIOD, slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      const first = monthNumber(m[1]!);
      const last = m[2] === undefined ? first : monthNumber(m[2]);
      add({ start: s, end: e, year: Number(m[3]), month: first === last ? first : null, day: null, yearWritten: true, valid: true });
    }
    // A fixed reference instant keeps output independent of the day the program runs.
    const reference = new Date(Date.UTC(frameYear ?? 2000, 6, 1));
    // chrono reads only a short window from each month name ("September 6, 2018", "March 2019"):
    // its cost grows faster than linearly with the span, and nothing before the month changes the date.
    for (const month of matchesOf(MONTH_NAMES, slice)) {
      const from = month.index;
      if (covered[from] === 1) continue;
      // The day before the month, as British usage writes it: "on 8 October 1997", "on 2 January".
      const dayFirst = dayMonthDate(slice, from, frameYear);
      if (dayFirst) {
        const s = start + from - dayFirst.back;
        if (!overlaps(s, s + dayFirst.length)) add({ ...dayFirst.date, start: s, end: s + dayFirst.length });
        continue;
      }
      const plain = plainMonthDate(slice, from, frameYear);
      if (plain) {
        const s = start + from;
        if (!overlaps(s, s + plain.length)) add({ ...plain.date, start: s, end: s + plain.length });
        continue;
      }
      const after = slice.indexOf(' ', Math.min(slice.length, from + month[0].length + DATE_WINDOW));
      const window = slice.slice(from, after === -1 ? slice.length : after);
      const [r] = monthNameDates().parse(window, { instant: reference, timezone: 0 }, { forwardDate: false });
      // chrono reads a bare "May" as the verb unless a date follows; after "in", "during" and the like it is the month.
      if (!r && month[0] === 'May' && /\b(?:in|during|since|until|by|early|late|mid-?)\s$/i.test(slice.slice(Math.max(0, from - 8), from))) {
        const s = start + from;
        if (!overlaps(s, s + 3)) add({ start: s, end: s + 3, year: frameYear, month: 5, day: null, yearWritten: false, valid: true });
        continue;
      }
      // Relative phrases ("six days later") are dated from the made-up reference instant: only a named month counts.
      if (!r || r.index !== 0 || !r.start.isCertain('month') || !MONTH_NAME.test(r.text)) continue;
      // (The reports write a year with four digits: in "On October 23, 49 unarmed recruits" the 49 is a count, not 2049.)
      const countAfter = r.start.isCertain('year') && !/\b\d{4}\b/.test(r.text);
      // (Nor is a number after the month and a comma its day: in "In July, 15 residents were killed" the 15 is a count;
      // the reports write a day as "July 15".)
      const monthAlone = r.start.isCertain('day') && MONTH_COMMA_NUMBER.test(r.text);
      const text0 = monthAlone ? month[0] : (countAfter ? r.text.replace(/,?\s*'?\d{1,2}\s*$/, '') : r.text).replace(/[\s,.;:]+$/, '');
      const s = start + from;
      const e = s + text0.length;
      if (overlaps(s, e)) continue;
      const yearWritten = r.start.isCertain('year') && !countAfter && !monthAlone;
      add({
        start: s,
        end: e,
        year: yearWritten ? r.start.get('year')! : frameYear,
        month: r.start.get('month')!,
        day: r.start.isCertain('day') && !monthAlone ? r.start.get('day')! : null,
        yearWritten,
        valid: true,
      });
    }
  }
  for (const m of matchesOf(YEAR_PERIOD, slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (!overlaps(s, e)) add({ start: s, end: e, year: null, month: null, day: null, yearWritten: false, valid: true });
  }
  for (const m of matchesOf(BARE_YEAR, slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    add({ start: s, end: e, year: Number(m[1]), month: null, day: null, yearWritten: true, valid: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
