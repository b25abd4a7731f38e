/**
 * What an incident was: its type, its target as written, whether the group
 * claimed it, and whether it is a total over many incidents (where it
 * happened: location.ts).
 */
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

/**
 * A sentence that only claims an incident told just before it: "TG claimed responsibility for the bombing.",
 * "The group later claimed the attack in an online statement." A new incident ("claimed a bombing in Kano")
 * has an indefinite article, and "the March 14, 2008, assault on a bus" tells its own date or target: neither
 * is read as a claim of the last one.
 */
const CLAIM_OF_THE_LAST = new RegExp(
  `^[^.;]{1,60}? (?:later |subsequently |also |quickly |publicly )?claimed (?:responsibility for |credit for )?(?:it\\b|(?:the two|the|this|that|both|these|those) (?:[a-z-]+ ){0,2}?(?:${['attack', 'bombing', 'assault', 'operation', 'killing', 'kidnapping', 'massacre', 'ambush', 'raid', 'incident', 'strike', 'shooting', 'abduction', 'siege'].join('|')})s?\\b(?! (?:on|against|of)\\b))`,
);

/** How many of the incidents told just before a sentence it claims: 0, 1, or 2 for "both attacks". */
export function incidentsClaimed(view: string, sentence: Span): number {
  const m = CLAIM_OF_THE_LAST.exec(view.slice(sentence.start, sentence.end));
  return m === null ? 0 : /\b(?:both|the two) /i.test(m[0]) ? 2 : 1;
}

export function isClaimed(view: string, sentence: Span, span: Span): boolean {
  return /\bclaim(?:ed|s|ing)? (?:responsibility|credit|it)\b|\bclaim(?:ed|s)\b/i.test(view.slice(sentence.start, span.end));
}
