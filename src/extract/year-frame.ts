/**
 * The year frame: which year a mention takes when its own words write none.
 * One refiner, walked over a section's sentences in order (events use it;
 * leaders can ask it through `writtenYearNear` and `frameAt`).
 *
 * - A year written in the sentence is known (`yearFrom: "sentence"`): "In May
 *   2018, ...", "... in Kabul in 2018", and a month in a sentence that opens
 *   with its year ("In 2021, TG claimed an April attack").
 * - A month with no year, or an undated incident, takes the paragraph's frame
 *   (`yearFrom: "frame"`): the year the paragraph last wrote, or the last
 *   dated incident's. A year that dates something else does not move the
 *   frame ("TG, which emerged in 2012, ...", "designated ... on May 3, 2015").
 * - Relative phrases move from the last dated incident: "the same month",
 *   "later that year", "the following year", "the next month", "two months
 *   later" (RELATIVE below, as data).
 * - A frame ends with its paragraph. A new paragraph that opens "In
 *   September" after a paragraph about 2017 is not silently 2017: the year is
 *   null, with a `year-frame-unclear` diagnostic (the reports put the report
 *   year's incidents in such paragraphs as often as the earlier year's). After
 *   a paragraph about the report's own year, both readings agree: a month the
 *   report names without a year is in that year (`yearFrom: "frame"`), and so
 *   is the rest of its paragraph; an incident with no date at all before such
 *   a month still gets none.
 */
import type { ProfileContext } from './context.js';
import { datesIn, evidenceOf, paragraphsOf, piecesOf, section as sectionNamed, valueAt } from './context.js';
import { MONTH_WORD, monthNumber, type DateMention } from '../text/dates.js';
import type { Span } from '../text/span.js';
import { UNIT_WORDS } from '../text/numbers.js';
import { INCIDENT_NOUNS, IRREGULAR_PASTS } from './lexicon.js';

export type YearFrom = 'sentence' | 'frame';

export interface FramedDate {
  year: number | null;
  month: number | null;
  day: number | null;
  yearFrom: YearFrom | null;
}

// A sentence that opens with a year sets the frame: "In 2019, ...", "Throughout 2015, ...", "In May 2018, ...".
// So does one that opens with the year as its subject, "The year 2020 saw ...", "In the year 2009, ...".
// So does one that opens with the group's incidents of a year: "Among its 2017 operations were ...", "The group's 2016
// attacks included ..." (a year before another noun names a thing: ATTRIBUTIVE).
const OPENING = new RegExp(`^(?:(?:(?:In|Throughout|During|By|Since|From|Between|Early in|Late in|In early|In late|In mid-|On) ?(?:the year )?|The year )(?:[A-Z][a-z]+ )?(?:\\d{1,2}, )?(?<year>(?:19|20)\\d\\d)\\b|(?:Among |Of )?(?:[Ii]ts|[Tt]heir|[Tt]he group['’]s|[A-Z][\\w-]*['’]s) (?<year2>(?:19|20)\\d\\d) (?:${INCIDENT_NOUNS.join('|')}|activities|record|campaign|violence)\\b)`);
/** A sentence that opens with a month and no year of its own: "On March 15, ...", "In late September, ...". */
const OPENING_MONTH = new RegExp(`^(?:On|In|By|During|Early in|Late in|In early|In late|In mid-) ?(?:early |late |mid-)?${MONTH_WORD}\\b(?:\\s+\\d{1,2})?(?!,?\\s+(?:19|20)\\d\\d)`);
const openingYear = (m: RegExpExecArray) => Number(m.groups!.year ?? m.groups!.year2);
// A year after these words dates something other than the incidents (the group's founding, a designation).
// ("Designated as a Foreign Terrorist Organization on October 8, 1997": the designation is further from its date.)
// Nor what later befell the incident's captives or suspects: "he was released in January 2012 after talks", "the
// killers were jailed for life in 2007". ("tried" only passive: "TG tried to storm the prison in 2014" is an attack.)
const AFTERMATH = 'released|freed|handed (?:over|back)|repatriated|deported|extradited|sentenced|convicted|acquitted|jailed|imprisoned|pardoned|paroled|(?:was|were|been) tried';
// ("since" and "until" head a phrase that a comma closes: "X, who had led TG since its founding, was killed on September
// 23, 2019" dates the killing.)
// (A group that re-emerged in a year was active then: "TG re-emerged as a major threat in 2016" frames what follows.)
// (But "until" opening a clause with its own verb dates that clause's event: "led TG from 2008 until an airstrike killed
// him on September 1, 2014" frames what follows in 2014.)
const OTHER_DATE = new RegExp(`\\bsince\\b[^.;,]{0,30}$|\\buntil\\b(?![^.;,]*\\b(?:[a-z]{3,}ed|was|were|had|(?:re-?)?(?:${IRREGULAR_PASTS}))\\b)[^.;,]{0,30}$|\\b(?:founded|formed|(?<!re-?)emerged|established|created|designated|designation|inception|origins?|born|${AFTERMATH})\\b[^.;]{0,30}$|\\bdesignated as an? [^.;]{0,60}$`, 'i');
// A year before a noun names a thing, not the time of the sentence: "despite the 2018 ceasefire".
const ATTRIBUTIVE = /\b(?:the|a|an|its|their)\s+(?:\w+\s+)?$/i;
/** An incident named after such a year: "the 2015 Bamako hotel siege". */
const INCIDENT_NAMED_AFTER = new RegExp(`^\\s+(?:[\\w'’.-]+\\s+){0,4}?(?:${INCIDENT_NOUNS.join('|')})\\b`, 'i');

const N = `(?<n>${Object.keys(UNIT_WORDS).join('|')}|\\d+)`;
/** Before the last dated incident: "earlier", "before that", "before the attack on the embassy". */
const EARLIER = `(?:earlier|before (?:that|this|then|the (?:${INCIDENT_NOUNS.join('|')})))`;
/** Relative phrases as data: how each moves from the last dated incident. */
/**
 * `days`: the same day; `dayCount`: a written number of days or weeks, counted from a full date (from a month or a
 * year alone it says only the year); `namedMonth`, `namedSeason`: the next such month or season after the last date. `keepsIncident`: a toll told
 * then may still be the last incident's (events/index.ts).
 */
export const RELATIVE: ReadonlyArray<{ id: string; example: string; pattern: RegExp; years: number; months: number | null; days?: true; dayCount?: true; keepsIncident?: true; reportYear?: true; namedMonth?: true; namedSeason?: true; earlier?: true }> = [
  { id: 'same-day', example: 'On the same day', pattern: /\b(?:(?:on )?(?:the|that) same day|later that day)\b/i, years: 0, months: 0, days: true },
  { id: 'same-month', example: 'Later the same month', pattern: /\b(?:(?:the|that) same month|(?:later|earlier) (?:that|in the|the) month)\b/i, years: 0, months: 0 },
  { id: 'next-month', example: 'The following month', pattern: /\b(?:(?:the )?(?:following|next) month|a month later)\b/i, years: 0, months: 1 },
  { id: 'months-later', example: 'Two months later', pattern: new RegExp(`\\b${N} months later\\b`, 'i'), years: 0, months: NaN },
  { id: 'same-year', example: 'Later that year', pattern: /\b(?:(?:later|earlier) (?:that|in the|in that) year|(?:that|the) same year)\b/i, years: 0, months: null },
  { id: 'next-year', example: 'The following year', pattern: /\b(?:(?:the )?(?:following|next) year|a year later)\b/i, years: 1, months: null },
  { id: 'years-later', example: 'Two years later', pattern: new RegExp(`\\b${N} years later\\b`, 'i'), years: NaN, months: null },
  { id: 'previous-year', example: 'The previous year', pattern: /\b(?:the (?:previous|preceding|prior) year|the year before|a year earlier)\b/i, years: -1, months: null },
  { id: 'previous-month', example: 'The previous month', pattern: /\b(?:the (?:previous|preceding|prior) month|a month earlier)\b/i, years: 0, months: -1 },
  // (A toll told days or weeks later is still the incident's: "The toll, as announced the following day, was 17 dead",
  // "abducted four engineers near Sirte. Three of them were found dead a week later.")
  { id: 'days-later', example: 'Two weeks later', pattern: new RegExp(`\\b(?:(?:${N}|an?) (?<unit>weeks?|days?) later|(?:the )?(?:following|next) (?<unit2>week|day))\\b`, 'i'), years: 0, months: 0, dayCount: true, keepsIncident: true },
  // Counted back from the last dated incident: "Six days earlier, on 24 December", "three days before the attack on the
  // embassy", "two months earlier".
  { id: 'days-earlier', example: 'Six days earlier', pattern: new RegExp(`\\b(?:${N}|an?) (?<unit>weeks?|days?) ${EARLIER}\\b`, 'i'), years: 0, months: 0, dayCount: true, earlier: true },
  { id: 'months-earlier', example: 'Two months earlier', pattern: new RegExp(`\\b${N} months ${EARLIER}\\b`, 'i'), years: 0, months: NaN, earlier: true },
  { id: 'following-season', example: 'The following spring', pattern: /\b(?:the )?(?:following|next) (?<season>spring|summer|autumn|fall|winter)\b/i, years: 0, months: null, namedSeason: true },
  { id: 'following-month-name', example: 'The following July', pattern: new RegExp(`\\b(?:the )?(?:following|next) (?<month>${MONTH_WORD})\\b`, 'i'), years: 0, months: null, namedMonth: true },
  // ("In October of that year", "By the end of that year": a part of it first.)
  { id: 'that-year', example: 'That year', pattern: new RegExp(`^(?:(?:In|By|During|At|Toward|Towards) (?:the (?:end|start|beginning|middle|spring|summer|autumn|fall|winter) of |(?:${MONTH_WORD}|early|late|mid) of )?)?that year\\b`, 'i'), years: 0, months: null },
  // The reports' own idiom: "during the year" is the paragraph's year, else the report's.
  { id: 'the-year', example: 'During the year', pattern: /\b(?:during|throughout|over|over the course of|in the course of) the year\b/i, years: 0, months: null, reportYear: true },
];

// Every relative phrase names its unit or "following"/"next" before a month's name (a test checks each row's example):
// text without one has none.
export const RELATIVE_CUE = /year|month|week|day|following|next/i;
/** The month a season starts in, for "the following spring". */
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** A sentence's opening clause of time before its subject: "After abandoning a 14-month ceasefire in late 1999,". */
const FRONTED_CLAUSE = /^(?:After|Before|Following|Despite|Having|Upon|While|Once)\b[^,;]{0,150},/;
/** ... and one inside the sentence, before a date: "after the group ended a ceasefire in late 2022", "since its founding in 2009". */
// (Not "until", which tells where the main clause's time ends: "led TG from 2008 until an airstrike killed him on September
// 1, 2014" is about 2014 at its end, what "Within days" after it counts from.)
const BACKGROUND_CLAUSE_BEFORE = /\b(?:after|since|following|before)\b[^,;]{0,80}$/i;
/**
 * A clause after a date that tells what happened at it: an end told with it is the sentence's time, "he led TG until
 * November 1, 2013, when he died", "held the town until March 2016, when the army retook it".
 */
export const WHEN_AFTER = /^,? when\b/;
const UNTIL_BEFORE = /\buntil\b[^.;,]{0,30}$/i;

export class YearFrame {
  /** The paragraph's frame year. */
  year: number | null = null;
  /** Where the frame came from, for a month read in the sentence that set it. */
  private sentenceYear: number | null = null;
  /** The frame's year, when the sentence opens with a month the frame dates ("On March 15, ..."). */
  private openedInFrame: number | null = null;
  /** The years the sentence writes, for a later incident of it that writes none ("during 2020: ...; an ambush that killed 11"). */
  private written: DateMention[] = [];
  private previous: number | null = null;
  private last: { year: number; month: number | null; day: number | null } | null = null;
  /** The last dated incident that had a month: what "that same month" counts from after one dated by its year alone. */
  private lastMonthly: { year: number; month: number | null; day: number | null } | null = null;
  /** The last year written before this sentence, in any sentence of the section: what "In October of that year" counts from when no incident was dated yet. */
  private yearBefore: number | null = null;
  private yearWrittenLast: number | null = null;
  private unclearSaid = false;

  constructor(
    private readonly ctx: ProfileContext,
    private readonly sectionName: string,
  ) {}

  /** A new paragraph: the frame ends. */
  paragraph(): void {
    if (this.year !== null) this.previous = this.year;
    this.year = null;
    // The last dated mention stays: a relative phrase ("Later that year") names its anchor explicitly.
    this.unclearSaid = false;
  }

  /** Before a sentence's mentions: a year it opens with is its frame. */
  open(sentence: Span): void {
    const m = OPENING.exec(this.ctx.view.slice(sentence.start, sentence.end));
    this.sentenceYear = m ? openingYear(m) : null;
    this.openedInFrame = m === null && this.year !== null && OPENING_MONTH.test(this.ctx.view.slice(sentence.start, sentence.end)) ? this.year : null;
    this.written = this.yearsWrittenIn(sentence);
    if (this.sentenceYear !== null) this.year = this.sentenceYear;
    this.yearBefore = this.yearWrittenLast;
    // (Any year written, a founding's too: "The group emerged in 2017 in Cabo Delgado. In October of that year, ...".)
    this.yearWrittenLast = datesIn(this.ctx, sentence).filter((d) => d.yearWritten && d.valid).pop()?.year ?? this.yearWrittenLast;
  }

  /** The opening year phrase of the sentence, if any (for the ledger of consumed text). */
  openingOf(sentence: Span): Span | null {
    const m = OPENING.exec(this.ctx.view.slice(sentence.start, sentence.end));
    return m ? { start: sentence.start, end: sentence.start + m[0].length } : null;
  }

  /**
   * The date of an incident in `span`, whose first mention starts at `anchor`:
   * the date nearest before the anchor, else the first in the span; a
   * relative phrase before the anchor; else the frame.
   */
  dateOf(span: Span, anchor: number, dates: readonly DateMention[]): FramedDate {
    let before = dates.filter((d) => d.end <= anchor && (d.month !== null || d.yearWritten));
    // "The group proclaimed a state in October 2006; two of its commanders were killed ... in April 2010": a date in the
    // incident's own clause, after it, over one in a clause before the semicolon.
    const own = dates.find((d) => d.start >= anchor && d.yearWritten && !this.ctx.view.slice(anchor, d.start).includes(';'));
    // (So does one after an opening clause of what came before: "After abandoning a ceasefire in late 1999, ETA killed 23
    // people in Spain in 2000".)
    const fronted = FRONTED_CLAUSE.exec(this.ctx.view.slice(span.start, anchor));
    const elsewhere = own !== undefined && before.length > 0 && (this.ctx.view.slice(before[before.length - 1]!.end, anchor).includes(';') || (fronted !== null && before[before.length - 1]!.end <= span.start + fronted[0].length));
    if (elsewhere) before = [];
    let date = elsewhere ? own : (before[before.length - 1] ?? dates.find((d) => d.month !== null) ?? dates.find((d) => d.yearWritten));
    // "In 2019, TG killed one hostage in May": a year before and the month after are one date.
    const month = date && date.month === null ? dates.find((d) => d.start >= anchor && d.month !== null && (!d.yearWritten || d.year === date!.year)) : undefined;
    if (date && month) date = { ...month, year: date.year, yearWritten: date.yearWritten };
    let out: FramedDate;
    // A relative phrase counts before the anchor, or after it when no date stands between ("beheaded the two Canadians later that year, and in early 2017 ...").
    const after = before.length === 0 ? dates.find((d) => d.start >= anchor) : undefined;
    // A relative phrase after the date written before the anchor counts on from that date: "In 2004, police dismantled
    // a cell; the following summer, gunmen ... killing a tourist" is 2005.
    // Otherwise it counts from the last year the sentence wrote before the anchor, which is later than the last dated
    // incident: "took its campaign to Britain in 2001: it bombed a television centre in March and, in August of that
    // year, set off a car bomb" is 2001.
    const writtenBefore = this.written.filter((d) => d.end <= anchor).pop();
    const from = writtenBefore?.year != null ? { year: writtenBefore.year, month: writtenBefore.month, day: writtenBefore.day } : this.last;
    const relative = before.length > 0 && date?.yearWritten ? this.relativeAfter(before[before.length - 1]!, anchor) : this.relativeIn(span, before.length > 0 ? anchor : after?.start ?? span.end, from);
    if (relative && before.length === 0) date = undefined;
    // "Later that year, in October": the phrase gives the year, the month its own.
    if (relative && date && date.month !== null && !date.yearWritten) out = { ...relative, month: date.month, day: date.day };
    else if (relative) out = relative;
    else if (date?.yearWritten) out = { year: date.year, month: date.month, day: date.day, yearFrom: 'sentence' };
    else {
      // A year the sentence wrote before this incident, then the paragraph's frame.
      const inSentence = this.sentenceYear ?? this.written.filter((d) => d.end <= anchor).pop()?.year ?? null;
      // A month the paragraph names without a year, after a paragraph about the report's own year, is in that year.
      const reportYear = this.year === null && date?.month != null && this.previous === this.ctx.year ? this.ctx.year : null;
      const year = inSentence ?? this.year ?? reportYear;
      // (That year is then the paragraph's: "On October 7, ... killed 1,200. At the festival alone, militants killed 364.")
      if (reportYear !== null && year === reportYear) this.year = reportYear;
      out = { year, month: date?.month ?? null, day: date?.day ?? null, yearFrom: year === null ? null : inSentence !== null ? 'sentence' : 'frame' };
      if (year === null) this.unclear(span);
    }
    if (out.year !== null) this.last = { year: out.year, month: out.month, day: out.day };
    if (out.year !== null && out.month !== null) this.lastMonthly = this.last;
    return out;
  }

  /** A relative phrase between a written date and the anchor, counted from that date. */
  private relativeAfter(from: DateMention, anchor: number): FramedDate | null {
    if (from.year === null) return null;
    return this.relativeIn({ start: from.end, end: anchor }, anchor, { year: from.year, month: from.month, day: from.day });
  }

  /** A relative phrase in span before the anchor, counted from `last` (the last dated incident, unless told otherwise). */
  private relativeIn(span: Span, anchor: number, last = this.last): FramedDate | null {
    const text = this.ctx.view.slice(span.start, Math.max(span.start, anchor));
    if (!RELATIVE_CUE.test(text)) return null;
    const r = RELATIVE.find((x) => x.pattern.test(text));
    if (!r) return null;
    if (r.reportYear) return { year: this.year ?? this.ctx.year, month: null, day: null, yearFrom: 'frame' };
    // ("The group emerged in 2017 in Cabo Delgado. In October of that year, militants ... killing 17": that year is the
    // one written last, when no incident was dated before it.)
    if (!last && r.years === 0 && r.months === null && !r.namedMonth && !r.namedSeason && this.yearBefore !== null) return { year: this.yearBefore, month: null, day: null, yearFrom: 'frame' };
    if (!last) return { year: null, month: null, day: null, yearFrom: null };
    // ("In February 2003, ...; the hostages remained in custody at the end of 2006. That same month, ...": a phrase in
    // months or days counts from the last incident dated to its month.)
    const inMonths = r.days === true || r.dayCount === true || (r.months !== null && !r.namedMonth && !r.namedSeason);
    if (inMonths && last.month === null && last === this.last && this.lastMonthly) last = this.lastMonthly;
    // "The following July": the next July after the last date, in its year or the one after.
    if (r.namedMonth) {
      const month = monthNumber(r.pattern.exec(text)!.groups!.month!);
      return { year: last.month !== null && month <= last.month ? last.year + 1 : last.year, month, day: null, yearFrom: 'frame' };
    }
    if (r.days && last.month !== null) return { year: last.year, month: last.month, day: last.day, yearFrom: 'frame' };
    // "The following spring": in the year after a year told alone, else the season's next start after the last month.
    if (r.namedSeason) {
      const start = SEASON_START[r.pattern.exec(text)!.groups!.season!.toLowerCase()]!;
      return { year: last.month === null || start <= last.month ? last.year + 1 : last.year, month: null, day: null, yearFrom: 'frame' };
    }
    // The count as written ("Two months later", "three years later"); one when the phrase writes none ("a week later").
    const written = () => {
      const n = r.pattern.exec(text)!.groups!.n?.toLowerCase();
      return n === undefined ? 1 : (UNIT_WORDS[n] ?? Number(n));
    };
    // "Two weeks later" after December 22: counted in days from a full date; from a month or a year alone, that year.
    if (r.dayCount) {
      if (last.month === null || last.day === null) return { year: last.year, month: null, day: null, yearFrom: 'frame' };
      const g = r.pattern.exec(text)!.groups!;
      const then = new Date(Date.UTC(last.year, last.month - 1, last.day + (r.earlier ? -1 : 1) * written() * (/^week/i.test(g.unit ?? g.unit2!) ? 7 : 1)));
      return { year: then.getUTCFullYear(), month: then.getUTCMonth() + 1, day: null, yearFrom: 'frame' };
    }
    // NaN: the count is written.
    const months = r.months !== null && Number.isNaN(r.months) ? (r.earlier ? -1 : 1) * written() : r.months;
    const years = Number.isNaN(r.years) ? written() : r.years;
    if (months === null || last.month === null) return { year: last.year + years, month: null, day: null, yearFrom: 'frame' };
    const index = last.year * 12 + last.month - 1 + months + years * 12;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null, yearFrom: 'frame' };
  }

  private unclear(span: Span): void {
    if (this.previous === null || this.unclearSaid) return;
    this.unclearSaid = true;
    const opening = this.ctx.view.slice(span.start, span.end).match(/^[^,;]{0,40}/)?.[0] ?? '';
    this.ctx.diagnostics.push({
      severity: 'info',
      code: 'year-frame-unclear',
      message: `No year for "${valueAt(this.ctx, { start: span.start, end: span.start + opening.length })}...": its paragraph writes none, and the paragraph before is about ${this.previous}; the year is left empty rather than taken from there.`,
      evidence: evidenceOf(this.sectionName, span),
    });
  }

  /** After a sentence: the last year it wrote for its incidents moves the frame. */
  private yearsWrittenIn(sentence: Span): DateMention[] {
    const view = this.ctx.view;
    const attributive = (d: DateMention) => d.month === null && ATTRIBUTIVE.test(view.slice(Math.max(sentence.start, d.start - 40), d.start)) && /^\s+\p{L}/u.test(view.slice(d.end, d.end + 3));
    const written = datesIn(this.ctx, sentence).filter((d) => {
      const before = view.slice(Math.max(sentence.start, d.start - 80), d.start);
      return d.yearWritten && d.valid && (!OTHER_DATE.test(before) || (UNTIL_BEFORE.test(before) && WHEN_AFTER.test(view.slice(d.end, d.end + 8)))) && !(attributive(d) && /^\s+[a-z]/.test(view.slice(d.end, d.end + 3)));
    });
    // A year before a name ("the 2002 Oslo accord") names a thing too, but may be all the sentence says of its time
    // ("the 2015 Bamako hotel siege, which killed 20"): it yields to any other year the sentence writes.
    // (Not a year naming something else: "under the 2020 Doha Agreement" leaves the paragraph in 2022.)
    // (Nor when the sentence dates itself in the frame, by a month with no year: "On July 30, an Israeli strike killed a
    // commander wanted for his role in the 1983 Marine barracks bombing" stays in the paragraph's year.)
    const plain = written.filter((d) => !attributive(d));
    if (plain.length > 0) return plain;
    const datedInFrame = datesIn(this.ctx, sentence).some((d) => d.valid && !d.yearWritten && d.month !== null);
    return datedInFrame ? [] : written.filter((d) => INCIDENT_NAMED_AFTER.test(view.slice(d.end, d.end + 60)));
  }

  close(sentence: Span): void {
    // The years open() read for this same sentence.
    const written = this.written;
    if (written.length > 0) {
      // A year in a clause of background is not what the sentence is about when it writes another: "Violence rose
      // sharply in 2023 after the group ended a ceasefire in late 2022. In January, ..." is 2023.
      const main = written.filter((d) => !BACKGROUND_CLAUSE_BEFORE.test(this.ctx.view.slice(sentence.start, d.start)) || WHEN_AFTER.test(this.ctx.view.slice(d.end, d.end + 8)));
      const w = main.length > 0 ? main[main.length - 1]! : written[written.length - 1]!;
      // A sentence that opens with its year ("In 2023, attacks rose after the ceasefire ended in November 2022") stays
      // about that year: an earlier one it mentions is background; a later one moves the frame on.
      // So does one that opens with a month of the frame's year: "On March 15, bombs ... killed 15; a faction that had
      // broken away in 2014 claimed the attack" leaves the paragraph in its year.
      const opened = this.sentenceYear ?? this.openedInFrame;
      this.year = opened !== null && w.year! < opened ? opened : w.year;
      // A dated mention with no incident is still what "later that year" refers to.
      if (this.last?.year !== w.year || w.month !== null) this.last = { year: w.year!, month: w.month, day: w.day };
      const monthly = (main.length > 0 ? main : written).filter((d) => d.month !== null).pop();
      if (monthly) this.lastMonthly = { year: monthly.year!, month: monthly.month, day: monthly.day };
    }
    this.sentenceYear = null;
    this.openedInFrame = null;
    this.written = [];
  }
}

/** A year written in the sentence, nearest after `at`, else nearest before (a known year, for a leader's status). */
export function writtenYearNear(ctx: ProfileContext, sentence: Span, at: number): number | null {
  const dates = datesIn(ctx, sentence).filter((d) => d.yearWritten && d.year !== null);
  return (dates.find((d) => d.start >= at) ?? dates.filter((d) => d.end <= at).pop())?.year ?? null;
}

const frames = new WeakMap<ProfileContext, Map<string, Array<{ start: number; year: number | null }>>>();

/** The frame year in force at `offset` of a section (an implied year), walking its paragraphs once per profile. */
export function frameAt(ctx: ProfileContext, sectionName: string, offset: number): number | null {
  let bySection = frames.get(ctx);
  if (!bySection) frames.set(ctx, (bySection = new Map()));
  let marks = bySection.get(sectionName);
  if (!marks) {
    marks = [];
    const s = sectionNamed(ctx, sectionName);
    if (s) {
      const frame = new YearFrame(ctx, sectionName);
      for (const p of paragraphsOf(ctx, s)) {
        frame.paragraph();
        for (const piece of piecesOf(ctx, p)) {
          frame.open(piece);
          marks.push({ start: piece.start, year: frame.year });
          frame.close(piece);
        }
      }
    }
    bySection.set(sectionName, marks);
  }
  return marks.filter((m) => m.start <= offset).pop()?.year ?? null;
}
