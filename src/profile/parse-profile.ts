/**
 * One profile's structure: title, alias line, sections, with offsets.
 *
 * Reads line by line on the matching view: the title (one of TITLE_STYLES),
 * page chrome to skip, the `aka` line, then headings (known variants or
 * heading-like lines) that open sections, until an end marker or the end.
 * A heading-like line inside a known section heads a part of it.
 */
import type { Diagnostic } from '../diagnostics.js';
import { sectionByContent } from '../layout/headings.js';
import { classifiedLines, type HeadingMatch } from '../layout/lines.js';
import type { ProfileTitle } from '../layout/title.js';
import type { Span } from '../text/span.js';
import { evidence, trimSpan } from '../text/span.js';

export type { ProfileTitle };

export interface Section {
  /** Canonical heading ("Location/Area of Operation" for every variant), or the heading as written if unknown. */
  name: string;
  known: boolean;
  heading: Span;
  body: Span;
}

export interface Profile {
  span: Span;
  title: ProfileTitle;
  aka: Span | null;
  sections: Section[];
  diagnostics: Diagnostic[];
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

  const subHeadings: { heading: HeadingMatch; within: string }[] = [];
  // Lines before the first heading that are neither the alias line nor page chrome, as paragraphs.
  const loose: Span[] = [];
  let lastLoose = -1;
  const firstLine = view.indexOf('\n', title.span.end);
  const all = classifiedLines(view, firstLine === -1 || firstLine > end ? end : firstLine + 1, end);
  for (const [i, line] of all.entries()) {
    const { class: kind } = line;
    // The profile ends at an end marker, or at a site menu once its sections have begun.
    if (kind.kind === 'end-marker' || ((open || sections.length) && kind.kind === 'chrome' && kind.id === 'site-menu')) {
      profileEnd = line.start;
      break;
    }
    if (kind.kind === 'blank') continue;
    // Before the first section, page chrome ("Date:", "Publisher | ...") and the source line are skipped.
    if (!open && sections.length === 0 && (kind.kind === 'chrome' || kind.kind === 'source')) continue;
    if (kind.kind === 'heading') {
      // A heading the reports do not have, inside one they do ("Notable:", "Key prior attacks:", "Arrests continued
      // throughout the year:"), heads a part of that section: its text is read with the section's, not dropped.
      if (!kind.heading.known && open?.known) {
        subHeadings.push({ heading: kind.heading, within: open.name });
        continue;
      }
      close(line.start);
      open = kind.heading;
      continue;
    }
    if (open) continue;
    // Between the title and the first heading: the alias line, or stray text.
    if (kind.kind === 'aka' && !aka && sections.length === 0) {
      aka = trimSpan(view, kind.listStart, line.end);
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

  for (const { heading, within } of subHeadings) {
    diagnostics.push({
      severity: 'warning',
      code: 'unknown-section',
      message: `Unknown section heading "${view.slice(heading.heading.start, heading.heading.end)}" inside ${within}: read as part of ${within}.`,
      evidence: evidence(within, heading.heading.start, heading.heading.end),
    });
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
