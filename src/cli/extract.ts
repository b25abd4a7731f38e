/** crtx extract: inputs → validated records, as files or JSON Lines on stdout. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../diagnostics.js';
import { DecodeError } from '../ingest/decode.js';
import { documentFromBytes } from '../ingest/document.js';
import { writeRecords, toJsonLines } from '../output/records.js';
import { extractDocument } from '../pipeline.js';
import type { CrtxRecord } from '../record/schema.js';
import { expandInputs } from './inputs.js';
import { formatDiagnostic } from './report.js';
import { EXIT, UsageError } from './exit.js';

export const EXTRACT_HELP = `Usage: crtx extract [options] [INPUT...]

Extract one JSON record per organization profile from each INPUT (a file, a
folder searched for .txt/.html/.pdf files, or - for standard input).
Default INPUT: sources/

Options:
  --out DIR         write records under DIR/YEAR/ (default: output)
  --stdout          write records to standard output instead of files
  --format FORMAT   with --stdout: jsonl (default) or json (one array)
  --verbose         also print info diagnostics (sentences no rule read)
  -h, --help        show this help

Files written: DIR/YEAR/SLUG.json for each record, DIR/YEAR/profiles.jsonl
with the run's records of that year. Messages go to standard error as
path:line:column: severity [code] message.

Exit codes: 0 every input gave records; 1 some input failed (the others are
still written); 2 bad usage.`;

export function runExtract(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      stdout: { type: 'boolean', default: false },
      format: { type: 'string', default: 'jsonl' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP + '\n');
    return EXIT.ok;
  }
  if (values.format !== 'jsonl' && values.format !== 'json') throw new UsageError(`--format must be jsonl or json, not "${values.format}"`);
  const { files, problems } = expandInputs(positionals.length > 0 ? positionals : ['sources']);
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`${p.path}: error [no-input] ${p.message}\n`);

  const records: CrtxRecord[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const shown = path === '-' ? '<stdin>' : path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path === '-' ? 0 : path);
    } catch (error) {
      process.stderr.write(`${shown}: error [unreadable] cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions\n`);
      failed++;
      continue;
    }
    let doc;
    try {
      doc = documentFromBytes(shown, bytes);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      process.stderr.write(`${shown}: error [not-text] ${error.message}\n`);
      failed++;
      continue;
    }
    const result = extractDocument(doc);
    const report = (d: Diagnostic) => {
      if (d.severity === 'info' && !values.verbose) return;
      process.stderr.write(formatDiagnostic(shown, doc.text, d) + '\n');
    };
    result.diagnostics.forEach(report);
    for (const r of result.records) r.diagnostics.filter((d) => !doc.diagnostics.includes(d)).forEach(report);
    if (result.records.length === 0) failed++;
    for (const r of result.records) {
      const other = seen.get(r.id);
      if (other) {
        process.stderr.write(`${shown}:1:1: error [duplicate-id] record ${r.id} was already produced from ${other}; this one is not written\n`);
        failed++;
        continue;
      }
      seen.set(r.id, shown);
      records.push(r);
    }
  }

  if (values.stdout) {
    process.stdout.write(values.format === 'json' ? JSON.stringify(records, null, 2) + '\n' : toJsonLines(records));
  } else {
    writeRecords(values.out!, records, new Map());
    process.stderr.write(`crtx: ${records.length} record(s) written to ${values.out}/ from ${files.length} input(s)${failed ? `; ${failed} input(s) failed` : ''}\n`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
