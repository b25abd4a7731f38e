/**
 * Where records go: output/YEAR/SLUG.json, one per record, written as each
 * record is made, and output/YEAR/profiles.jsonl with every record in that
 * year's folder, sorted by id, rebuilt at the end one file at a time (so the
 * two never disagree when runs add to a folder, and memory stays bounded).
 * Texts that offsets refer to, when they are not the input file itself, go to
 * output/YEAR/NAME.txt and the records name them.
 */
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';
import { stableJson } from '../record/stable-json.js';
import { writeFileAtomic } from './write.js';

export function recordPath(outDir: string, record: CrtxRecord): string {
  return join(outDir, String(record.report.year), `${record.organization.slug}.json`);
}

export class RecordWriter {
  private readonly years = new Set<number>();

  constructor(private readonly outDir: string) {}

  text(path: string, text: string): void {
    writeFileAtomic(join(this.outDir, path), text);
  }

  record(record: CrtxRecord): void {
    writeFileAtomic(recordPath(this.outDir, record), stableJson(record));
    this.years.add(record.report.year);
  }

  /** Rebuild profiles.jsonl of every year this run wrote to. */
  finish(): void {
    for (const year of [...this.years].sort((a, b) => a - b)) {
      const dir = join(this.outDir, String(year));
      const path = join(dir, 'profiles.jsonl');
      const temporary = join(dir, `.${basename(path)}.${process.pid}.tmp`);
      const fd = openSync(temporary, 'w');
      try {
        const slugs = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).map((f) => f.slice(0, -'.json'.length));
        // Sorted by slug, i.e. by id ("a" before "a-b", which file names would reverse).
        for (const file of slugs.sort().map((slug) => `${slug}.json`)) {
          const r = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CrtxRecord;
          if (typeof r.schemaVersion === 'string' && typeof r.id === 'string') writeSync(fd, JSON.stringify(r) + '\n');
        }
      } catch (error) {
        closeSync(fd);
        rmSync(temporary, { force: true });
        throw error;
      }
      closeSync(fd);
      renameSync(temporary, path);
    }
  }
}
