/**
 * Where records go: output/YEAR/SLUG.json, one per record, and
 * output/YEAR/profiles.jsonl with every record in that year's folder, sorted
 * by id, so the two never disagree when runs add to a folder one input at a
 * time. Texts that offsets refer to, when they are not the input file itself,
 * go to output/YEAR/NAME.txt and the record names them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';
import { stableJson } from '../record/json-schema.js';
import { writeFileAtomic } from './write.js';

export function recordPath(outDir: string, record: CrtxRecord): string {
  return join(outDir, String(record.report.year), `${record.organization.slug}.json`);
}

/** JSON Lines: one record per line, in id order. */
export function toJsonLines(records: readonly CrtxRecord[]): string {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => JSON.stringify(r) + '\n').join('');
}

export function writeRecords(outDir: string, records: readonly CrtxRecord[], texts: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const [path, text] of texts) {
    writeFileAtomic(join(outDir, path), text);
    written.push(join(outDir, path));
  }
  const byYear = new Map<number, CrtxRecord[]>();
  for (const r of records) {
    const path = recordPath(outDir, r);
    writeFileAtomic(path, stableJson(r));
    written.push(path);
    byYear.set(r.report.year, [...(byYear.get(r.report.year) ?? []), r]);
  }
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const dir = join(outDir, String(year));
    const all = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CrtxRecord)
      .filter((r) => typeof r.schemaVersion === 'string' && typeof r.id === 'string');
    const path = join(dir, 'profiles.jsonl');
    writeFileAtomic(path, toJsonLines(all));
    written.push(path);
  }
  return written;
}
