/**
 * Areas of operation: the countries, territories and regions named in the
 * Location/Area of Operation section, in order of first mention, once each.
 *   "Mali, Burkina Faso, Benin, and Niger" → ML, BF, BJ, NE
 *   "Northern Ireland and the Republic of Ireland" → GB, IE
 *   "Most of AAMB's operational activity is in Gaza ... the West Bank" → PS
 *   "the Sahel" → a region, countryCode null
 *   "Borno, Yobe, and Adamawa states" → NG; "the Sinai Peninsula" → EG (a subdivision names its country)
 *   "Punjab" alone → no area, a warning `ambiguous-place` (India and Pakistan both have one),
 *   unless the section also names one of them
 * Cities are not areas: the section names them only to locate activity
 * inside a country it also names.
 */
import type { Area } from '../record/schema.js';
import { findPlaces } from '../geo/places.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, section, valueAt } from './context.js';

const BASED_IN = /\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)-(?:based|centered|centred|headquartered)\b/g;
// Places joined by hyphens: "the Afghanistan-Pakistan border", "the Mali-Niger-Burkina Faso tri-border region".
const JOINED_NAMES = /\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?:-[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)+/g;

/** Each place of a hyphen-joined chain, unless the chain is one place's name ("Guinea-Bissau", "Timor-Leste"). */
function joinedPlaces(view: string, from: number, to: number): ReturnType<typeof findPlaces> {
  return [...view.slice(from, to).matchAll(JOINED_NAMES)].flatMap((m) => {
    const start = from + m.index;
    if (findPlaces(view, start, start + m[0].length).some((p) => view.slice(p.start, p.end).includes('-'))) return [];
    let at = start;
    return m[0].split('-').flatMap((part) => {
      const found = findPlaces(view, at, at + part.length);
      at += part.length + 1;
      return found;
    });
  });
}

export function extractAreas(ctx: ProfileContext): Area[] {
  const s = section(ctx, 'Location/Area of Operation');
  if (!s) return [];
  const out: Area[] = [];
  const seen = new Set<string>();
  // (A place written as the first part of a compound, "Iraq-based", "a Pakistan-based group", is where the group is; the
  // place finder reads the compound as one word. Not "Iran-backed": whose help it is, not where. So are places joined by
  // hyphens, JOINED_NAMES.)
  const body = ctx.view.slice(s.body.start, s.body.end);
  const based = [...body.matchAll(BASED_IN)].flatMap((m) => findPlaces(ctx.view, s.body.start + m.index, s.body.start + m.index + m[1]!.length));
  const compounds = [...based, ...joinedPlaces(ctx.view, s.body.start, s.body.end)];
  const places = [...findPlaces(ctx.view, s.body.start, s.body.end), ...compounds].sort((a, b) => a.start - b.start);
  const named = new Set(places.map((p) => p.code));
  for (const place of places) {
    if (place.candidates) {
      // A name several countries use adds nothing when the section names one of them; otherwise it is reported.
      if (place.candidates.some((c) => named.has(c))) continue;
      consume(ctx, place);
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'ambiguous-place',
        message: `Place "${valueAt(ctx, place)}" names places in ${place.candidates.join(', ')}, and the section does not say which country; it is not listed as an area. Check the source text.`,
        evidence: evidenceOf(s.name, place),
      });
      continue;
    }
    const key = place.code ?? `region:${place.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    consume(ctx, place);
    out.push({ name: valueAt(ctx, place), countryCode: place.code, evidence: evidenceOf(s.name, place) });
  }
  return out;
}
