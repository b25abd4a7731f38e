/**
 * The file-system calls the output folder makes, as one small interface, so
 * tests can make any of them fail (EACCES, ENOSPC, a kill between two steps)
 * without permissions (CI runs as root, where chmod stops nothing) and
 * without patching Node. `nodeFs` is the real thing; `OutputError` is what
 * every failure becomes: the path and the system's reason.
 */
import { basename, dirname, join } from 'node:path';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';

export interface OutputFs {
  /** Creates the folder and its parents; fine when it exists. */
  mkdir(path: string): void;
  writeFile(path: string, content: string): void;
  /** Creates the file only when it does not exist (EEXIST otherwise): used for the lock. */
  createExclusive(path: string, content: string): void;
  rename(from: string, to: string): void;
  /** Removes a file; fine when it is gone. */
  remove(path: string): void;
  readdir(path: string): string[];
  readFile(path: string): string;
  isDirectory(path: string): boolean | null;
  /** A file written a piece at a time (profiles.jsonl is built one record at a time, never held whole). */
  openAppend(path: string): { write(chunk: string): void; close(): void };
  /** A file read a piece at a time, at any byte offset (the spooled lines of profiles.jsonl); without it they are read back from the record files. */
  openRead?(path: string): { read(at: number, length: number): string; close(): void };
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir loops for ever where
 * the system answers ENOENT to every level (`--out /proc/x` on Linux).
 */
function makeFolders(path: string, parentMade = false): void {
  try {
    mkdirSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EEXIST: made by now (another run may have made it a moment ago), fine when it is a folder.
    if (code === 'EEXIST' && statSync(path).isDirectory()) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path || parentMade) throw error;
    makeFolders(parent);
    makeFolders(path, true);
  }
}

export const nodeFs: OutputFs = {
  mkdir: makeFolders,
  writeFile: (path, content) => writeFileSync(path, content),
  createExclusive: (path, content) => writeFileSync(path, content, { flag: 'wx' }),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  readdir: (path) => readdirSync(path),
  readFile: (path) => readFileSync(path, 'utf8'),
  isDirectory: (path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return null;
    }
  },
  openAppend: (path) => {
    const fd = openSync(path, 'w');
    return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) };
  },
  openRead: (path) => {
    const fd = openSync(path, 'r');
    return {
      read: (at, length) => {
        const buffer = Buffer.allocUnsafe(length);
        const got = readSync(fd, buffer, 0, length, at);
        return buffer.toString('utf8', 0, got);
      },
      close: () => closeSync(fd),
    };
  },
};

/** The output folder cannot be written: `path` is what failed, `reason` the system's words ("ENOSPC: no space left on device"). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path} (${reason})`);
  }
}

/** The system's reason for a failed call, without Node's repetition of the call and path. */
export function systemReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const words = (e.message ?? String(error)).replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '').replace(/, \w+$/, '');
  return e.code ? `${e.code}: ${words}` : words;
}

/** Runs one file-system step; any failure becomes an OutputError naming `path`. */
export function attempt<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(path, systemReason(error));
  }
}

/**
 * Write a whole file or nothing: to a temporary name in its folder, then
 * renamed over the target (atomic on one file system). A failure is an
 * OutputError naming the file.
 */
export function writeFileAtomic(path: string, content: string, fs: OutputFs = nodeFs, made?: Set<string>): void {
  const dir = dirname(path);
  // `made`: folders this writer made already; asking again costs a system call a file (a third of writing one).
  if (!made?.has(dir)) {
    attempt(dir, () => fs.mkdir(dir));
    made?.add(dir);
  }
  const temporary = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    attempt(path, () => fs.writeFile(temporary, content));
    attempt(path, () => fs.rename(temporary, path));
  } catch (error) {
    try {
      fs.remove(temporary);
    } catch {
      // The write failed already; that is the message. A temporary left behind is hidden and removed by the next run.
    }
    throw error;
  }
}
