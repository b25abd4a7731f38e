/**
 * Fault injection for the output folder: a file system that behaves like the
 * real one until a chosen step, then fails the way the system would (an
 * errno error) or stops dead, as a killed process does (no further call
 * reaches the disk). No permissions involved: CI runs as root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runExtract } from '../../src/cli/extract.js';
import { nodeFs, type OutputFs } from '../../src/output/fs.js';
import type { CrtxRecord } from '../../src/record/schema.js';
import { recordProblems } from '../../src/record/validate.js';

/** An error as Node's fs raises it. */
export function systemError(code: string, words: string, call: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${words}, ${call} '${path}'`), { code, syscall: call, path });
}

export interface Step {
  /** 0-based number of the call among all calls that change the disk. */
  index: number;
  call: 'mkdir' | 'writeFile' | 'createExclusive' | 'rename' | 'remove' | 'openAppend' | 'write' | 'close';
  path: string;
}

/**
 * The real file system, with `fault` asked before every call that changes the
 * disk: it may throw (that call fails), return 'kill' (this call and every
 * later one do nothing and throw, as if the process had died), or do nothing.
 */
export function faultyFs(fault: (step: Step) => 'kill' | void): OutputFs & { steps: Step[]; killed: boolean } {
  const steps: Step[] = [];
  const state = { killed: false };
  const step = (call: Step['call'], path: string) => {
    if (state.killed) throw new Error('killed');
    const s = { index: steps.length, call, path };
    steps.push(s);
    if (fault(s) === 'kill') {
      state.killed = true;
      throw new Error('killed');
    }
  };
  const fs: OutputFs & { steps: Step[]; killed: boolean } = {
    steps,
    get killed() {
      return state.killed;
    },
    mkdir: (path) => (step('mkdir', path), nodeFs.mkdir(path)),
    writeFile: (path, content) => {
      const alive = !state.killed;
      try {
        step('writeFile', path);
      } catch (error) {
        // A write that fails or is killed half-way: half of it reached the disk, as with a full disk or a kill.
        if (alive) nodeFs.writeFile(path, content.slice(0, Math.floor(content.length / 2)));
        throw error;
      }
      nodeFs.writeFile(path, content);
    },
    createExclusive: (path, content) => (step('createExclusive', path), nodeFs.createExclusive(path, content)),
    rename: (from, to) => (step('rename', to), nodeFs.rename(from, to)),
    remove: (path) => (step('remove', path), nodeFs.remove(path)),
    readdir: (path) => nodeFs.readdir(path),
    readFile: (path) => nodeFs.readFile(path),
    isDirectory: (path) => nodeFs.isDirectory(path),
    openAppend: (path) => {
      step('openAppend', path);
      const file = nodeFs.openAppend(path);
      return { write: (chunk) => (step('write', path), file.write(chunk)), close: () => (step('close', path), file.close()) };
    },
  };
  return fs;
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** crtx extract in this process, with the given file system; Ctrl-C is `interrupt()`, called from `fault` hooks if wanted. */
export async function extractWith(argv: string[], fs: OutputFs, hooks: { interrupt?: (press: () => void) => void } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runExtract(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    fs,
    onInterrupt: (handler) => {
      hooks.interrupt?.(handler);
      return () => {};
    },
  });
  return { status, stdout, stderr };
}

/** Every file under `dir`, relative, sorted (hidden ones included). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/**
 * What must hold in an output folder whatever happened: every visible file is
 * whole (records parse and validate, texts match the hash in their name),
 * and a profiles.jsonl lists valid records only. Returns the problems found.
 */
export function folderProblems(dir: string, expected?: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(dir)) {
    const base = file.split('/').pop()!;
    if (base.startsWith('.')) continue;
    const content = readFileSync(join(dir, file), 'utf8');
    if (base === 'profiles.jsonl') {
      for (const line of content.split('\n').filter(Boolean)) {
        try {
          if (recordProblems(JSON.parse(line)).length > 0) problems.push(`${file}: an invalid record line`);
        } catch {
          problems.push(`${file}: a line that is not JSON (half-written?)`);
        }
      }
    } else if (base.endsWith('.json')) {
      try {
        const r = JSON.parse(content) as CrtxRecord;
        if (recordProblems(r).length > 0) problems.push(`${file}: not a valid record`);
        if (expected && expected.get(file) !== content) problems.push(`${file}: not the record a clean run writes`);
      } catch {
        problems.push(`${file}: not JSON (half-written?)`);
      }
    } else if (base.endsWith('.txt') && expected && expected.get(file) !== content) problems.push(`${file}: not the text a clean run writes`);
  }
  return problems;
}

/** profiles.jsonl of a year folder, and what it must be: the folder's records, sorted by id. */
export function indexAndRecords(yearDir: string): { index: string[]; records: string[] } {
  const index = readFileSync(join(yearDir, 'profiles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const records = readdirSync(yearDir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .map((f) => JSON.parse(readFileSync(join(yearDir, f), 'utf8')) as CrtxRecord)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => JSON.stringify(r));
  return { index, records };
}
