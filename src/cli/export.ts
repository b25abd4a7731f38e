/** crtx export: records → CSV, a STIX 2.1 bundle, or FollowTheMoney entities. */
import { basename, dirname } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSide, SideError } from '../diff/load.js';
import { CSV_TABLES, type CsvTable } from '../export/csv.js';
import { EXPORT_FORMATS, exportRecords, type ExportFormat } from '../export/index.js';
import { textReader, type TextReader } from '../export/texts.js';
import { OutputError, writeFileAtomic } from '../output/fs.js';
import type { CrtxRecord } from '../record/schema.js';
import { EXIT, UsageError } from './exit.js';
import { readStdin } from './stdin.js';

export const EXPORT_HELP = `Usage: crtx export --format FORMAT [options] [RECORDS...]

Write records in a format other systems read. RECORDS are output folders
(records are searched below them), JSON Lines files, .json records or
arrays, years under the output folder (crtx export 2020 2021 --format stix),
or - for standard input (crtx extract --stdout | crtx export - --format stix).
Default: every record under the output folder.

Formats:
  csv     one row per fact of one table (--table); RFC 4180, CRLF line ends
  stix    one STIX 2.1 bundle (threat actors, locations, incidents, reports)
  ftm     FollowTheMoney entities as JSON Lines (Organization, Sanction,
          Person, Membership, Event)

Organizations matched across the exported years (as crtx diff matches them,
so a renamed group stays one) share one id.

Options:
  --format FORMAT   csv, stix or ftm (required)
  --table TABLE     with csv: organizations (default), incidents, aliases,
                    leaders, areas or funding
  --excel           with csv: a byte-order mark, and cells starting with
                    = + - @ escaped with ' so a spreadsheet shows them as text
  --output FILE     write to FILE (default: standard output)
  --texts DIR       the folder holding the texts written beside records, for
                    quoting evidence (default: the records' output folder;
                    for -, the current folder)
  --out DIR         where years are looked up (default: output)
  -h, --help        show this help

Exit codes: 0 exported; 1 some input record was invalid and left out, or no
record was found; 2 bad usage.`;

export interface ExportChoice {
  format: ExportFormat;
  table: CsvTable;
  excel: boolean;
}

/** --format, --table and --excel, checked (extract --stdout shares them). */
export function exportChoice(values: { format?: string; table?: string; excel?: boolean }): ExportChoice {
  const format = values.format;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format ?? '')) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format ?? ''}"`);
  if (format !== 'csv' && (values.table !== undefined || values.excel)) throw new UsageError('--table and --excel go with --format csv');
  const table = values.table ?? 'organizations';
  if (!(CSV_TABLES as readonly string[]).includes(table)) throw new UsageError(`--table must be one of ${CSV_TABLES.join(', ')}, not "${table}"`);
  return { format: format as ExportFormat, table: table as CsvTable, excel: values.excel === true };
}

/**
 * The records in the chosen format, evidence quoted from the texts found by
 * `textsDirOf`; a text that cannot be read is said once, and its cells stay empty.
 */
export function exportText(choice: ExportChoice, records: readonly CrtxRecord[], textsDirOf: (record: CrtxRecord) => string, warn: (line: string) => void): string {
  const readers = new Map<string, TextReader>();
  const warned = new Set<string>();
  const reader = (dir: string) => readers.get(dir) ?? readers.set(dir, textReader(dir)).get(dir)!;
  const text = exportRecords(choice.format, records, {
    table: choice.table,
    excel: choice.excel,
    textOf: (record) => {
      const found = reader(textsDirOf(record)).textOf(record);
      const path = record.source.textPath ?? record.source.path;
      if (found === null && !warned.has(path) && warned.add(path)) warn(`${record.id}: warning [no-text] cannot read the text ${path} that its evidence points into; evidence_text left empty (pass --texts DIR, the folder the texts were written to)`);
      return found;
    },
  });
  return text;
}

const isYear = (name: string) => /^(?:19|20)\d\d$/.test(name);

/** The output folder an argument's records were written to: texts they name are relative to it. */
function outputFolderOf(arg: string, outDir: string): string {
  if (arg === '-') return '.';
  if (!existsSync(arg) && isYear(arg)) return outDir;
  const dir = statSync(arg).isDirectory() ? arg : dirname(arg);
  return isYear(basename(dir)) ? dirname(dir) : dir;
}

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      table: { type: 'string' },
      excel: { type: 'boolean', default: false },
      output: { type: 'string' },
      texts: { type: 'string' },
      out: { type: 'string', default: 'output' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXPORT_HELP + '\n');
    return EXIT.ok;
  }
  const choice = exportChoice(values);
  const args = positionals.length > 0 ? positionals : [values.out!];
  const records: CrtxRecord[] = [];
  const textsDir = new Map<string, string>();
  let failed = false;
  const stdin = args.includes('-') ? (await readStdin()).toString('utf8') : undefined;
  for (const arg of args) {
    let side;
    try {
      side = loadSide(arg, values.out!, stdin);
    } catch (error) {
      if (error instanceof SideError) throw new UsageError(error.message);
      throw error;
    }
    for (const p of side.problems) process.stderr.write(p.replace('left out of the diff', 'left out of the export') + '\n');
    failed ||= side.problems.some((p) => p.includes(': error ['));
    const folder = values.texts ?? outputFolderOf(arg, values.out!);
    for (const record of side.records) {
      if (textsDir.has(record.id)) {
        process.stderr.write(`${arg}: warning [duplicate-id] record ${record.id} appears twice; the first is used\n`);
        continue;
      }
      textsDir.set(record.id, folder);
      records.push(record);
    }
  }
  if (records.length === 0) {
    process.stderr.write(`crtx: error [no-records] no records found in ${args.join(', ')}; run crtx extract first, or name a folder or JSONL file of records\n`);
    return EXIT.someFailed;
  }
  const text = exportText(choice, records, (r) => textsDir.get(r.id)!, (line) => process.stderr.write(line + '\n'));
  if (values.output === undefined) process.stdout.write(text);
  else {
    try {
      writeFileAtomic(values.output, text);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(`${error.path}: error [out-not-writable] ${error.message}; check the --output path (a writable folder, space left)\n`);
      return EXIT.usage;
    }
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}
