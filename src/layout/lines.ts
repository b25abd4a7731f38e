/**
 * The one line classifier: what a line of a profile or chapter is, on the
 * matching view. Chapter splitting, unwrapping and profile parsing all ask it,
 * so a line is a heading (or a title, or chrome) for every one of them alike.
 *
 * The kinds are tested in a fixed order, because a line can look like
 * several: a title before chrome ("Country Reports on Terrorism 2021 - ...");
 * an end marker, a source line and chrome before a heading ("Last updated:
 * ...", "Source: ..." would read as unknown headings); the alias line before a
 * heading ("AKA: ..."). Whether a line of text is an organization's name on
 * its own line depends on the line after it: `isNameLine`.
 */
import type { Span } from '../text/span.js';
import { trimSpan } from '../text/span.js';
import { CHROME_LINES, END_MARKERS, SOURCE_LINE } from './chrome.js';
import { canonicalHeading, KNOWN_HEADING, UNKNOWN_HEADING } from './headings.js';
import { TITLE_STYLES, TRAILING_ACRONYM, type TitleCandidate } from './title.js';

export interface Line extends Span {
  /** The line's text in the view. */
  view: string;
}

export interface HeadingMatch {
  name: string;
  known: boolean;
  heading: Span;
  bodyStart: number;
}

export type LineClass =
  | { kind: 'blank' }
  | { kind: 'title'; title: TitleCandidate }
  | { kind: 'end-marker' }
  | { kind: 'source' }
  | { kind: 'chrome'; id: string }
  /** `listStart`: where the aliases start, after "aka:". */
  | { kind: 'aka'; listStart: number }
  | { kind: 'heading'; heading: HeadingMatch }
  | { kind: 'text' };

export function* lines(view: string, start: number, end: number): Generator<Line> {
  let at = start;
  while (at < end) {
    let next = view.indexOf('\n', at);
    if (next === -1 || next > end) next = end;
    yield { start: at, end: next, view: view.slice(at, next) };
    at = next + 1;
  }
}

export const AKA_LINE = /^ *(?:Also known as *\(aka\)|a\.?k\.?a\.?)(?=[ :]|$) *:? */i;
const BLANK = /^ *$/;

/** A title whose name is view[nameStart, nameStart + nameText.length), with a trailing "(ACR)" split off. */
export function titleOf(view: string, line: Line, nameStart: number, nameText: string, style: string, year: number | null, chapterNumber: number | null): TitleCandidate {
  const acronym = TRAILING_ACRONYM.exec(nameText);
  let name: Span = { start: nameStart, end: nameStart + nameText.length };
  let acronymSpan: Span | null = null;
  if (acronym?.groups) {
    name = { start: nameStart, end: nameStart + acronym.groups.name!.length };
    const at = nameText.lastIndexOf('(') + 1;
    acronymSpan = trimSpan(view, nameStart + at, nameStart + at + acronym.groups.acronym!.length);
  }
  return { span: trimSpan(view, line.start, line.end), style, year, chapterNumber, name, acronym: acronymSpan, published: null };
}

/** Parse a title line (one of TITLE_STYLES); null when it is not one. */
export function parseTitle(view: string, line: Line): TitleCandidate | null {
  for (const style of TITLE_STYLES) {
    const m = style.pattern.exec(line.view);
    if (!m?.groups) continue;
    const nameText = m.groups.name!;
    const nameStart = line.start + m.index + m[0].lastIndexOf(nameText);
    return titleOf(view, line, nameStart, nameText, style.id, m.groups.year ? Number(m.groups.year) : null, m.groups.chapter ? Number(m.groups.chapter) : null);
  }
  return null;
}

function matchHeading(line: Line): HeadingMatch | null {
  const m = KNOWN_HEADING.exec(line.view) ?? UNKNOWN_HEADING.exec(line.view);
  if (!m?.groups) return null;
  const written = m.groups.heading!;
  const headingStart = line.start + m[0].indexOf(written);
  const canonical = canonicalHeading(written);
  return {
    name: canonical ?? written.replace(/ +/g, ' '),
    known: canonical !== undefined,
    heading: { start: headingStart, end: headingStart + written.length },
    bodyStart: line.start + m[0].length,
  };
}

/** What `line` is, on its own (see the order above). */
export function classifyLine(view: string, line: Line): LineClass {
  if (BLANK.test(line.view)) return { kind: 'blank' };
  const title = parseTitle(view, line);
  if (title) return { kind: 'title', title };
  if (END_MARKERS.some((c) => c.pattern.test(line.view))) return { kind: 'end-marker' };
  if (SOURCE_LINE.pattern.test(line.view)) return { kind: 'source' };
  const chrome = CHROME_LINES.find((c) => c.pattern.test(line.view));
  if (chrome) return { kind: 'chrome', id: chrome.id };
  const aka = AKA_LINE.exec(line.view);
  if (aka) return { kind: 'aka', listStart: line.start + aka[0].length };
  const heading = matchHeading(line);
  if (heading) return { kind: 'heading', heading };
  return { kind: 'text' };
}

/** The lines of view[start, end) with what each is. */
export function classifiedLines(view: string, start = 0, end = view.length): Array<Line & { class: LineClass }> {
  return [...lines(view, start, end)].map((line) => ({ ...line, class: classifyLine(view, line) }));
}

export type ClassifiedLine = Line & { class: LineClass };

// A name line: starts like a name, short, and does not end like a sentence or a list.
const NAME_LINE = /^ *["'(]?[\p{L}0-9][^\n]{0,150}?(?<![.,;:])$/u;

/**
 * Whether all[i] is an organization's name on its own line: a short line of
 * text whose next non-blank line is its source line, alias line or
 * Description heading.
 */
export function isNameLine(all: readonly ClassifiedLine[], i: number): boolean {
  const line = all[i]!;
  if (line.class.kind !== 'text' || !NAME_LINE.test(line.view)) return false;
  let j = i + 1;
  while (all[j]?.class.kind === 'blank') j++;
  const next = all[j]?.class;
  return next !== undefined && (next.kind === 'source' || next.kind === 'aka' || (next.kind === 'heading' && next.heading.name === 'Description'));
}

// A line of prose: eight words or more, ending a sentence, so the profile above has a body even without headings.
// (Tested on the trimmed line in two linear steps: one pattern for both backtracks on long lines of words.)
const EIGHT_WORDS = /^ *(?:\S+ +){7}\S/;
const SENTENCE_END = /[.!?]["'”’)]?$/;
export const isProse = (line: Line) => SENTENCE_END.test(line.view.trimEnd()) && EIGHT_WORDS.test(line.view);
