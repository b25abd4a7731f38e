/**
 * What an incident was: its type, its target as written, whether the group
 * claimed it, whether it is a total over many incidents, and where it happened.
 */
import { cityCountry, findPlaces } from '../../geo/places.js';
import type { CrtxEvent } from '../../record/schema.js';
import { collapseSpace } from '../../text/view.js';
import type { Span } from '../../text/span.js';
import { matchesOf } from '../../text/matches.js';

/** Incident types as data, most specific first. */
export const EVENT_TYPES: ReadonlyArray<{ type: string; pattern: RegExp }> = [
  { type: 'suicide-bombing', pattern: /\bsuicide (?:bomb\w*|attack\w*|vest|car)/i },
  { type: 'ied', pattern: /\b(?:IEDs?|improvised explosive|landmines?|roadside bomb)/ },
  { type: 'bombing', pattern: /\b(?:bomb\w*|explosi\w+|grenade)/i },
  { type: 'kidnapping', pattern: /\b(?:kidnap\w*|abduct\w*|hostages?)\b/i },
  { type: 'hijacking', pattern: /\bhijack\w*/i },
  { type: 'assassination', pattern: /\bassassinat\w*/i },
  { type: 'raid', pattern: /\braids?\b/i },
  { type: 'ambush', pattern: /\bambush\w*/i },
  { type: 'rocket-attack', pattern: /\b(?:rockets?|mortars?)\b/i },
  { type: 'shooting', pattern: /\b(?:shooting|gunmen|opened fire|small[- ]arms)\b/i },
  { type: 'attack', pattern: /\b(?:attack\w*|assault\w*|strike|massacre)\b/i },
];

export function eventType(view: string, span: Span): string {
  const text = view.slice(span.start, span.end);
  return EVENT_TYPES.find((t) => t.pattern.test(text))?.type ?? 'attack';
}

// "against a UN base", "on a Malian military base", "targeting lawyers"
const TARGET = /\b(?:against|on|targeting|at) (?<target>(?:an?|the) [^,;]{2,60}?|[a-z][a-z-]+(?: [a-z-]+){0,3}?)(?=,| in | near | outside | that | which | killing| wounding| injuring| during| throughout|;|$)/;

export function eventTarget(text: string, view: string, span: Span): string | null {
  const m = TARGET.exec(view.slice(span.start, span.end));
  if (!m?.groups) return null;
  const at = span.start + m.index + m[0].length - m.groups.target!.length;
  return collapseSpace(text.slice(at, at + m.groups.target!.length)) || null;
}

// A total over many incidents: the counted clause's subject is plural or a span of time.
const AGGREGATE = /\b(?:attacks|bombings|operations|incidents|series of|total of|throughout|campaign|since)\b/i;

/** `lead` is the text before the incident's first count; what follows "including" is one incident of a list. */
export function isAggregate(view: string, lead: Span): boolean {
  const text = view.slice(lead.start, lead.end);
  const including = text.lastIndexOf('including');
  return AGGREGATE.test(including >= 0 ? text.slice(including) : text);
}

export function isClaimed(view: string, sentence: Span, span: Span): boolean {
  return /\bclaim(?:ed|s|ing)? (?:responsibility|credit|it)\b|\bclaim(?:ed|s)\b/i.test(view.slice(sentence.start, span.end));
}

// A nationality names the place only when it qualifies a place or a force's site ("a Malian military camp").
const PLACE_NOUN = /^(?: [A-Za-z-]+){0,2} (?:base|camp|village|town|city|checkpoint|post|outpost|border|territory|soil|consulate|embassy|airport|port)\b/;
// Capitalized words after "in", "near", "outside of", "of" (a town name) may be a city in the gazetteer.
const PLACE_AFTER = /\b(?:in|near|outside(?: of)?|town of|city of|village of|at) (?<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})/g;

export function eventLocation(text: string, view: string, span: Span, section: string): CrtxEvent['location'] {
  const places = findPlaces(view, span.start, span.end, { demonyms: true });
  // "near the border with Mauritania" names the neighbour, not the place.
  const country = places.find((p) => (p.kind === 'country' || p.kind === 'territory') && !/\bborders? (?:with|of) (?:the )?$/.test(view.slice(Math.max(span.start, p.start - 20), p.start)));
  const demonym = places.find((p) => p.kind === 'demonym' && PLACE_NOUN.test(view.slice(p.end, p.end + 40)));
  let city: { start: number; end: number; code: string } | undefined;
  for (const m of matchesOf(PLACE_AFTER, view.slice(span.start, span.end))) {
    const name = m.groups!.place!;
    if (places.some((p) => p.name === name)) continue;
    const code = cityCountry(name);
    if (code) {
      const at = span.start + m.index + m[0].length - name.length;
      city = { start: at, end: at + name.length, code };
      break;
    }
  }
  const chosen = country ?? (city ? { ...city, name: text.slice(city.start, city.end) } : undefined) ?? demonym;
  if (!chosen) return null;
  // The place as written: from the city (if any) through the country, e.g. "Gao, Mali".
  const from = city && country && city.start < country.start && country.start - city.end <= 3 ? city.start : chosen.start;
  const written = collapseSpace(text.slice(from, chosen.end));
  return { text: written, place: collapseSpace(text.slice(chosen.start, chosen.end)), countryCode: chosen.code ?? null, evidence: { section, start: from, end: chosen.end } };
}
