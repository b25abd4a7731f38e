/**
 * Funding: how the group is financed (categories, each with the words that
 * say so) and who funds it (states, with ISO codes, or other groups).
 * Categories are data below, one entry per category with an example.
 * "There is no known external aid" names no source and yields nothing.
 */
import type { CrtxRecord } from '../record/schema.js';
import { findPlaces } from '../geo/places.js';
import type { ProfileContext } from './context.js';
import type { Span } from '../text/span.js';
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

/**
 * Who funds the group. A state is a sponsor when the text says it gives
 * (SPONSOR_RELATIONS, each with an example): it is the subject of a giving
 * verb ("Iran continues to provide TG with most of its funding", "Iran and
 * Syria have funded TG"), the source of a gift ("weapons and training from
 * Iran", "funded primarily by Iran", "supported by the governments of Iran and
 * Syria"), called a source ("Iran is TG's primary source of funding"), or its
 * nationality qualifies the gift or the giver ("Iranian financial support",
 * "from the Iranian regime"). Not: people in a state ("private donors in Qatar
 * have funded TG"), the origin of goods ("weapons smuggled from Libya"), an
 * adjective that names no state ("support from Islamic extremists"), or a
 * negated relation ("no evidence that Iran funds TG"). Another group named as
 * the source ("assistance from Hizballah") is a sponsor without a code.
 */
const GIVE_VERB = '(?:provide[sd]?|providing|supplie[sd]|supply|fund(?:s|ed)?|finance[sd]?|support(?:s|ed)?|arm(?:s|ed)|train(?:s|ed)|sponsor(?:s|ed)?|back(?:s|ed)|gives?|gave|sends?|sent|transfer(?:s|red)|equip(?:s|ped))';
const GIVE_NOUN = '(?:support|funding|funds|aid|assistance|financing|money|weapons|arms|training|backing|safe ?haven|sanctuary|sponsorship|materiel|equipment|resources)';
// Words between a state and its verb: "Iran has long supplied", "Iran continues to provide".
const HEDGE = '(?: (?:has|have|had|also|reportedly|allegedly|long|continues to|continued to|is believed to|is thought to|likely|historically|previously|once|been))*';
// "weapons smuggled from Libya": where goods came from, not who gave them.
const ORIGIN = /\b(?:smuggl\w*|stolen|looted|captured|seized|bought|purchased|obtained|acquired|trafficked|imported)\b/i;
// "There is no evidence that Iran funds TG."
const NEGATION = /\b(?:no evidence|not|never|den(?:y|ied|ies)|no longer|ceased|stopped|without)\b/i;

export const SPONSOR_RELATIONS: ReadonlyArray<{ id: string; example: string; after?: RegExp; before?: RegExp; demonym?: boolean }> = [
  {
    id: 'state-provides',
    example: "Iran continues to provide TG with most of its funding; Pakistan's intelligence service has supported TG",
    after: new RegExp(`^(?:'s (?:government|regime|intelligence(?: service| agency)?|military|army|security services))?${HEDGE} ${GIVE_VERB}\\b`, 'i'),
  },
  { id: 'state-is-source', example: "Iran is TG's primary source of funding", after: /^ (?:is|are|was|were|remains|has been|have been)(?: [\w']+){0,3} (?:source|sponsor|backer|patron|supplier|benefactor)s?\b/i },
  {
    id: 'support-from',
    example: 'TG has received funding, weapons, and training from Iran; funded primarily by Iran; supported by the governments of Iran and Syria',
    before: new RegExp(`\\b(?:${GIVE_NOUN}|${GIVE_VERB})\\b[^.;]{0,60}?\\b(?:from|by) (?:the )?(?:(?:government|regime|state)s? (?:of|in) )?$`, 'i'),
  },
  { id: 'state-adjective', example: 'TG relies on Iranian financial and military support; funding from the Iranian regime', demonym: true, after: new RegExp(`^(?: (?:government|regime|state|authorities|intelligence|military|financial|logistical|political|material|and|,))* ?(?:(?:government|regime)\\b|${GIVE_NOUN}\\b)`, 'i') },
];

// A group named as a source: "financial assistance from Hizballah", "support from the Taliban".
const GROUP_FROM = new RegExp(`\\b(?:${GIVE_NOUN})\\b(?: [a-z,]+){0,4}? from (?:the )?(?=[A-Z]|al-)`, 'g');

/** A capitalized name as written, up to the next punctuation or lower-case word (other than joiners); null for an adjective ("Islamic extremists", "Russia-backed"). */
function groupName(view: string, at: number, end: number): { start: number; end: number } | null {
  const m = /^(?:al-)?[A-Z][\w'-]*(?: (?:(?:al|of|the|and|in|for)[ -]){0,2}(?:al-)?[A-Z][\w'-]*)*/.exec(view.slice(at, end));
  if (!m) return null;
  if (/-[a-z]+$/.test(m[0]) || /^ [a-z]/.test(view.slice(at + m[0].length, at + m[0].length + 2))) return null;
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
  const addSponsor = (span: Span, code: string | null, rule: string) => {
    const name = valueAt(ctx, span);
    if (seen.has(code ?? name)) return;
    seen.add(code ?? name);
    consume(ctx, span);
    funding.sponsors.push({ name, countryCode: code, evidence: evidenceOf(s.name, span), rule });
    if (code) funding.sources.push({ category: 'state-sponsorship', text: name, evidence: evidenceOf(s.name, span), rule: 'funding-state-sponsor' });
  };
  // The sentence's text before a place: what a relation and a negation are read in.
  const sentenceStart = (at: number) => Math.max(s.body.start, ctx.view.lastIndexOf('. ', at) + 1, ctx.view.lastIndexOf(';', at) + 1);
  const places = findPlaces(ctx.view, s.body.start, s.body.end, { demonyms: true }).filter((p) => p.code && (p.kind === 'country' || p.kind === 'territory' || p.kind === 'demonym'));
  const states = places.filter((p) => p.kind !== 'demonym');
  // States named together share a relation: "Iran and Syria have funded", "the governments of Iran and Syria".
  const chainEnd = (i: number): number => {
    let j = i;
    while (j + 1 < states.length && /^(?:,? and|,? or|,) (?:the )?$/.test(ctx.view.slice(states[j]!.end, states[j + 1]!.start))) j++;
    return j;
  };
  const chainStart = (i: number): number => {
    let j = i;
    while (j > 0 && /^(?:,? and|,? or|,) (?:the )?$/.test(ctx.view.slice(states[j - 1]!.end, states[j]!.start))) j--;
    return j;
  };
  for (const place of places) {
    const i = states.indexOf(place);
    const after = ctx.view.slice(i >= 0 ? states[chainEnd(i)]!.end : place.end, Math.min(s.body.end, place.end + 120));
    const from = sentenceStart(place.start);
    const before = ctx.view.slice(from, i >= 0 ? states[chainStart(i)]!.start : place.start);
    if (NEGATION.test(before)) continue;
    const relation = SPONSOR_RELATIONS.find((r) => {
      if (!!r.demonym !== (place.kind === 'demonym')) return false;
      if (r.after && !r.after.test(after)) return false;
      if (r.before && (!r.before.test(before) || ORIGIN.test(before.slice(-70)))) return false;
      // "private donors in Qatar have funded TG": people in the state, not the state.
      if (r.id === 'state-provides' && /\b(?:in|across|throughout|within|from)\s+(?:the\s+)?$/.test(before)) return false;
      return true;
    });
    if (relation) addSponsor(place, place.code, relation.id);
  }
  for (const m of body.matchAll(GROUP_FROM)) {
    const at = s.body.start + m.index + m[0].length;
    if (places.some((p) => p.start <= at && at < p.end) || /^(?:[Gg]overnment|[Rr]egime)s?\b/.test(ctx.view.slice(at, at + 12))) continue;
    if (ORIGIN.test(m[0]) || NEGATION.test(ctx.view.slice(sentenceStart(at), at))) continue;
    const span = groupName(ctx.view, at, s.body.end);
    if (span && !places.some((p) => p.start < span.end && span.start < p.end)) addSponsor(span, null, 'support-from');
  }
  return funding;
}
