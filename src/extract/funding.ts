/**
 * Funding: how the group is financed (categories, each with the words that
 * say so) and who funds it (states, with ISO codes, or other groups).
 * Categories are data below, one entry per category with an example.
 * "There is no known external aid" names no source and yields nothing.
 */
import type { CrtxRecord } from '../record/schema.js';
import { findPlaces } from '../geo/places.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, section, valueAt } from './context.js';

export const FUNDING_CATEGORIES: ReadonlyArray<{ category: string; example: string; pattern: RegExp }> = [
  { category: 'kidnapping-for-ransom', example: 'funding through kidnapping for ransom', pattern: /\bkidnapping(?:s|-)?(?: |-)?for(?: |-)?ransom\b|\bransoms?\b(?: payments)?/i },
  { category: 'extortion', example: 'and extortion of oil and gas companies', pattern: /\bextort\w*|\brevolutionary tax(?:es)?\b/i },
  { category: 'smuggling-and-trafficking', example: 'from smugglers and traffickers', pattern: /\b(?:smuggl\w+|traffick\w+|(?:illicit )?(?:narcotics|drug) (?:trade|trafficking|production))\b/i },
  { category: 'taxation', example: 'who pay a tax in exchange for permission and safe transit', pattern: /\b(?:pay (?:a )?tax(?:es)?|taxation|taxing|(?<!revolutionary )tax(?:es)? on|impos\w+ taxes|zakat)\b/i },
  { category: 'donations', example: 'remittances from overseas workers and sympathizers', pattern: /\b(?:donations?|donors?|charit(?:y|ies)|fundrais\w*|remittances?|diaspora)\b/i },
  { category: 'criminal-activity', example: 'through criminal activities, including smuggling', pattern: /\b(?:criminal activit(?:y|ies)|crim(?:e|es)|robber(?:y|ies)|theft|fraud|counterfeit\w*)\b/i },
  { category: 'business', example: 'legitimate businesses and front companies', pattern: /\b(?:legitimate business(?:es)?|business (?:ventures|interests)|front (?:companies|businesses)|investments?)\b/i },
];

// "support from Iran", "funding and weapons from the Government of Iran"
const SPONSORED_BY = /\b(?:support|funding|funds|aid|assistance|financing|money|weapons|arms|training|backing|safe haven)\b(?: [a-z,]+){0,4}? from (?:the )?(?:(?:government|regime) of |(?:government|regime) in )?(?=[A-Z]|al-)/g;
// "Iran provides funding", "Syria has provided safe haven"
const SPONSORS_VERB = /\b(?:provides?|provided|has provided|supplies|supplied|funds|funded|finances|financed)\b/;

function sponsorName(view: string, at: number, end: number): { start: number; end: number } | null {
  // A capitalized name as written, up to the next punctuation or lower-case word (other than joiners).
  const m = /^(?:al-)?[A-Z][\w'-]*(?: (?:(?:al|of|the|and|in|for)[ -]){0,2}(?:al-)?[A-Z][\w'-]*)*/.exec(view.slice(at, end));
  if (!m) return null;
  if (/^-based/.test(view.slice(at + m[0].length))) return null;
  return { start: at, end: at + m[0].length };
}

export function extractFunding(ctx: ProfileContext): CrtxRecord['funding'] {
  const s = section(ctx, 'Funding and External Aid');
  const funding: CrtxRecord['funding'] = { sources: [], sponsors: [] };
  if (!s) return funding;
  const body = ctx.view.slice(s.body.start, s.body.end);
  for (const c of FUNDING_CATEGORIES) {
    const m = c.pattern.exec(body);
    if (!m) continue;
    const span = { start: s.body.start + m.index, end: s.body.start + m.index + m[0].length };
    consume(ctx, span);
    funding.sources.push({ category: c.category, text: valueAt(ctx, span), evidence: evidenceOf(s.name, span), rule: `funding-${c.category}` });
  }
  const seen = new Set<string>();
  const addSponsor = (span: { start: number; end: number }, rule: string) => {
    const name = valueAt(ctx, span);
    const place = findPlaces(ctx.view, span.start, span.end).find((p) => p.start === span.start && p.end === span.end && p.kind !== 'region');
    if (seen.has(name)) return;
    seen.add(name);
    consume(ctx, span);
    funding.sponsors.push({ name, countryCode: place?.code ?? null, evidence: evidenceOf(s.name, span), rule });
    if (place?.code) {
      funding.sources.push({ category: 'state-sponsorship', text: name, evidence: evidenceOf(s.name, span), rule: 'funding-state-sponsor' });
    }
  };
  for (const m of body.matchAll(SPONSORED_BY)) {
    const span = sponsorName(ctx.view, s.body.start + m.index + m[0].length, s.body.end);
    if (span) addSponsor(span, 'support-from');
  }
  for (const place of findPlaces(ctx.view, s.body.start, s.body.end)) {
    if (place.kind !== 'country' || !place.code) continue;
    const after = ctx.view.slice(place.end, Math.min(place.end + 24, s.body.end));
    if (new RegExp(`^ (?:has |have |also |reportedly )*${SPONSORS_VERB.source}`).test(after)) addSponsor(place, 'state-provides');
  }
  return funding;
}
