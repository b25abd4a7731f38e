/**
 * Where records go: OUT/YEAR/SLUG.json, one per record, written as each
 * record is made, and OUT/YEAR/profiles.jsonl with every record in that
 * year's folder, sorted by id, rebuilt at the end (so the two never disagree
 * when runs add to a folder). The lines of this run's records are spooled
 * to a hidden file as they are made (only where each one is stays in
 * memory), instead of being read back and parsed from the files just
 * written; records of earlier runs in the folder are read from their files.
 *
 * A text that offsets refer to, when it is not the input file itself, goes to
 * OUT/YEAR/text-HASH.txt (named from its content, so inputs cannot write over
 * each other's), and only together with the first record that names it: a
 * record that is not written leaves nothing behind.
 *
 * Every file is written to a temporary name in its folder and renamed, so a
 * run stopped at any point leaves the old file or the new one. Rebuilding
 * profiles.jsonl takes a lock file, so runs writing into one folder at the
 * same time end with an index that lists exactly the folder's records.
 */
import { basename, dirname, join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';
import { stableJson } from '../record/stable-json.js';
import { attempt, nodeFs, OutputError, writeFileAtomic, type OutputFs } from './fs.js';

export function recordPath(outDir: string, record: CrtxRecord): string {
  return join(outDir, String(record.report.year), `${record.organization.slug}.json`);
}

const TEMPORARY = /^\..+\.(\d+)\.(tmp|spool)$/;
const LOCK = '.profiles.jsonl.lock';
/** How long to wait for another run's profiles.jsonl rebuild before giving up. */
const LOCK_WAIT_MS = 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** This run's profiles.jsonl lines of one year, in a hidden file: slug → where its line is. */
interface Spool {
  path: string;
  file: { write(chunk: string): void; close(): void };
  size: number;
  lines: Map<string, { at: number; length: number }>;
}

export class RecordWriter {
  private readonly spools = new Map<number, Spool>();
  private readonly made = new Set<string>();
  private pendingText: { path: string; text: string } | null = null;
  private readonly textsWritten = new Set<string>();

  constructor(
    private readonly outDir: string,
    private readonly fs: OutputFs = nodeFs,
  ) {}

  /** Before any input is read: the folder is a folder (or can be made) and a file can be written in it. */
  check(): void {
    if (attempt(this.outDir, () => this.fs.isDirectory(this.outDir)) === false) throw new OutputError(this.outDir, 'ENOTDIR: it is a file, not a folder');
    attempt(this.outDir, () => this.fs.mkdir(this.outDir));
    const probe = join(this.outDir, `.crtx-probe.${process.pid}.tmp`);
    attempt(this.outDir, () => this.fs.writeFile(probe, ''));
    attempt(this.outDir, () => this.fs.remove(probe));
  }

  /** The text the next records' offsets refer to: written with the first of them, not before. */
  text(path: string, text: string): void {
    this.pendingText = { path, text };
  }

  /** The text the record names, if not written yet (with --stdout, the only file a record brings). */
  textOf(record: CrtxRecord): void {
    if (record.source.textPath !== null && this.pendingText?.path === record.source.textPath) this.writePendingText();
  }

  /** Where the text waiting for its first record will be written, or null. */
  get pendingTextFile(): string | null {
    return this.pendingText && join(this.outDir, this.pendingText.path);
  }

  /** Writes the waiting text now: a message points into it, so it must be there to look at. */
  writePendingText(): void {
    if (!this.pendingText) return;
    const { path, text } = this.pendingText;
    this.pendingText = null;
    if (this.textsWritten.has(path)) return;
    this.writeAtomic(join(this.outDir, path), text);
    this.textsWritten.add(path);
  }

  /** `json`: the record as compact JSON, when already made. */
  record(record: CrtxRecord, json?: string): void {
    this.textOf(record);
    this.writeAtomic(recordPath(this.outDir, record), stableJson(record));
    const year = record.report.year;
    let spool = this.spools.get(year);
    if (!spool) {
      const path = join(this.outDir, String(year), `.profiles.jsonl.${process.pid}.spool`);
      spool = { path, file: attempt(path, () => this.fs.openAppend(path)), size: 0, lines: new Map() };
      this.spools.set(year, spool);
    }
    const line = (json ?? JSON.stringify(record)) + '\n';
    const { file } = spool;
    attempt(spool.path, () => file.write(line));
    const length = Buffer.byteLength(line);
    spool.lines.set(record.organization.slug, { at: spool.size, length });
    spool.size += length;
  }

  /** The years this run wrote records to. */
  get yearsWritten(): number[] {
    return [...this.spools.keys()].sort((a, b) => a - b);
  }

  private writeAtomic(path: string, content: string): void {
    writeFileAtomic(path, content, this.fs, this.made);
  }

  /** Rebuild profiles.jsonl of every year this run wrote to, each under its lock. */
  finish(): void {
    for (const year of this.yearsWritten) {
      const spool = this.spools.get(year)!;
      const dir = join(this.outDir, String(year));
      const lock = join(dir, LOCK);
      let reader: { read(at: number, length: number): string; close(): void } | null = null;
      try {
        attempt(spool.path, () => spool.file.close());
        reader = this.fs.openRead ? attempt(spool.path, () => this.fs.openRead!(spool.path)) : null;
        const spooled = reader;
        // Without ranged reads the records are read back from their files, as for earlier runs'.
        const lineOf = (slug: string) => {
          const here = spooled && spool.lines.get(slug);
          return here ? attempt(spool.path, () => spooled.read(here.at, here.length)) : undefined;
        };
        this.acquire(lock);
        try {
          this.rebuild(dir, lineOf);
        } finally {
          attempt(lock, () => this.fs.remove(lock));
        }
      } finally {
        reader?.close();
        attempt(spool.path, () => this.fs.remove(spool.path));
      }
    }
  }

  private acquire(lock: string): void {
    const started = Date.now();
    for (;;) {
      try {
        this.fs.createExclusive(lock, String(process.pid));
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(lock, (error as Error).message);
      }
      // A lock whose run is gone (killed) is taken over; a live run's is waited for.
      let holder = NaN;
      try {
        holder = Number(this.fs.readFile(lock));
      } catch {
        continue; // released between the two calls
      }
      // Our own pid: left by a write of this process that failed half-way (one process rebuilds one folder at a time).
      if (!Number.isInteger(holder) || holder === process.pid || !isAlive(holder)) {
        attempt(lock, () => this.fs.remove(lock));
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) throw new OutputError(lock, `locked by process ${holder} for over ${LOCK_WAIT_MS / 1000} s; remove ${lock} if no crtx is running`);
      sleep(25);
    }
  }

  /** `lineOf`: the line of a record this run wrote, when it is at hand. */
  private rebuild(dir: string, lineOf: (slug: string) => string | undefined): void {
    const path = join(dir, 'profiles.jsonl');
    const temporary = join(dir, `.profiles.jsonl.${process.pid}.tmp`);
    const names = attempt(dir, () => this.fs.readdir(dir));
    // Temporaries of runs that were killed are not anyone's any more (this process's own are left only by a failed write).
    for (const name of names) {
      const m = TEMPORARY.exec(name);
      if (m && ((m[2] === 'tmp' && Number(m[1]) === process.pid) || !isAlive(Number(m[1])))) attempt(join(dir, name), () => this.fs.remove(join(dir, name)));
    }
    const out = attempt(path, () => this.fs.openAppend(temporary));
    let open = true;
    try {
      const slugs = names.filter((f) => f.endsWith('.json') && !f.startsWith('.')).map((f) => f.slice(0, -'.json'.length));
      // Written in chunks of about 64 KB: one system call per line was most of the rebuild.
      let chunk = '';
      const write = (line: string) => {
        chunk += line;
        if (chunk.length < 65_536) return;
        const full = chunk;
        chunk = '';
        attempt(path, () => out.write(full));
      };
      // Sorted by slug, i.e. by id ("a" before "a-b", which file names would reverse).
      for (const slug of slugs.sort()) {
        const line = lineOf(slug);
        if (line !== undefined) {
          write(line);
          continue;
        }
        let record: CrtxRecord;
        try {
          record = JSON.parse(this.fs.readFile(join(dir, `${slug}.json`))) as CrtxRecord;
        } catch {
          continue; // removed by another run meanwhile, or not a record of ours
        }
        if (typeof record.schemaVersion === 'string' && typeof record.id === 'string') write(JSON.stringify(record) + '\n');
      }
      if (chunk) attempt(path, () => out.write(chunk));
      open = false;
      attempt(path, () => out.close());
      attempt(path, () => this.fs.rename(temporary, path));
    } catch (error) {
      try {
        if (open) out.close();
        this.fs.remove(temporary);
      } catch {
        // The rebuild failed already; that is the message.
      }
      throw error;
    }
  }
}
