/**
 * crtx validate: check record files (JSON, a JSON array, or JSON Lines)
 * against the published schema and, with --evidence, check that every
 * evidence range quotes, from the text the record names, what its fact claims.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentPieces } from '../ingest/large-text.js';
import { evidenceProblems } from '../record/evidence.js';
import type { CrtxRecord } from '../record/schema.js';
import { recordProblems } from '../record/validate.js';
import { EXIT, UsageError } from './exit.js';
import { readStdin } from './stdin.js';
import { expandInputs } from './inputs.js';

export const VALIDATE_HELP = `Usage: crtx validate [options] FILE...

Check records against schemas/record.schema.json. FILE is a record (.json),
a JSON array of records, or JSON Lines (.jsonl, one record per line); a
folder is searched for .json and .jsonl files (a profiles.jsonl beside .json
records is skipped: it lists the same records); - reads standard input.

Options:
  --evidence   also check every evidence range: it must quote, from the text
               the record names, what its fact claims (values, names, count
               texts, places, dates). The text is source.textPath under the
               output folder when set (read again from the unchanged input,
               as crtx text does, when it is not there), else the input file
               source.path (as given when extracting: run from that folder).
  --out DIR    the output folder that source.textPath is relative to
               (default: the folder above each record file's YEAR folder,
               or the current folder for standard input)
  -h, --help   show this help

Exit codes: 0 every record is valid; 1 some record or file is not; 2 bad usage.`;

const RECORD_FILES = new Set(['.json', '.jsonl']);

interface Source {
  shown: string;
  content: string;
  /** The output folder source.textPath is relative to. */
  outDir: string;
}

export async function runValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { evidence: { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE (a record file, a folder, or - for standard input)');
  let bad = 0;
  let good = 0;
  const report = (line: string) => {
    process.stderr.write(line + '\n');
    bad++;
  };

  const found = expandInputs(positionals, RECORD_FILES);
  // In a folder of record files, profiles.jsonl lists the same records again: checked when named, not when found beside them.
  const files = found.files.filter((f) => positionals.includes(f) || basename(f) !== 'profiles.jsonl' || !found.files.some((g) => dirname(g) === dirname(f) && g.endsWith('.json')));
  const problems = found.problems;
  for (const p of problems) {
    process.stderr.write(`${p.path}: ${p.severity} [${p.code}] ${p.message}\n`);
    if (p.severity === 'error') bad++;
  }
  // Each file read and hashed once, however many records name it (a chapter's thousands).
  const texts = new Map<string, { text: string; sha256: string } | null>();
  const fileAt = (path: string) => {
    if (!texts.has(path)) {
      try {
        const bytes = readFileSync(path);
        texts.set(path, { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') });
      } catch {
        texts.set(path, null);
      }
    }
    return texts.get(path)!;
  };
  // The text a record's offsets refer to, or why it cannot be had.
  // A text not on disk (records from --stdout) is read again from the input, as crtx text does, when the input is unchanged.
  const reread = new Map<string, string>();
  const readAgain = async (r: CrtxRecord, bytes: Buffer): Promise<string> => {
    const key = `${r.source.sha256}:${r.source.format}`;
    if (!reread.has(key)) {
      let text = '';
      for await (const { doc } of documentPieces(r.source.path, bytes, { format: r.source.format })) text += doc.text;
      reread.set(key, text);
    }
    return reread.get(key)!;
  };
  const textOf = async (r: CrtxRecord, outDir: string): Promise<{ text: string } | { problem: string }> => {
    const textFile = r.source.textPath === null ? null : resolve(outDir, r.source.textPath);
    const onDisk = textFile === null ? null : fileAt(textFile);
    if (onDisk) return { text: onDisk.text };
    const input = fileAt(r.source.path);
    if (input === null) {
      if (textFile) return { problem: `neither its text ${textFile} (source.textPath; pass --out with the folder the records were written to) nor its input ${r.source.path} can be read` };
      return { problem: `its input ${r.source.path} (source.path) cannot be read; run from the folder it was extracted from` };
    }
    if (input.sha256 !== r.source.sha256) return { problem: `its input ${r.source.path} has changed since the record was made (sha256 differs)` };
    if (textFile === null) return { text: input.text };
    try {
      return { text: await readAgain(r, readFileSync(r.source.path)) };
    } catch (error) {
      return { problem: `its text ${textFile} is missing and reading ${r.source.path} again failed (${(error as Error).message})` };
    }
  };

  const sources = async function* (): AsyncGenerator<Source | null> {
    for (const path of files) {
      try {
        const content = path === '-' ? (await readStdin()).toString('utf8') : readFileSync(path, 'utf8');
        yield { shown: path === '-' ? '<stdin>' : path, content, outDir: values.out ?? (path === '-' ? '.' : dirname(dirname(path))) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        report(`${path}: error [unreadable] cannot read the file (${code}); check the path`);
        yield null;
      }
    }
  };
  for await (const source of sources()) {
    if (!source) continue;
    const { shown, content } = source;
    // JSON Lines when the first non-blank line is a whole JSON value and more lines follow; else one JSON value.
    const lines = content.split('\n').map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '');
    const isLines = shown.endsWith('.jsonl') || (lines.length > 1 && (() => {
      try {
        JSON.parse(lines[0]!.text);
        return true;
      } catch {
        return false;
      }
    })());
    const items = isLines ? lines : [{ line: 1, text: content }];
    for (const item of items) {
      let value: unknown;
      try {
        value = JSON.parse(item.text);
      } catch (error) {
        report(`${shown}:${item.line}:1: error [invalid-json] ${(error as Error).message}`);
        continue;
      }
      for (const [i, record] of (Array.isArray(value) ? value : [value]).entries()) {
        const where = `${shown}:${item.line}:1`;
        const which = Array.isArray(value) ? ` (item ${i})` : '';
        const problems = recordProblems(record);
        if (problems.length > 0) {
          report(`${where}: error [invalid-record]${which} ${problems.join('; ')}`);
          continue;
        }
        if (values.evidence) {
          const r = record as CrtxRecord;
          const text = await textOf(r, source.outDir);
          if ('problem' in text) {
            report(`${where}: error [no-text]${which} ${r.id}: cannot check evidence: ${text.problem}`);
            continue;
          }
          const wrong = evidenceProblems(r, text.text);
          if (wrong.length > 0) {
            report(`${where}: error [wrong-evidence]${which} ${r.id}: ${wrong.length} evidence range(s) do not quote what they claim: ${wrong.slice(0, 3).map((w) => `${w.where} ${w.message}`).join('; ')}${wrong.length > 3 ? '; …' : ''}`);
            continue;
          }
        }
        good++;
      }
    }
  }
  process.stderr.write(`crtx: ${good} valid record(s)${values.evidence ? ', evidence checked' : ''}, ${bad} problem(s)\n`);
  return bad > 0 ? EXIT.someFailed : EXIT.ok;
}
