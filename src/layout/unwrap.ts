/**
 * Soft line wraps, joined in the matching view. Text copied out of a PDF or
 * an e-mail breaks lines mid-sentence; the line-based profile reader and the
 * sentence splitter need them joined. The view replaces such a line break
 * with a space, so its length, and every offset, stays that of the text.
 *
 * An alias list that goes on over several lines (each line ending in ";", as
 * the 2004–2012 pages print it) is always joined. Beyond that, only a text
 * that is visibly hard-wrapped (lines that go on in lower case on the next
 * line, or lines that end where the next word would not fit) is unwrapped, and never into structure: a heading, a title, an alias
 * line, a source line or page chrome start their own line, and a heading
 * alone on its line keeps it. A title or name line is joined with the next
 * line only when it was broken for width: it and the next line's first word
 * would not fit in the text's line width. Blank lines stay paragraph breaks.
 */
import { variantSource } from './headings.js';
import { classifiedLines, isNameLine, parseTitle, type ClassifiedLine, type Line } from './lines.js';

// Line ends are tested on the trimmed line: a pattern ending in " *$" is quadratic on a long run of spaces.
const SENTENCE_END = /[.!?:]["'”’)]?$/;
const endsSentence = (line: Line) => SENTENCE_END.test(line.view.trimEnd());
// A line that goes on mid-sentence: no sentence end, and the next line starts in lower case.
const CONTINUES = /^ *[a-z]/;
const LIST_GOES_ON = /[;,]$/;
const listGoesOn = (line: Line) => LIST_GOES_ON.test(line.view.trimEnd());
const MIN_CONTINUED_LINES = 2;

const blank = (line: ClassifiedLine | undefined) => !line || line.class.kind === 'blank';
const isChrome = (line: ClassifiedLine) => line.class.kind === 'chrome' || line.class.kind === 'end-marker';

/** A line that starts structure (a title, heading, alias line, source line or chrome), so it is never the rest of the line above. */
const startsStructure = (line: ClassifiedLine) => line.class.kind !== 'text' && line.class.kind !== 'blank';

const firstWord = (line: Line) => /\S+/.exec(line.view)?.[0] ?? '';

/**
 * The width the text was wrapped at: most lines that go on to a next line
 * come close to it (the 90th percentile of their lengths, so a long word kept
 * whole on its own line does not count).
 */
function wrapWidth(all: readonly ClassifiedLine[]): number {
  const lengths = all.filter((l, i) => !blank(l) && !blank(all[i + 1])).map((l) => l.view.trimEnd().length);
  if (lengths.length === 0) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)]!;
}

/** Line breaks after an alias line (or a line of its list) that ends in ";" or ",": the list goes on. */
function aliasListJoins(all: readonly ClassifiedLine[]): number[] {
  const joins: number[] = [];
  let inList = false;
  for (let i = 0; i + 1 < all.length; i++) {
    const line = all[i]!;
    if (line.class.kind === 'aka') inList = true;
    else if (blank(line) || startsStructure(line)) inList = false;
    if (inList && listGoesOn(line) && !blank(all[i + 1]) && !startsStructure(all[i + 1]!)) joins.push(line.end);
    else inList = inList && listGoesOn(line);
  }
  return joins;
}

/**
 * Whether the line break after all[i] is a soft wrap. `inPreamble`: between
 * a title or name line and the first heading, where a short line before
 * "Description:" is the end of a wrapped alias line, not another
 * organization's name.
 */
function joinable(view: string, all: readonly ClassifiedLine[], i: number, inPreamble: boolean, width: number): boolean {
  const line = all[i]!;
  const next = all[i + 1];
  if (blank(line) || blank(next)) return false;
  const brokenForWidth = line.view.trimEnd().length + 1 + firstWord(next!).length > width && !endsSentence(line);
  // A title broken for width, whose rest would read as a heading ("Foreign Terrorist\nOrganizations: NAME").
  if (brokenForWidth && line.class.kind !== 'title' && parseTitle(view, { start: line.start, end: next!.end, view: `${line.view.trimEnd()} ${next!.view}` }) !== null) return true;
  if (startsStructure(next!)) return false;
  // A heading alone on its line ("Description") keeps its line; "Description: text" can go on.
  if (line.class.kind === 'heading' && line.class.heading.bodyStart >= line.end) return false;
  if (line.class.kind === 'title' || isNameLine(all, i)) return brokenForWidth;
  if (isChrome(line) && !brokenForWidth) return false;
  return inPreamble || brokenForWidth || !isNameLine(all, i + 1);
}

// The cheap form of the test below, on the raw view: a line that stops mid-sentence and goes on in the next,
// which is not an alias line or a heading ("Description:"). Most texts have at most one: no soft wraps.
// A known heading alone on its line ("Description") does not count either.
const MAYBE_WRAPPED = new RegExp(`[^.!?:\\n ](?<!^ *(?:${variantSource})) *\\n *(?!aka\\b|a\\.k\\.a|Also known as\\b)(?![A-Z][\\w'/ -]{0,40}:)[\\p{L}"(]`, 'gimu');
const MAYBE_ALIAS_LIST = /^ *(?:Also known as|a\.?k\.?a)\b[^\n]*[;,] *\n *\S/im;

/** Where the view's soft line wraps are: the offsets of the line breaks to join, in order. */
export function softWraps(view: string): number[] {
  MAYBE_WRAPPED.lastIndex = 0;
  const wrapped = MAYBE_WRAPPED.test(view) && MAYBE_WRAPPED.test(view);
  if (!wrapped && !MAYBE_ALIAS_LIST.test(view)) return [];
  const all = classifiedLines(view);
  const joins = new Set(aliasListJoins(all));
  if (wrapped) {
    const width = wrapWidth(all);
    const soft: number[] = [];
    let continued = 0;
    let brokenForWidth = 0;
    let inPreamble = false;
    for (let i = 0; i + 1 < all.length; i++) {
      const line = all[i]!;
      if (line.class.kind === 'heading') inPreamble = false;
      else if (line.class.kind === 'title' || (!inPreamble && isNameLine(all, i))) inPreamble = true;
      if (!joinable(view, all, i, inPreamble, width)) continue;
      soft.push(line.end);
      const next = all[i + 1]!;
      if (!endsSentence(line) && CONTINUES.test(next.view)) continued++;
      if (line.view.trimEnd().length + 1 + firstWord(next).length > width && !endsSentence(line)) brokenForWidth++;
    }
    if (continued >= MIN_CONTINUED_LINES || brokenForWidth >= MIN_CONTINUED_LINES) for (const j of soft) joins.add(j);
  }
  return [...joins].sort((a, b) => a - b);
}

/** The view with its soft line wraps joined (each line break a space). */
export function unwrapView(view: string, joins: readonly number[] = softWraps(view)): string {
  if (joins.length === 0) return view;
  let out = '';
  let at = 0;
  for (const j of joins) {
    out += view.slice(at, j) + ' ';
    at = j + 1;
  }
  return out + view.slice(at);
}
