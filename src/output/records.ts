/**
 * Where records go: output/YEAR/SLUG.json, one per record, written as each
 * record is made, and output/YEAR/profiles.jsonl with every record in that
 * year's folder, sorted by id, rebuilt at the end (so the two never disagree
 * when runs add to a folder). The lines of this run's records are spooled to
 * a hidden file as they are made (only their places are kept in memory);
 * records of earlier runs in the folder are read back from their files.
 * Texts that offsets refer to, when they are not the input file itself, go
 * to output/YEAR/NAME.txt and the records name them.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';
import { stableJson } from '../record/stable-json.js';
import { writeFileAtomic } from './write.js';

export function recordPath(outDir: string, record: CrtxRecord): string {
  return join(outDir, String(record.report.year), `${record.organization.slug}.json`);
}

/** This run's profiles.jsonl lines of one year, in a spool file: slug → where its line is. */
interface Spool {
  path: string;
  fd: number;
  size: number;
  lines: Map<string, { at: number; length: number }>;
}

export class RecordWriter {
  private readonly spools = new Map<number, Spool>();

  constructor(private readonly outDir: string) {}

  text(path: string, text: string): void {
    writeFileAtomic(join(this.outDir, path), text);
  }

  /** `json`: the record as compact JSON, when already made. */
  record(record: CrtxRecord, json?: string): void {
    writeFileAtomic(recordPath(this.outDir, record), stableJson(record));
    const year = record.report.year;
    let spool = this.spools.get(year);
    if (!spool) {
      const path = join(this.outDir, String(year), `.profiles.jsonl.${process.pid}.spool`);
      spool = { path, fd: openSync(path, 'w+'), size: 0, lines: new Map() };
      this.spools.set(year, spool);
    }
    const line = Buffer.from((json ?? JSON.stringify(record)) + '\n');
    writeSync(spool.fd, line, 0, line.length, spool.size);
    spool.lines.set(record.organization.slug, { at: spool.size, length: line.length });
    spool.size += line.length;
  }

  /** Rebuild profiles.jsonl of every year this run wrote to. */
  finish(): void {
    try {
      for (const year of [...this.spools.keys()].sort((a, b) => a - b)) this.rebuild(year, this.spools.get(year)!);
    } finally {
      for (const spool of this.spools.values()) {
        closeSync(spool.fd);
        rmSync(spool.path, { force: true });
      }
      this.spools.clear();
    }
  }

  private rebuild(year: number, spool: Spool): void {
    const dir = join(this.outDir, String(year));
    const path = join(dir, 'profiles.jsonl');
    const temporary = join(dir, `.profiles.jsonl.${process.pid}.tmp`);
    const fd = openSync(temporary, 'w');
    try {
      const slugs = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).map((f) => f.slice(0, -'.json'.length));
      // Sorted by slug, i.e. by id ("a" before "a-b", which file names would reverse).
      for (const slug of slugs.sort()) {
        const here = spool.lines.get(slug);
        if (here) {
          const line = Buffer.allocUnsafe(here.length);
          readSync(spool.fd, line, 0, here.length, here.at);
          writeSync(fd, line);
          continue;
        }
        const r = JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as CrtxRecord;
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
