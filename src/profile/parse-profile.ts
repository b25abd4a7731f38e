/**
 * One profile's structure: title, alias line, sections, with offsets.
 *
 * Reads line by line on the matching view: the title (one of TITLE_STYLES),
 * page chrome to skip, the `aka` line, then headings (known variants or
 * heading-like lines) that open sections, until an end marker or the end.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Span } from '../text/span.js';
import { evidence, trimSpan } from '../text/span.js';
import { CHROME_LINES, END_MARKERS, SOURCE_LINE } from './chrome.js';
import { canonicalHeading, KNOWN_HEADING, sectionByContent, UNKNOWN_HEADING } from './headings.js';
import { TITLE_STYLES, TRAILING_ACRONYM } from './title.js';

export interface Section {
  /** Canonical heading ("Location/Area of Operation" for every variant), or the heading as written if unknown. */
  name: string;
  known: boolean;
  heading: Span;
  body: Span;
}

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

export interface Profile {
  span: Span;
  title: ProfileTitle;
  aka: Span | null;
  sections: Section[];
  diagnostics: Diagnostic[];
}

export interface Line extends Span {
  /** The line's text in the view. */
  view: string;
}

export function* lines(view: string, start: number, end: number): Generator<Line> {
  let at = start;
  while (at < end) {
    let next = view.indexOf('\n', at);
    if (next === -1 || next > end) next = end;
    yield { start: at, end: next, view: view.slice(at, next) };
    at = next + 1;
  }
}

const SITE_MENU = CHROME_LINES.find((c) => c.id === 'site-menu')!.pattern;

export const AKA_LINE = /^ *(?:Also known as *\(aka\)|a\.?k\.?a\.?)(?=[ :]|$) *:? */i;

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

export interface HeadingMatch {
  name: string;
  known: boolean;
  heading: Span;
  bodyStart: number;
}

export function matchHeading(line: Line): HeadingMatch | null {
  const known = KNOWN_HEADING.exec(line.view);
  const m = known ?? UNKNOWN_HEADING.exec(line.view);
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

/**
 * The profile that `title` opens, up to `end` (the next profile's title or
 * the end of the text) or an end marker, whichever comes first.
 */
export function parseProfile(view: string, title: ProfileTitle, end: number): Profile {
  const diagnostics: Diagnostic[] = [];
  let aka: Span | null = null;
  const sections: Section[] = [];
  let open: HeadingMatch | null = null;
  let profileEnd = end;

  const close = (until: number) => {
    if (!open) return;
    const body = trimSpan(view, Math.min(open.bodyStart, until), until);
    sections.push({ name: open.name, known: open.known, heading: open.heading, body });
    open = null;
  };

  // Lines before the first heading that are neither the alias line nor page chrome, as paragraphs.
  const loose: Span[] = [];
  let lastLoose = -1;
  const firstLine = view.indexOf('\n', title.span.end);
  const all = [...lines(view, firstLine === -1 || firstLine > end ? end : firstLine + 1, end)];
  for (const [i, line] of all.entries()) {
    if (END_MARKERS.some((c) => c.pattern.test(line.view)) || ((open || sections.length) && SITE_MENU.test(line.view))) {
      profileEnd = line.start;
      break;
    }
    if (/^ *$/.test(line.view)) continue;
    // Before the first section, page chrome ("Date:", "Publisher | ...") and the source line are skipped, never a heading.
    if (!open && sections.length === 0 && (CHROME_LINES.some((c) => c.pattern.test(line.view)) || SOURCE_LINE.pattern.test(line.view))) continue;
    const heading = matchHeading(line);
    if (heading) {
      close(line.start);
      open = heading;
      continue;
    }
    if (open) continue;
    // Between the title and the first heading: the alias line, or stray text.
    const akaMatch = AKA_LINE.exec(line.view);
    if (akaMatch && !aka && sections.length === 0) {
      aka = trimSpan(view, line.start + akaMatch[0].length, line.end);
      continue;
    }
    const span = trimSpan(view, line.start, line.end);
    if (lastLoose === i - 1 && loose.length) loose[loose.length - 1]!.end = span.end;
    else loose.push(span);
    lastLoose = i;
  }
  close(Math.min(profileEnd, end));

  if (sections.length === 0 && loose.length > 0) {
    // No headings at all: the paragraphs are read by content, the first being the description.
    diagnostics.push({
      severity: 'info',
      code: 'sections-by-content',
      message: `No section headings: the ${loose.length} paragraph(s) were read by content (the first as Description).`,
      evidence: { section: 'Description', ...loose[0]! },
    });
    loose.forEach((body, i) => {
      const name = i === 0 ? 'Description' : sectionByContent(view.slice(body.start, body.end));
      const previous = sections.at(-1);
      if (previous?.name === name) previous.body = { start: previous.body.start, end: body.end };
      else sections.push({ name, known: true, heading: { start: body.start, end: body.start }, body });
    });
  } else {
    for (const span of loose) {
      diagnostics.push({
        severity: 'warning',
        code: 'text-before-first-section',
        message: 'Text between the title and the first section heading is not a known line (alias line or page chrome); it was not read.',
        evidence: { section: 'preamble', ...span },
      });
    }
  }

  const seen = new Set<string>();
  for (const s of sections) {
    if (!s.known) {
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-section',
        message: `Unknown section heading "${view.slice(s.heading.start, s.heading.end)}": kept as a section, no field reads it.`,
        evidence: evidence(s.name, s.heading.start, s.heading.end),
      });
    }
    if (seen.has(s.name)) {
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-section',
        message: `Section "${s.name}" appears more than once; fields read the first one.`,
        evidence: evidence(s.name, s.heading.start, s.heading.end),
      });
    }
    seen.add(s.name);
  }

  return { span: { start: title.span.start, end: profileEnd }, title, aka, sections, diagnostics };
}
