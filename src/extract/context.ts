/**
 * What every field rule sees: one profile, its text and matching view, the
 * sections by name, and two shared ledgers — diagnostics, and the spans that
 * rules consumed (for the audit of numbers and dates no rule read).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Profile, Section } from '../profile/parse-profile.js';
import { paragraphs, sentencesOf } from '../text/sentences.js';
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
  /** Sentences of each paragraph, by paragraph start: split once however many rules read them. */
  sentenceCache: Map<number, Span[]>;
}

export function createContext(text: string, view: string, profile: Profile): ProfileContext {
  return { text, view, profile, year: profile.title.year, diagnostics: [...profile.diagnostics], consumed: [], sentenceCache: new Map() };
}

/** The paragraphs of a section. */
export function paragraphsOf(ctx: ProfileContext, s: Section): Span[] {
  return paragraphs(ctx.view, s.body.start, s.body.end);
}

/** The sentences of one paragraph (retext is the costliest step of a profile, so each paragraph is split once). */
export function sentencesIn(ctx: ProfileContext, paragraph: Span): Span[] {
  let found = ctx.sentenceCache.get(paragraph.start);
  if (!found) {
    found = sentencesOf(ctx.view, paragraph.start, paragraph.end);
    ctx.sentenceCache.set(paragraph.start, found);
  }
  return found;
}

/** Every sentence of a section, paragraph by paragraph; with a cue, only of the paragraphs that have it (the others are never split). */
export function sectionSentences(ctx: ProfileContext, s: Section, cue?: RegExp): Span[] {
  return paragraphsOf(ctx, s)
    .filter((p) => !cue || cue.test(ctx.view.slice(p.start, p.end)))
    .flatMap((p) => sentencesIn(ctx, p));
}

/** The first section with this canonical name. */
export function section(ctx: ProfileContext, name: string): Section | undefined {
  return ctx.profile.sections.find((s) => s.name === name);
}

/** Known sections in document order, the named ones first. */
export function sectionsInOrder(ctx: ProfileContext, first: readonly string[]): Section[] {
  const picked = first.map((n) => section(ctx, n)).filter((s): s is Section => s !== undefined);
  return [...picked, ...ctx.profile.sections.filter((s) => s.known && !picked.includes(s))];
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
