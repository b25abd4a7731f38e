/**
 * Events: incidents with their date, type, target, place and casualty counts.
 *
 * Rules (counts.ts) find counts per sentence; incidents.ts groups them into
 * incidents; describe.ts says what and where. The refiner here carries the
 * paragraph's year frame across sentences: "In 2019, JNIM claimed ... an
 * April attack" is April 2019, and "In March, ANF claimed ..." after a
 * sentence about 2015 is March 2015: the frame is the year a section's text
 * last wrote. With no year before it in the section, the year is null,
 * never the report year.
 */
import type { CrtxEvent } from '../../record/schema.js';
import { MONTHS } from '../../text/dates.js';
import type { ProfileContext } from '../context.js';
import { consume, datesIn, evidenceOf, paragraphsOf, piecesOf, section, sectionsNamed, sentencesIn, valueAt } from '../context.js';
import { findPlaces } from '../../geo/places.js';
import type { Span } from '../../text/span.js';
import { COUNT_CUE, findCounts } from './counts.js';
import { eventLocation, eventTarget, eventType, isAggregate, isClaimed } from './describe.js';
import { groupIncidents } from './incidents.js';

// A sentence that opens with a year sets the frame: "In 2019, ...", "Throughout 2015, ...", "During 2016".
const FRAME = /^(?:In|Throughout|During|By|Since|From|Between|Early in|Late in|In early|In late|In mid-) ?(?:[A-Z][a-z]+ )?(?<year>(?:19|20)\d\d)\b/;
const SECTIONS = ['Description', 'Activities'];

/**
 * Where the text makes the country clear without naming it in the sentence:
 * the paragraph names exactly one country, or the Location section does.
 */
function onlyCountry(ctx: ProfileContext, span: Span, section: string): CrtxEvent['location'] {
  const codes = new Map<string, Span>();
  for (const p of findPlaces(ctx.view, span.start, span.end)) if (p.code && p.kind !== 'region' && !codes.has(p.code)) codes.set(p.code, p);
  if (codes.size !== 1) return null;
  const [code, at] = [...codes][0]!;
  const name = valueAt(ctx, at);
  return { text: name, place: name, countryCode: code, evidence: evidenceOf(section, at) };
}

export function extractEvents(ctx: ProfileContext): CrtxEvent[] {
  const events: CrtxEvent[] = [];
  const location = section(ctx, 'Location/Area of Operation');
  const onlyArea = location ? onlyCountry(ctx, location.body, location.name) : null;
  // The fallbacks for an incident's place are the same for every incident of a sentence or paragraph: found once.
  // Keyed by kind and span: a paragraph and its first sentence start at the same offset.
  const places = new Map<string, CrtxEvent['location']>();
  const placeOf = (kind: 'sentence' | 'paragraph', span: Span, find: () => CrtxEvent['location']) => {
    const key = `${kind}:${span.start}:${span.end}`;
    if (!places.has(key)) places.set(key, find());
    return places.get(key)!;
  };
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
            location: eventLocation(ctx.text, ctx.view, incident, s.name) ?? placeOf('sentence', sentence, () => eventLocation(ctx.text, ctx.view, sentence, s.name)) ?? placeOf('paragraph', p, () => onlyCountry(ctx, p, s.name)) ?? onlyArea,
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
