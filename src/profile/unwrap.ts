/**
 * Soft line wraps, joined in the matching view. Text copied out of a PDF or
 * an e-mail breaks lines mid-sentence; the line-based profile reader and the
 * sentence splitter need them joined. The view replaces such a line break
 * with a space, so its length, and every offset, stays that of the text.
 *
 * Only a text that is visibly hard-wrapped (lines that go on in lower case on
 * the next line) is unwrapped, and never at structure: a heading, a title,
 * an alias line, page chrome, or an organization's name line before its alias
 * line stay on their own lines. Blank lines stay paragraph breaks.
 */
import { CHROME_LINES } from './chrome.js';
import { AKA_LINE, lines, matchHeading, parseTitle, type Line } from './parse-profile.js';
import { isNameLine } from './split.js';

// A line that goes on mid-sentence: no sentence end, and the next line starts in lower case.
const GOES_ON = /[^.!?:]\s*$/;
const CONTINUES = /^ *[a-z]/;
const MIN_CONTINUED_LINES = 2;

const blank = (line: Line | undefined) => !line || /^ *$/.test(line.view);

function standsAlone(view: string, line: Line): boolean {
  return parseTitle(view, line) !== null || CHROME_LINES.some((c) => c.pattern.test(line.view));
}

/**
 * Whether the line break after all[i] may be a soft wrap: neither side is
 * structure. `inPreamble`: between a title or name line and the first heading,
 * where a short line before "Description:" is the end of a wrapped alias line,
 * not another organization's name.
 */
function joinable(view: string, all: readonly Line[], i: number, inPreamble: boolean): boolean {
  const line = all[i]!;
  const next = all[i + 1];
  if (blank(line) || blank(next)) return false;
  if (standsAlone(view, line) || standsAlone(view, next!)) return false;
  // A heading alone on its line ("Description") keeps its line; "Description: text" can go on.
  const heading = matchHeading(line);
  if (heading && heading.bodyStart >= line.end) return false;
  if (matchHeading(next!) || AKA_LINE.test(next!.view)) return false;
  return inPreamble || (!isNameLine(next!, all[i + 2]) && !isNameLine(line, next));
}

// The cheap form of the test below, on the raw view: most texts have no soft wraps at all.
const MAYBE_WRAPPED = /[^.!?:\n ] *\n *(?!aka\b|a\.k\.a)[a-z]/g;

export function unwrapView(view: string): string {
  MAYBE_WRAPPED.lastIndex = 0;
  if (!MAYBE_WRAPPED.test(view) || !MAYBE_WRAPPED.test(view)) return view;
  const all = [...lines(view, 0, view.length)];
  const joins: number[] = [];
  let continued = 0;
  let inPreamble = false;
  for (let i = 0; i + 1 < all.length; i++) {
    const line = all[i]!;
    if (matchHeading(line)) inPreamble = false;
    else if (parseTitle(view, line) || (!inPreamble && isNameLine(line, all[i + 1]))) inPreamble = true;
    if (!joinable(view, all, i, inPreamble)) continue;
    joins.push(line.end);
    if (GOES_ON.test(line.view) && CONTINUES.test(all[i + 1]!.view)) continued++;
  }
  if (continued < MIN_CONTINUED_LINES) return view;
  let out = '';
  let at = 0;
  for (const j of joins) {
    out += view.slice(at, j) + ' ';
    at = j + 1;
  }
  return out + view.slice(at);
}
