/**
 * Events: incidents with their date, type, target, place and casualty counts.
 *
 * Rules (counts.ts) find counts per sentence; incidents.ts groups them into
 * incidents; describe.ts says what, location.ts where. The refiner here carries the
 * paragraph's year frame across sentences: "In 2019, JNIM claimed ... an
 * April attack" is April 2019, and "In March, ANF claimed ..." after a
 * sentence about 2015 is March 2015: the frame is the year a section's text
 * last wrote. With no year before it in the section, the year is null,
 * never the report year.
 */
import type { CrtxEvent } from '../../record/schema.js';
import { MONTHS } from '../../text/dates.js';
import type { ProfileContext } from '../context.js';
import { consume, datesIn, evidenceOf, paragraphsOf, piecesOf, sectionsNamed, sentencesIn, valueAt } from '../context.js';
import { COUNT_CUE, findCounts } from './counts.js';
import { eventTarget, eventType, isAggregate, isClaimed } from './describe.js';
import { incidentLocator } from './location.js';
import { groupIncidents } from './incidents.js';

// A sentence that opens with a year sets the frame: "In 2019, ...", "Throughout 2015, ...", "During 2016".
const FRAME = /^(?:In|Throughout|During|By|Since|From|Between|Early in|Late in|In early|In late|In mid-) ?(?:[A-Z][a-z]+ )?(?<year>(?:19|20)\d\d)\b/;
const SECTIONS = ['Description', 'Activities'];

export function extractEvents(ctx: ProfileContext): CrtxEvent[] {
  const events: CrtxEvent[] = [];
  const locate = incidentLocator(ctx);
  for (const s of sectionsNamed(ctx, SECTIONS)) {
    let frame: number | null = null;
    for (const p of paragraphsOf(ctx, s)) {
      // A piece without a casualty word has no event and need not be split: as one span it moves the frame the same way.
      const sentences = piecesOf(ctx, p).flatMap((piece) => (COUNT_CUE.test(ctx.view.slice(piece.start, piece.end)) ? sentencesIn(ctx, piece) : [piece]));
      for (const sentence of sentences) {
        const opening = FRAME.exec(ctx.view.slice(sentence.start, sentence.end));
        if (opening?.groups) frame = Number(opening.groups.year);
        const counts = findCounts(ctx.text, ctx.view, sentence.start, sentence.end);
        const written = datesIn(ctx, sentence).filter((d) => d.yearWritten && d.valid);
        const nextFrame: number | null = written.length > 0 ? written[written.length - 1]!.year : frame;
        if (counts.length === 0) {
          frame = nextFrame;
          continue;
        }
        for (const incident of groupIncidents(ctx.view, sentence, counts)) {
          const all = datesIn(ctx, incident, frame);
          for (const d of all.filter((x) => !x.valid)) {
            ctx.diagnostics.push({
              severity: 'warning',
              code: 'impossible-date',
              message: `Date "${valueAt(ctx, d)}" cannot be real (${MONTHS[d.month! - 1]} has no day ${d.day}); the event's date comes from the rest of the text. Check the source text.`,
              evidence: evidenceOf(s.name, d),
            });
          }
          const dates = all.filter((d) => d.valid);
          // The date nearest before the count is the incident's ("Since 2016, ... 2017 fighting that claimed ...").
          const before = dates.filter((d) => d.end <= incident.counts[0]!.start && (d.month !== null || d.yearWritten));
          const date = before[before.length - 1] ?? dates.find((d) => d.month !== null) ?? dates.find((d) => d.yearWritten);
          const year = date?.year ?? frame;
          const byRole = (role: string) => incident.counts.find((c) => c.role === role)?.count ?? null;
          consume(ctx, incident);
          if (opening) consume(ctx, { start: sentence.start, end: sentence.start + opening[0].length });
          events.push({
            date: { year, month: date?.month ?? null, day: date?.day ?? null },
            type: eventType(ctx.view, incident),
            location: locate(incident, sentence, p, s.name),
            target: eventTarget(ctx.text, ctx.view, incident),
            killed: byRole('killed'),
            wounded: byRole('wounded'),
            kidnapped: byRole('kidnapped'),
            claimed: isClaimed(ctx.view, sentence, incident),
            aggregate: isAggregate(ctx.view, { start: incident.start, end: incident.counts[0]!.start }),
            evidence: evidenceOf(s.name, incident),
            rule: incident.counts.map((c) => c.rule).join('+'),
          });
        }
        frame = nextFrame;
      }
    }
  }
  return events;
}
