/**
 * The texts evidence offsets point into, for formats that quote evidence:
 * the file a record's `source.textPath` names, relative to the folder that
 * holds the texts written beside records (`--texts DIR`, by default the
 * records' output folder), or, when it names none, the input file itself
 * (`source.path`, as given when extracting).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrtxRecord } from '../record/schema.js';

export type TextOf = (record: CrtxRecord) => string | null;

export interface TextReader {
  textOf: TextOf;
  /** Files that could not be read, each once, in the order first asked for. */
  missing: string[];
}

export function textReader(textsDir: string): TextReader {
  const cache = new Map<string, string | null>();
  const missing: string[] = [];
  const textOf = (record: CrtxRecord): string | null => {
    const path = record.source.textPath ? join(textsDir, record.source.textPath) : record.source.path;
    if (!cache.has(path)) {
      let text: string | null = null;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        missing.push(path);
      }
      cache.set(path, text);
    }
    return cache.get(path)!;
  };
  return { textOf, missing };
}
