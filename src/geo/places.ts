/**
 * Finding places in text: countries and territories (ISO 3166-1 alpha-2 from
 * i18n-iso-countries plus PLACE_NAMES), regions (code null), nationality
 * adjectives, and cities through the GeoNames gazetteer (cities500, with the names the reports use).
 *
 * Matching is on the view (quotes, dashes and spaces folded), case-sensitive
 * on the first letter, longest name first, so "Lake Chad Basin" is a region
 * and not Chad, and "Republic of Ireland" is IE.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { ARTICLE, cityEntry, citiesFromPackage, lookupInFile } from './cities.js';
import { lazy } from '../text/lazy.js';
import type { Span } from '../text/span.js';
import { DEMONYMS, IGNORED_COUNTRY_NAMES, PLACE_NAMES } from './place-names.js';
import { matchesOf } from '../text/matches.js';
import { eitherCase } from '../text/phrases.js';
import { foldName, subdivisions, type Subdivision } from './subdivisions.js';

const require = createRequire(import.meta.url);


export type PlaceKind = 'country' | 'territory' | 'region' | 'subdivision' | 'demonym' | 'city';

export interface PlaceMention extends Span {
  /** The name as matched (view form, without a leading "the"). */
  name: string;
  code: string | null;
  kind: PlaceKind;
  /** For a subdivision name that several countries use: their codes (code is null). */
  candidates?: readonly string[];
}

interface Entry {
  code: string | null;
  kind: PlaceKind;
}

const key = (name: string) => name.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim();

const lexicon = lazy(() => {
  const countries = require('i18n-iso-countries/index') as typeof import('i18n-iso-countries');
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

/** The words for a country's parts, which make the name beside them one: "Niger State", "the province of Cabo Delgado". */
export const SUBDIVISION_TYPE_WORDS = ['state', 'province', 'region', 'governorate', 'county', 'district', 'department', 'island'];
// A type word after a name makes it a subdivision ("Niger State", "Punjab province", "Basilan island").
const TYPE_AFTER = new RegExp(`^ (?:${SUBDIVISION_TYPE_WORDS.map((w) => `${eitherCase(w)}s?`).join('|')})\\b`);
// ... or before it ("the province of Cabo Delgado", "the Indian state of Punjab").
const TYPE_BEFORE = new RegExp(`\\b(?:${SUBDIVISION_TYPE_WORDS.join('|')})s? of (?:the )?$`, 'i');

/**
 * Countries, territories, regions, subdivisions and (when `demonyms`)
 * nationality adjectives in view[start, end).
 *
 * A country or a name of PLACE_NAMES wins over a subdivision of the same
 * name ("Niger" is the country), unless a type word says otherwise ("Niger
 * State"). A subdivision name that several countries use, or that is also a
 * major city elsewhere, has code null and its `candidates`; one made of
 * ordinary English words ("Central") counts only with a type word.
 */
export function findPlaces(view: string, start: number, end: number, options: { demonyms?: boolean } = {}): PlaceMention[] {
  const { map, longest } = lexicon();
  const subs = subdivisions();
  const words = wordsOf(view, start, end);
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    // (A capital with a mark opens a name too: "Şırnak", "Étang-Salé".)
    const c = first.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 0xbf && /^\p{Lu}/u.test(first.text))) continue;
    // Words must be adjacent: only spaces (or a hyphen for "Guinea-Bissau") between them.
    let found: { entry: Entry; last: number; name: string } | undefined;
    let sub: { entry: Subdivision; last: number; name: string } | undefined;
    let name = first.text;
    const subWords = subs.firstWords.get(foldName(first.text)) ?? 0;
    for (let j = i; j < words.length && j - i < Math.max(longest, subWords); j++) {
      if (j > i) {
        const gap = view.slice(words[j - 1]!.end, words[j]!.start);
        if (!/^ +$/.test(gap)) break;
        name += ' ' + words[j]!.text;
      }
      const entry = map.get(name);
      if (entry && (entry.kind !== 'demonym' || options.demonyms)) found = { entry, last: j, name };
      const s = j - i < subWords ? subs.map.get(foldName(name)) : undefined;
      if (s && !entry) sub = { entry: s, last: j, name };
    }
    // The longer name wins; at equal length the country or PLACE_NAMES entry does ("the Sahel region"),
    // but a country's name with a type word after it is the subdivision ("Niger State"; "the region of Niger" is the country).
    const asSub = found && subs.map.get(foldName(found.name));
    const candidate =
      sub && (!found || sub.last > found.last)
        ? sub
        : found && asSub && (found.entry.kind === 'country' || found.entry.kind === 'territory') && TYPE_AFTER.test(view.slice(words[found.last]!.end, words[found.last]!.end + 14))
          ? { entry: asSub, last: found.last, name: found.name }
          : undefined;
    // The last words of a longer name are not a subdivision: "Imphal East district", "Mocimboa da Praia district".
    const mention = candidate && !endsLongerName(view, words, i) && subdivisionMention(view, words, i, candidate);
    if (mention) {
      out.push(mention);
      while (i + 1 < words.length && words[i + 1]!.start < mention.end) i++;
    } else if (found) {
      out.push({ start: first.start, end: words[found.last]!.end, name: found.name, code: found.entry.code, kind: found.entry.kind });
      i = found.last;
    }
  }
  return out;
}

// Without a type word a subdivision name is a place only where prose puts places: after a locative word
// ("in Sulu", "across northern Borno", "near the Sinai"), in a list of places ("Borno, Yobe, and Adamawa"),
// or before its country ("Punjab, Pakistan"). Elsewhere it is a word of another kind ("Ahmadi Muslims").
/** Words that name a part of a place before its name: "northern Borno", "southern Beirut", "rural Damascus". */
export const PART_ADJECTIVE = '(?:(?:north|south)(?:ern|east|west|eastern|western)?|east(?:ern)?|west(?:ern)?|central|downtown|rural|remote|coastal|restive|neighbou?ring)';
const LOCATIVE_BEFORE = new RegExp(`\\b(?:in|into|near|across|outside(?: of)?|from|at|around|throughout|within|on|of|to|toward|towards|between|and|or)\\s+(?:the\\s+)?(?:${PART_ADJECTIVE}\\s+)?$|,\\s*$`);

/** Whether word i follows a capitalized word of the same name (a space apart, or through a particle: "Mocimboa da Praia"). */
function endsLongerName(view: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || view.slice(before.end, words[i]!.start) !== ' ') return false;
  if (/^(?:da|de|do|dos|das|del|di|al|el)$/.test(before.text)) {
    const name = words[i - 2];
    return name !== undefined && view.slice(name.end, before.start) === ' ' && /^[A-Z]/.test(name.text) && !SENTENCE_START.test(view.slice(Math.max(0, name.start - 2), name.start));
  }
  return /^[A-Z][a-z]/.test(before.text) && !NOT_A_NAME_BEFORE.test(before.text) && !SENTENCE_START.test(view.slice(Math.max(0, before.start - 2), before.start));
}
// A word that opens a sentence, or one that is no part of a name ("In", "The", a compass word): no longer name.
const SENTENCE_START = /(?:^|[.!?]\s*|\n)$/;
const NOT_A_NAME_BEFORE = new RegExp(`^(?:In|The|At|On|Near|From|Of|And|Upper|Lower|${PART_ADJECTIVE})$`, 'i');

const ON_BEFORE = /\b[Oo]n $/;
const PARTICLE_THEN_NAME = /^ (?:da|de|do|dos|das|del|di|de la|de los|al|el) [A-Z]/;

function subdivisionMention(view: string, words: readonly Word[], i: number, sub: { entry: Subdivision; last: number; name: string }): PlaceMention | null {
  const first = words[i]!;
  let end = words[sub.last]!.end;
  const after = TYPE_AFTER.exec(view.slice(end, end + 14));
  const lead = view.slice(Math.max(0, first.start - 40), first.start);
  const cued = after !== null || TYPE_BEFORE.test(lead);
  const next = view.slice(end, end + 3);
  // "San Vicente del Caguan": the name goes on after a particle; it is a town's, not the subdivision's.
  if (PARTICLE_THEN_NAME.test(view.slice(end, end + 12))) return null;
  // "Ahmadi Muslims", "Punjab Police": a capitalized word after the name makes it part of another name.
  // (One made of ordinary words counts after a town's name and a comma, as its province: "near Vista Hermosa, Meta".)
  const afterTown = /[A-Z][\w'’.-]*, $/.test(lead);
  if (!cued && ((sub.entry.common && !afterTown) || / [A-Z]/.test(next.slice(0, 2)) || !(LOCATIVE_BEFORE.test(lead) || /^, [A-Z]/.test(next)))) return null;
  if (after) end += after[0].length;
  // With a type word it is the subdivision; without, a major city of the name elsewhere is a reading too.
  // ("on Bali", "on Mindanao": "on" stands before an island, never a city, so the island's own country is the reading.)
  const candidates = cued || ON_BEFORE.test(lead) || !sub.entry.city ? sub.entry.codes : [...sub.entry.codes, sub.entry.city].sort();
  const code = candidates.length === 1 ? candidates[0]! : null;
  return { start: first.start, end, name: sub.name, code, kind: 'subdivision', ...(code ? {} : { candidates }) };
}

/** The table value of a place name that is not a country: a city or town (src/geo/cities.ts). */
const cityValue = (() => {
  const lookup = lazy((): ((name: string) => string | null) => {
    const path = join(packageRoot(), 'dist/data/cities.tsv');
    const index = join(packageRoot(), 'dist/data/cities.idx');
    if (existsSync(path) && existsSync(index)) return lookupInFile(path, readFileSync(index, 'utf8'));
    const table = citiesFromPackage();
    return (name) => table.get(name) ?? null;
  });
  return (name: string): string | null => lookup()(name);
})();

/** The country of a city or town, and whether it is well known enough to need no confirmation (src/geo/cities.ts). */
// Other spellings of a town's name the gazetteer may hold: without accents ("Zouérate" → "Zouerate"), without the Arabic
// article ("El Arish", "al-Khobar") or with it ("Qatif" → "Al Qatif").
function spellings(name: string): string[] {
  const bare = name.replace(ARTICLE, '');
  // ... and with a hyphen before a capital written as a space, as the gazetteer writes "Mazar-e Sharif".
  const spaced = name.replace(/-(?=[A-Z])/g, ' ');
  return [name, foldName(name), bare, foldName(bare), ...(bare === name ? [`Al ${name}`] : []), ...(spaced !== name ? [spaced, foldName(spaced)] : [])];
}

export const city = (name: string): CityEntry | null => {
  let entry = cityMemo.get(name);
  if (entry === undefined) {
    entry = null;
    for (const spelling of spellings(name)) {
      const value = cityValue(spelling);
      if (value) {
        entry = Object.freeze(cityEntry(value));
        break;
      }
    }
    // (Emptied when full, so memory stays flat over a long batch.)
    if (cityMemo.size >= CITY_MEMO_SIZE) cityMemo.clear();
    cityMemo.set(name, entry);
  }
  return entry;
};
type CityEntry = ReturnType<typeof cityEntry>;
// The rules ask about the same capitalized words again and again (every name-like word of every sentence), and each
// question is up to eight spellings, each a binary search of the table's bytes: answered once per name instead.
const cityMemo = new Map<string, CityEntry | null>();
const CITY_MEMO_SIZE = 20_000;

/** The country of a city or town. */
export const cityCountry = (name: string): string | null => city(name)?.code ?? null;

/** Whether a name as written is a country, territory or region of the place table ("Africa", "Levant"): no town. */
export const isPlaceName = (name: string): boolean => {
  const entry = lexicon().map.get(key(name));
  return entry !== undefined && entry.kind !== 'demonym';
};

/** The ISO code for a country name as written, or null. */
export function countryCode(name: string): string | null {
  const entry = lexicon().map.get(key(name.replace(/^the /i, '')));
  return entry && (entry.kind === 'country' || entry.kind === 'territory') ? entry.code : null;
}
