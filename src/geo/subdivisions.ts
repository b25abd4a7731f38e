/**
 * Country subdivisions (provinces, states, regions, governorates, islands)
 * → the countries that have one of that name. The names come from two
 * packages: iso-3166 (the ISO 3166-2 list, every level, names in the local
 * romanization: "Nangarhār", "Sulu", "Niger") and country-region-data
 * (first-level regions in their English forms: "Punjab" for Pakistan,
 * "North Sinai"). `npm run build` writes the table to
 * dist/data/subdivisions.tsv (scripts/build-data.ts), one line per name:
 *
 *   name <TAB> countries (comma-separated) <TAB> country of the most populous city of that name, or "-" <TAB> "common" or "-"
 *
 * Names are folded (no diacritics or apostrophes), so "Tillaberi" finds
 * "Tillabéri" and "Marib" finds "Ma’rib". A name whose every word is an
 * ordinary English word ("Central", "North", "Delta", "Bay") is marked
 * common: it names a subdivision only with a cue ("Delta State", "the
 * Central region").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { lazy } from '../text/lazy.js';

export interface Subdivision {
  /** Countries with a subdivision of this name, sorted. */
  codes: readonly string[];
  /** The country of the most populous city of this name, when that is another country ("Delta" → CA). */
  city: string | null;
  /** Every word is an ordinary English word: a mention needs a cue. */
  common: boolean;
}

/** Diacritics and apostrophes removed: the form names are compared in. */
export function foldName(name: string): string {
  // Most names are plain ASCII letters: checked by character code, the cheapest test on this hot path.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // (Turkish "ı" has no mark to drop: "Şırnak" is "Sirnak".)
    if (c > 0x7e || c === 0x27 || c === 0x60) return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u0131/g, 'i').replace(/['`\u2018\u2019\u02BB\u02BC\u02BE\u02BF]/g, '');
  }
  return name;
}

// A type word some sources append to the name ("Banwa Province"); the name is what precedes it.
const TYPE_SUFFIX = / (?:Province|Region|State|Governorate|Department|District|County)$/;
// An Arabic article before a name ("Al Anbar"): prose writes it with a hyphen or drops it.
const ARTICLE = /^(?:Al|Ar|As|Ash|Ad|Adh|An|Az|At|Ath) (?=[A-Z])/;
// A republic's type word, which prose leaves out: "Republic of Dagestan" is written "Dagestan".
const REPUBLIC = /^(?:Republic of|Respublika) (?=[A-Z])|,? Respublika$/;
// An Arabic name's final "ah" (ta marbuta), which prose often writes "a": "Shabwah" is also "Shabwa".
const FINAL_AH = /(?<=[a-z]{3}[^aeiouh\s])ah$/;

/** The written forms of one source name: "Al Anbār" → Al Anbar, Al-Anbar, Anbar. */
export function nameForms(raw: string): string[] {
  const out = new Set<string>();
  for (const part of raw.replace(/\s*\([^)]*\)/g, '').split('/')) {
    const name = foldName(part.trim()).replace(TYPE_SUFFIX, '').replace(/\s+/g, ' ');
    // Names that open with an English function word ("The Valley", "A Coruña", "In Salah") would make every "The" a lookup.
    if (name.length < 3 || /[,\d]/.test(name) || !/^[A-Z]/.test(name) || /^(?:The|A|An|In|On|At|Of|To) /.test(name)) continue;
    out.add(name);
    if (REPUBLIC.test(name)) out.add(name.replace(REPUBLIC, ''));
    if (FINAL_AH.test(name)) out.add(name.replace(FINAL_AH, 'a'));
    if (ARTICLE.test(name)) {
      out.add(name.replace(ARTICLE, (a) => `${a.trim()}-`));
      out.add(name.replace(ARTICLE, ''));
    }
  }
  return [...out];
}

/** The table as sorted TSV lines (see the header). */
export function subdivisionsTsv(
  entries: Iterable<{ name: string; country: string }>,
  isCommonWord: (word: string) => boolean,
  cityCountry: (name: string) => string | null,
): string {
  const byName = new Map<string, Set<string>>();
  for (const { name, country } of entries) {
    for (const form of nameForms(name)) {
      if (!byName.has(form)) byName.set(form, new Set());
      byName.get(form)!.add(country);
    }
  }
  const lines: string[] = [];
  for (const name of [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const codes = [...byName.get(name)!].sort();
    const city = cityCountry(name);
    const common = name.split(/[ -]/).every((w) => isCommonWord(w.toLowerCase()));
    lines.push(`${name}\t${codes.join(',')}\t${city && !codes.includes(city) ? city : '-'}\t${common ? 'common' : '-'}\n`);
  }
  return lines.join('');
}

const entryOf = (fields: string): Subdivision => {
  const [codes, city, common] = fields.split('\t');
  return { codes: codes!.split(','), city: city === '-' ? null : city!, common: common === 'common' };
};

/**
 * The table's index: names to entries, read names-first (an entry's fields
 * are parsed when its name is found in a text), and for each first word of a
 * name the most words a name starting with it has (a capitalized word that
 * starts none needs no subdivision lookups at all).
 */
export function subdivisionIndex(tsv: string): { map: { get(name: string): Subdivision | undefined }; firstWords: Map<string, number> } {
  const raw = new Map<string, string>();
  const parsed = new Map<string, Subdivision>();
  const firstWords = new Map<string, number>();
  for (let at = 0; at < tsv.length; ) {
    const end = tsv.indexOf('\n', at);
    const line = tsv.slice(at, end === -1 ? tsv.length : end);
    at = end === -1 ? tsv.length : end + 1;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const name = line.slice(0, tab);
    raw.set(name, line.slice(tab + 1));
    const space = name.indexOf(' ');
    const first = space === -1 ? name : name.slice(0, space);
    let words = 1;
    for (let i = space; i !== -1; i = name.indexOf(' ', i + 1)) words++;
    if ((firstWords.get(first) ?? 0) < words) firstWords.set(first, words);
  }
  const map = {
    get(name: string): Subdivision | undefined {
      let entry = parsed.get(name);
      if (!entry) {
        const fields = raw.get(name);
        if (fields === undefined) return undefined;
        entry = entryOf(fields);
        parsed.set(name, entry);
      }
      return entry;
    },
  };
  return { map, firstWords };
}

/** The table built by `npm run build`, read once on first use. */
export const subdivisions = lazy(() => {
  const path = join(packageRoot(), 'dist/data/subdivisions.tsv');
  if (!existsSync(path)) throw new Error(`crtx: ${path} is missing: run \`npm run build\` (it writes the subdivision table from iso-3166 and country-region-data)`);
  return subdivisionIndex(readFileSync(path, 'utf8'));
});
