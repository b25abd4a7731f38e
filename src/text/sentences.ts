/**
 * Paragraphs and sentences with exact offsets.
 *
 * Sentences come from retext's English parser (parse-english, on parse-latin;
 * what retext-english runs, called directly: the same trees without loading
 * unified, about 35 ms of start-up, or making a VFile per call), run per paragraph: it
 * never ends a sentence at a single newline, and one call over a whole
 * document costs several times more. Two of its traps are fixed after it:
 * - it does not end a sentence after a short number and a period
 *   ("injuring another 24. In 2021, ..."): split there when a capital follows;
 * - it ends one after "No." ("Resolution No. 2253."): join those back.
 */
import { ParseEnglish } from 'parse-english';
import type { Span } from './span.js';
import { trimSpan } from './span.js';

const parser = new ParseEnglish();

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Non-blank lines of text[start, end): the paragraphs of a section. */
export function paragraphs(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const span = trimSpan(text, lineStart, lineEnd);
    if (span.end > span.start) out.push(span);
    lineStart = lineEnd + 1;
  }
  return out;
}

// A number whose last group has one to three digits ("24", "1,800"), a period, space, then a capital: a sentence
// end parse-latin misses.
const NUMBER_END = /(?<![\d.,])\d{1,3}(?:,\d{3})*\.(?=[\s\u00A0\u202F]+["'\u201C\u2018]?[A-Z])/g;
// Abbreviations after which parse-latin wrongly ends a sentence before a number.
const ABBREVIATION_END = /\b(?:No|Nos|Art|Sec|Vol|para)\.$/;

// A terminal mark with more text after it, not a lower-case word: only then can a span hold
// more than one sentence (retext joins a sentence starting lower case to the one before:
// "the U.S. citizens").
const INNER_TERMINAL = /[.!?…][^\s]*\s+[^\sa-z]/;

// Longer than any real paragraph. parse-latin's recursion overflows the stack on
// hostile megabyte-long lines ("al-al-al-..."), so longer runs are cut at a space first.
const MAX_PARAGRAPH = 8000;

/** Sentences of one paragraph text[start, end). */
export function sentencesOf(text: string, start: number, end: number): Span[] {
  if (end - start > MAX_PARAGRAPH) {
    const out: Span[] = [];
    for (let from = start; from < end; ) {
      const space = text.lastIndexOf(' ', from + MAX_PARAGRAPH - 1);
      const cut = end - from <= MAX_PARAGRAPH ? end : space > from ? space + 1 : from + MAX_PARAGRAPH;
      for (const s of sentencesOf(text, from, cut)) out.push(s);
      from = cut;
    }
    return out;
  }
  const slice = text.slice(start, end);
  // No full stop, question or exclamation mark before the end: one sentence, and no need to parse it.
  if (!INNER_TERMINAL.test(slice)) {
    const whole = trimSpan(text, start, end);
    return whole.end > whole.start ? [whole] : [];
  }
  const tree = parser.parse(slice) as unknown as NlcstNode;
  const raw: Span[] = [];
  for (const paragraph of tree.children ?? []) {
    for (const node of paragraph.children ?? []) {
      if (node.type !== 'SentenceNode' || !node.position) continue;
      raw.push({ start: start + (node.position.start.offset ?? 0), end: start + (node.position.end.offset ?? 0) });
    }
  }
  const joined: Span[] = [];
  for (const s of raw) {
    const last = joined[joined.length - 1];
    if (last && ABBREVIATION_END.test(text.slice(last.start, last.end)) && /^\d/.test(text.slice(s.start, s.end))) {
      last.end = s.end;
    } else {
      joined.push({ ...s });
    }
  }
  const out: Span[] = [];
  for (const s of joined) {
    let from = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(NUMBER_END)) {
      const cut = s.start + m.index + m[0].length;
      out.push(trimSpan(text, from, cut));
      from = cut;
    }
    const rest = trimSpan(text, from, s.end);
    if (rest.end > rest.start) out.push(rest);
  }
  return out;
}

/** Sentences of every paragraph of text[start, end). */
export function sentences(text: string, start: number, end: number): Span[] {
  return paragraphs(text, start, end).flatMap((p) => sentencesOf(text, p.start, p.end));
}
