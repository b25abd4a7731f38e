/**
 * Incidents: the counts of one sentence grouped into the incidents they
 * belong to. A new incident starts where a clause boundary (";") or a new
 * incident noun ("an assault", "a truck bomb", "a March raid") stands between
 * two counts, or where a role repeats ("killed 20 ... and a raid ... that
 * killed 29"). "killing 3 and injuring 30" stays one incident.
 */
import type { Span } from '../../text/span.js';
import type { CountMention } from './counts.js';

export const INCIDENT_NOUN = /\b(?:(?:suicide |car |truck |vehicle-borne |roadside )?(?:attacks?|bomb(?:ing)?s?|assaults?|raids?|ambush(?:es)?|landmines?|IEDs?|explosions?|shootings?|strikes?|abductions?|kidnappings?|massacres?|assassinations?|hijackings?|rocket attacks?|grenade attacks?|operations?|incursions?))\b/gi;

export interface Incident extends Span {
  counts: CountMention[];
}

export function groupIncidents(view: string, sentence: Span, counts: readonly CountMention[]): Incident[] {
  const incidents: Incident[] = [];
  let current: Incident | null = null;
  let boundary = sentence.start;
  for (const c of counts) {
    if (current) {
      const between = view.slice(current.end, c.start);
      INCIDENT_NOUN.lastIndex = 0;
      const split = between.includes(';') || INCIDENT_NOUN.test(between) || current.counts.some((k) => k.role === c.role);
      if (split) {
        incidents.push(current);
        const semicolon = between.lastIndexOf(';');
        boundary = semicolon >= 0 ? current.end + semicolon + 1 : current.end;
        current = null;
      }
    }
    if (!current) current = { start: boundary, end: c.end, counts: [c] };
    else {
      current.counts.push(c);
      current.end = c.end;
    }
  }
  if (current) incidents.push(current);
  // An incident's words run on to where the next one starts: "killing three soldiers in Angeles City".
  incidents.forEach((incident, i) => {
    incident.end = i + 1 < incidents.length ? incidents[i + 1]!.start : sentence.end;
  });
  return incidents;
}
