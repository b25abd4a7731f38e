/** crtx extract: inputs → validated records, as files or JSON Lines on stdout. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../ingest/format.js';
import { RecordWriter } from '../output/records.js';
import type { CrtxRecord } from '../record/schema.js';
import { EXIT, UsageError } from './exit.js';
import { expandInputs } from './inputs.js';
import type { InputOptions, InputSink } from './process-input.js';
import { progressDisplay } from './progress.js';
import { runInputs } from './run-inputs.js';

export const EXTRACT_HELP = `Usage: crtx extract [options] [INPUT...]

Extract one JSON record per organization profile from each INPUT: a profile,
a whole chapter, a saved web page (.html) or the report PDF; a folder is
searched for .txt/.html/.pdf files; - reads standard input.
Default INPUT: sources/

Options:
  --out DIR              write records under DIR/YEAR/ (default: output)
  --stdout               write records to standard output instead of files
  --format FORMAT        with --stdout: jsonl (default), json (one array), or an
                         export format: csv, stix or ftm (see crtx export --help;
                         also --table and --excel)
  --year YEAR            report year for a chapter whose text does not state it
  --input-format FORMAT  read every input as text, html or pdf (default: detected
                         from the file's content)
  --jobs N               read N inputs at a time on worker threads (output is
                         byte-identical to --jobs 1, the default)
  --verbose              also print info diagnostics (sentences no rule read)
  -q, --quiet            no progress line (shown on a terminal, unless CI is set)
  -h, --help             show this help

Files written: DIR/YEAR/SLUG.json for each record, DIR/YEAR/profiles.jsonl
with every record in that year's folder. With --stdout, records come in input
order, each as soon as it is made. When offsets refer to a text that is not
the input file (HTML, PDF, repaired or re-encoded text), that text is written
to DIR/YEAR/SLUG.txt (one profile) or DIR/YEAR/INPUT.txt (a chapter), also
with --stdout, and each record's source.textPath names it (relative to DIR).
Messages go to standard error as path:line:column: severity [code] message.

Exit codes: 0 every input gave records; 1 some input failed (the others are
still written); 2 bad usage.`;

function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^(?:19|20)\d\d$/.test(value)) throw new UsageError(`--year must be a four-digit year such as 2021, not "${value}"`);
  return Number(value);
}

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      stdout: { type: 'boolean', default: false },
      format: { type: 'string', default: 'jsonl' },
      table: { type: 'string' },
      excel: { type: 'boolean', default: false },
      year: { type: 'string' },
      'input-format': { type: 'string' },
      jobs: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP + '\n');
    return EXIT.ok;
  }
  if (!['jsonl', 'json', 'csv', 'stix', 'ftm'].includes(values.format!)) throw new UsageError(`--format must be jsonl, json, csv, stix or ftm, not "${values.format}"`);
  const native = values.format === 'jsonl' || values.format === 'json';
  // csv, stix and ftm need every record first (ids shared across years), so they are written at the end.
  const exported = native ? null : (await import('./export.js'));
  const choice = exported?.exportChoice(values) ?? null;
  if (choice && !values.stdout) throw new UsageError(`--format ${values.format} goes with --stdout (or use crtx export on the records written)`);
  if (native && (values.table !== undefined || values.excel)) throw new UsageError('--table and --excel go with --format csv');
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !(INPUT_FORMATS as readonly string[]).includes(inputFormat)) {
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}, not "${inputFormat}"`);
  }
  const options: InputOptions = { format: inputFormat as InputFormat | undefined, year: parseYear(values.year), verbose: values.verbose, outDir: values.out! };

  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);

  const { files, problems } = expandInputs(positionals.length > 0 ? positionals : ['sources']);
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`${p.path}: error [no-input] ${p.message}\n`);

  const writer = new RecordWriter(values.out!);
  const seen = new Map<string, string>();
  let written = 0;
  const toStdout = values.stdout;
  const asArray = values.format === 'json';
  const collected: CrtxRecord[] = [];
  const progress = progressDisplay(files, values.quiet!);
  const sink: InputSink = {
    message: (line) => progress.print(line),
    text: (path, text) => writer.text(path, text),
    done: (s) => progress.inputDone(s.shown, s.records),
    record: (r, json) => {
      const other = seen.get(r.id);
      if (other !== undefined) {
        progress.print(`${r.source.path}:1:1: error [duplicate-id] record ${r.id} was already produced from ${other}; this one is not written`);
        failed++;
        return;
      }
      seen.set(r.id, r.source.path);
      if (!toStdout) writer.record(r, json);
      else if (choice) collected.push(r);
      else if (asArray) process.stdout.write((written === 0 ? '[\n' : ',\n') + JSON.stringify(r, null, 2).replace(/^/gm, '  '));
      else process.stdout.write((json ?? JSON.stringify(r)) + '\n');
      written++;
    },
  };
  const summaries = await runInputs(files, options, jobs, sink);
  progress.end();
  failed += summaries.filter((s) => s.failed).length;

  if (choice) {
    // Texts are written under --out as records are made; records read from clean text files quote those files.
    process.stdout.write(exported!.exportText(choice, collected, () => values.out!, (line) => process.stderr.write(line + '\n')));
  } else if (toStdout) {
    if (asArray) process.stdout.write(written === 0 ? '[]\n' : '\n]\n');
  } else {
    writer.finish();
    process.stderr.write(`crtx: ${written} record(s) written to ${values.out}/ from ${files.length} input(s)${failed ? `; ${failed} input(s) failed` : ''}\n`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
