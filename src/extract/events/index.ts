/**
 * Events: incidents with their date, type, target, place and casualty counts.
 *
 * counts.ts finds the counts of a sentence (victims.ts is the victim-phrase
 * grammar), incidents.ts groups them into incidents, untolled.ts finds
 * incidents told with no toll, describe.ts says what and where, and the year
 * frame (../year-frame.ts) says when: a month with no year takes its
 * paragraph's frame, and each date says where its year came from. With no
 * year before it in the paragraph, the year is null, never the report year.
 * "killed or wounded 300" and "150 casualties" give an incident with no
 * counts and an `ambiguous-count` diagnostic, never a guess.
 */
import type { CrtxEvent } from '../../record/schema.js';
import { MONTHS } from '../../text/dates.js';
import type { ProfileContext } from '../context.js';
import { consume, datesIn, evidenceOf, paragraphsOf, piecesOf, section, sectionsNamed, sentencesIn, valueAt } from '../context.js';
import { findPlaces } from '../../geo/places.js';
import type { Span } from '../../text/span.js';
import { YearFrame } from '../year-frame.js';
import { COUNT_CUE, findCounts, type CountMention } from './counts.js';
import { eventLocation, eventTarget, eventType, isAggregate, isClaimed } from './describe.js';
import { groupIncidents, type Incident } from './incidents.js';
import { findUntolled } from './untolled.js';

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
    const frame = new YearFrame(ctx, s.name);
    for (const p of paragraphsOf(ctx, s)) {
      frame.paragraph();
      // A piece without a casualty word need not be split: as one span it moves the frame the same way,
      // and an incident with no toll in it is read on the piece (cut at clear sentence ends).
      const sentences = piecesOf(ctx, p).flatMap((piece) => (COUNT_CUE.test(ctx.view.slice(piece.start, piece.end)) ? sentencesIn(ctx, piece) : [piece]));
      for (const sentence of sentences) {
        frame.open(sentence);
        const opening = frame.openingOf(sentence);
        const counts = findCounts(ctx.text, ctx.view, sentence.start, sentence.end);
        const incidents: Incident[] = counts.length > 0 ? groupIncidents(ctx.view, sentence, counts) : findUntolled(ctx.view, sentence).map((u) => ({ ...u, counts: [] }));
        for (const incident of incidents) {
          const all = datesIn(ctx, incident);
          for (const d of all.filter((x) => !x.valid)) {
            ctx.diagnostics.push({
              severity: 'warning',
              code: 'impossible-date',
              message: `Date "${valueAt(ctx, d)}" cannot be real (${MONTHS[d.month! - 1]} has no day ${d.day}); the event's date comes from the rest of the text. Check the source text.`,
              evidence: evidenceOf(s.name, d),
            });
          }
          const date = frame.dateOf(incident, incident.anchor, all.filter((d) => d.valid));
          const byRole = (role: string) => incident.counts.find((c) => c.role === role)?.count ?? null;
          for (const c of incident.counts.filter((k) => k.role === 'ambiguous')) ambiguous(ctx, s.name, c);
          consume(ctx, incident);
          if (opening) consume(ctx, opening);
          events.push({
            date,
            type: eventType(ctx.view, incident),
            location: eventLocation(ctx.text, ctx.view, incident, s.name) ?? placeOf('sentence', sentence, () => eventLocation(ctx.text, ctx.view, sentence, s.name)) ?? placeOf('paragraph', p, () => onlyCountry(ctx, p, s.name)) ?? onlyArea,
            target: eventTarget(ctx.text, ctx.view, incident),
            killed: byRole('killed'),
            wounded: byRole('wounded'),
            kidnapped: byRole('kidnapped'),
            claimed: isClaimed(ctx.view, sentence, incident),
            aggregate: isAggregate(ctx.view, { start: incident.start, end: incident.anchor }),
            evidence: evidenceOf(s.name, incident),
            rule: incident.counts.length > 0 ? incident.counts.map((c) => c.rule).join('+') : 'untolled',
          });
        }
        frame.close(sentence);
      }
    }
  }
  return events;
}

/** "killed or wounded more than 300": no number for either, said where it was read. */
function ambiguous(ctx: ProfileContext, sectionName: string, c: CountMention): void {
  ctx.diagnostics.push({
    severity: 'warning',
    code: 'ambiguous-count',
    message: `"${valueAt(ctx, c)}" counts the dead and the wounded together; the event has neither number. Check the source text.`,
    evidence: evidenceOf(sectionName, c),
  });
}
