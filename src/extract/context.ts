/**
 * What every field rule sees: one profile, its text and matching view, the
 * sections by name, and two shared ledgers — diagnostics, and the spans that
 * rules consumed (for the audit of numbers and dates no rule read).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Profile, Section } from '../profile/parse-profile.js';
import { paragraphs, sentencesOf } from '../text/sentences.js';
import { findDates, type DateMention } from '../text/dates.js';
import { matchesOf } from '../text/matches.js';
import { collapseSpace } from '../text/view.js';
import type { Evidence, Span } from '../text/span.js';

export interface ProfileContext {
  /** The document text evidence offsets refer to. */
  text: string;
  /** The same text with quotes, dashes and spaces folded (same length). */
  view: string;
  profile: Profile;
  /** Report year from the title. */
  year: number;
  diagnostics: Diagnostic[];
  consumed: Span[];
  /** Sentences of each piece of a paragraph, by its start: split once however many rules read them. */
  sentenceCache: Map<number, Span[]>;
  /** Date mentions of each section body, by its start: found once, then filtered per span. */
  dateCache: Map<number, DateMention[]>;
}

export function createContext(text: string, view: string, profile: Profile): ProfileContext {
  return { text, view, profile, year: profile.title.year, diagnostics: [...profile.diagnostics], consumed: [], sentenceCache: new Map(), dateCache: new Map() };
}

/** The paragraphs of a section. */
export function paragraphsOf(ctx: ProfileContext, s: Section): Span[] {
  return paragraphs(ctx.view, s.body.start, s.body.end);
}

// A sentence end no splitter disputes: a word of three or more lower-case letters, or a number
// of four digits (a year; retext keeps one to three digits with their period), then its full
// stop, spaces, a capital.
const CLEAR_SENTENCE_END = /(?<=(?:[a-z]{3}|(?<![\d.,])\d{4})[.!?]["')]?) +(?=["'(]?[A-Z])/g;

/**
 * A paragraph cut at clear sentence ends. Rules split into sentences only the
 * pieces that hold their cue word: retext is the costliest step of a profile,
 * and most pieces hold no cue.
 */
export function piecesOf(ctx: ProfileContext, paragraph: Span): Span[] {
  const out: Span[] = [];
  let from = paragraph.start;
  for (const m of matchesOf(CLEAR_SENTENCE_END, ctx.view.slice(paragraph.start, paragraph.end))) {
    out.push({ start: from, end: paragraph.start + m.index });
    from = paragraph.start + m.index + m[0].length;
  }
  out.push({ start: from, end: paragraph.end });
  return out;
}

/** The sentences of one piece of a paragraph, split once however many rules read them. */
export function sentencesIn(ctx: ProfileContext, piece: Span): Span[] {
  let found = ctx.sentenceCache.get(piece.start);
  if (!found) {
    found = sentencesOf(ctx.view, piece.start, piece.end);
    ctx.sentenceCache.set(piece.start, found);
  }
  return found;
}

/** The sentences of a section, piece by piece; with a cue, only of the pieces that have it (the others are never split). */
export function sectionSentences(ctx: ProfileContext, s: Section, cue?: RegExp): Span[] {
  return paragraphsOf(ctx, s)
    .flatMap((p) => piecesOf(ctx, p))
    .filter((p) => !cue || cue.test(ctx.view.slice(p.start, p.end)))
    .flatMap((p) => sentencesIn(ctx, p));
}

/** The first section with this canonical name. */
export function section(ctx: ProfileContext, name: string): Section | undefined {
  return ctx.profile.sections.find((s) => s.name === name);
}

/** Just the named sections, in the order named. */
export function sectionsNamed(ctx: ProfileContext, names: readonly string[]): Section[] {
  return names.map((n) => section(ctx, n)).filter((s): s is Section => s !== undefined);
}

/** Known sections in document order, the named ones first (for rules that fall back to any section). */
export function sectionsInOrder(ctx: ProfileContext, first: readonly string[]): Section[] {
  const picked = sectionsNamed(ctx, first);
  return [...picked, ...ctx.profile.sections.filter((s) => s.known && !picked.includes(s))];
}

/**
 * The date mentions inside a span of one section, as findDates gives them
 * for that span: found once per section and filtered, since rules ask for
 * the dates of every sentence and incident. A month without a written year
 * takes `frameYear`.
 */
export function datesIn(ctx: ProfileContext, span: Span, frameYear: number | null = null): DateMention[] {
  const s = ctx.profile.sections.find((x) => x.body.start <= span.start && span.end <= x.body.end);
  if (!s) return findDates(ctx.text, span.start, span.end, frameYear);
  let all = ctx.dateCache.get(s.body.start);
  if (!all) {
    all = findDates(ctx.text, s.body.start, s.body.end);
    ctx.dateCache.set(s.body.start, all);
  }
  return all.filter((d) => span.start <= d.start && d.end <= span.end).map((d) => (d.yearWritten || d.year === frameYear ? d : { ...d, year: frameYear }));
}

/** The value of a span as written, white space collapsed. */
export function valueAt(ctx: ProfileContext, span: Span): string {
  return collapseSpace(ctx.text.slice(span.start, span.end));
}

export function evidenceOf(sectionName: string, span: Span): Evidence {
  return { section: sectionName, start: span.start, end: span.end };
}

export function consume(ctx: ProfileContext, span: Span): void {
  ctx.consumed.push({ start: span.start, end: span.end });
}
