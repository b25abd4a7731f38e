/**
 * One side of a diff: an output folder (records *.json, searched below it),
 * a JSON Lines file, a record or array of records in a .json file, or a year
 * under the output folder ("2021" → output/2021). Every record is checked
 * against the published schema; a bad one is reported and left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';
import { recordProblems } from '../record/validate.js';

export class SideError extends Error {}

export interface Side {
  source: string;
  records: CrtxRecord[];
  problems: string[];
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonFiles(path));
    else if (e.name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** `stdin`: the text of standard input, when `arg` is "-" (JSON Lines, or one JSON record or array). */
export function loadSide(arg: string, outDir: string, stdin?: string): Side {
  let path = arg;
  if (arg !== '-' && !existsSync(path) && /^(?:19|20)\d\d$/.test(arg)) path = join(outDir, arg);
  if (arg !== '-' && !existsSync(path)) throw new SideError(`"${arg}" is neither a file, a folder, nor a year with records under ${outDir}/`);
  const items: Array<{ where: string; value: unknown }> = [];
  const problems: string[] = [];
  const parse = (file: string, text: string, line: number) => {
    try {
      const value: unknown = JSON.parse(text);
      for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) items.push({ where: `${file}:${line}:1${Array.isArray(value) ? ` (item ${i})` : ''}`, value: v });
    } catch (error) {
      problems.push(`${file}:${line}:1: error [invalid-json] ${(error as Error).message}`);
    }
  };
  if (arg === '-') {
    if (stdin === undefined) throw new SideError('"-" (standard input) was not read');
    const text = stdin;
    // One JSON value (a record, or an array as `extract --format json` writes it), else JSON Lines.
    let whole = true;
    try {
      JSON.parse(text);
    } catch {
      whole = false;
    }
    if (whole) parse('<stdin>', text, 1);
    else text.split('\n').forEach((line, i) => line.trim() && parse('<stdin>', line, i + 1));
    return checked(arg, items, problems);
  }
  const files = statSync(path).isDirectory() ? jsonFiles(path) : [path];
  if (statSync(path).isDirectory() && files.length === 0 && existsSync(join(path, 'profiles.jsonl'))) files.push(join(path, 'profiles.jsonl'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.jsonl')) text.split('\n').forEach((line, i) => line.trim() && parse(file, line, i + 1));
    else parse(file, text, 1);
  }
  return checked(arg, items, problems);
}

/** The items that are crtx records, each id once; the others reported. */
function checked(arg: string, items: ReadonlyArray<{ where: string; value: unknown }>, problems: string[]): Side {
  const records: CrtxRecord[] = [];
  const seen = new Set<string>();
  for (const { where, value } of items) {
    const bad = recordProblems(value);
    if (bad.length > 0) problems.push(`${where}: error [invalid-record] not a crtx record (${bad.slice(0, 3).join('; ')}); left out of the diff`);
    else if (seen.has((value as CrtxRecord).id)) problems.push(`${where}: warning [duplicate-id] record ${(value as CrtxRecord).id} appears twice; the first is used`);
    else {
      seen.add((value as CrtxRecord).id);
      records.push(value as CrtxRecord);
    }
  }
  return { source: arg === '-' ? '<stdin>' : arg, records, problems };
}
