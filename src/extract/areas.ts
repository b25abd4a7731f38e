/**
 * Areas of operation: the countries, territories and regions named in the
 * Location/Area of Operation section, in order of first mention, once each.
 *   "Mali, Burkina Faso, Benin, and Niger" → ML, BF, BJ, NE
 *   "Northern Ireland and the Republic of Ireland" → GB, IE
 *   "Most of AAMB's operational activity is in Gaza ... the West Bank" → PS
 *   "the Sahel" → a region, countryCode null
 * Cities and districts are not areas: the section names them only to locate
 * activity inside a country it also names.
 */
import type { Area } from '../record/schema.js';
import { findPlaces } from '../geo/places.js';
import type { ProfileContext } from './context.js';
import { consume, evidenceOf, section, valueAt } from './context.js';

export function extractAreas(ctx: ProfileContext): Area[] {
  const s = section(ctx, 'Location/Area of Operation');
  if (!s) return [];
  const out: Area[] = [];
  const seen = new Set<string>();
  for (const place of findPlaces(ctx.view, s.body.start, s.body.end)) {
    const key = place.code ?? `region:${place.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    consume(ctx, place);
    out.push({ name: valueAt(ctx, place), countryCode: place.code, evidence: evidenceOf(s.name, place) });
  }
  return out;
}
