/**
 * Part of `npm run build`: work done once at build time rather than at every
 * start of `crtx extract` (together about 300 ms of a one-profile run), and
 * the executable bit on the `crtx` bin, which tsc does not set (without it
 * `npx crtx` fails with "Permission denied" in a fresh clone).
 *  - dist/validators/KIND.cjs: ajv's standalone code for each committed schema
 *    in schemas/, so nothing is compiled at run time. Built from the committed
 *    files, so records are still checked against exactly what is published.
 *  - dist/data/cities.tsv: "name<TAB>country" for every name of a place in
 *    the GeoNames cities500 gazetteer (its own names, and its other names in
 *    Latin letters above 5,000 inhabitants), the most populous place of each
 *    name, sorted, so a lookup is a binary search in one string instead of
 *    decoding 200,000 places into objects; and dist/data/cities.idx, where
 *    each block of about 8 KB of it starts, so a run reads only the blocks
 *    it looks names up in.
 *  - dist/data/subdivisions.tsv: the subdivision names of iso-3166 and
 *    country-region-data with their countries (src/geo/subdivisions.ts), each
 *    marked when its words are ordinary English (word-list, and among the
 *    20,000 most frequent words of popular-english-words) and when a city of
 *    that name is in another country. These four packages are needed only here.
 *  - dist/data/people-nouns.txt: the nouns for people from compromise's lexicon
 *    (src/extract/people-nouns.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';
import wordListPath from 'word-list';
// @ts-expect-error: the package ships no type declarations (an array of lower-case words, most frequent first).
import { words as wordsByFrequency } from 'popular-english-words/words.js';
import { cityEntry, citiesFromPackage, citiesIndex, citiesTsv } from '../src/geo/cities.js';
import { subdivisionsTsv } from '../src/geo/subdivisions.js';
import { PEOPLE_NOUNS_FILE, peopleNounsFromLexicon } from '../src/extract/people-nouns.js';
import nlp from 'compromise';
import { packageRoot } from '../src/package-root.js';
import { SCHEMA_FILES } from '../src/record/validate.js';

const root = packageRoot();

mkdirSync(join(root, 'dist/validators'), { recursive: true });
for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true } });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, file), 'utf8')));
  writeFileSync(join(root, 'dist/validators', `${kind}.cjs`), standaloneCode.default(ajv, validate));
}

// How many of the most frequent words count as ordinary: "delta" (5,422nd) and "savannah" (12,884th) are,
// "sulu" (34,526th, a Fijian garment) is not, so Sulu names the province without a cue.
const FREQUENT_WORDS = 20_000;
const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const frequent = new Set((wordsByFrequency as string[]).slice(0, FREQUENT_WORDS));
const isCommonWord = (w: string) => dictionary.has(w) && frequent.has(w);

mkdirSync(join(root, 'dist/data'), { recursive: true });
const cities = citiesFromPackage(0, true, isCommonWord);
const citiesTable = Buffer.from(citiesTsv(cities), 'utf8');
writeFileSync(join(root, 'dist/data/cities.tsv'), citiesTable);
writeFileSync(join(root, 'dist/data/cities.idx'), citiesIndex(citiesTable));

// A subdivision name is also read as a city of another country only when that city is a large one:
// "Borno" is a village in Italy too, "Delta" a city of 100,000 in Canada.
const MAJOR_CITY = 50_000;
const majorCities = citiesFromPackage(MAJOR_CITY, false);
const regions = createRequire(import.meta.url)('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;
const subdivisionNames = [
  ...iso31662.map((s) => ({ name: s.name, country: s.parent.slice(0, 2) })),
  ...regions.flatMap((c) => c.regions.map((r) => ({ name: r.name, country: c.countryShortCode }))),
];
writeFileSync(
  join(root, 'dist/data/subdivisions.tsv'),
  subdivisionsTsv(subdivisionNames, isCommonWord, (name) => cityEntry(majorCities.get(name) ?? null)?.code ?? null),
);

// The nouns for people, from compromise's lexicon (src/extract/people-nouns.ts).
writeFileSync(join(root, PEOPLE_NOUNS_FILE), peopleNounsFromLexicon((nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon).join('\n') + '\n');
