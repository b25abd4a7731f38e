/** crtx extract: inputs → validated records, as files or JSON Lines on stdout. */
import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../ingest/format.js';
import { nodeFs, OutputError, type OutputFs } from '../output/fs.js';
import { RecordWriter } from '../output/records.js';
import type { CrtxRecord } from '../record/schema.js';
import { EXIT, UsageError } from './exit.js';
import { expandInputs } from './inputs.js';
import type { InputOptions, InputSink } from './process-input.js';
import { progressDisplay } from './progress.js';
import { tuneRegexCompiler } from './regex-optimization.js';
import { runInputs } from './run-inputs.js';

export const EXTRACT_HELP = `Usage: crtx extract [options] [INPUT...]

Extract one JSON record per organization profile from each INPUT: a profile,
a whole chapter, a saved web page (.html) or the report PDF; a folder is
searched for .txt/.html/.pdf files; - reads standard input.
Default INPUT: sources/

Options:
  --out DIR              write records under DIR/YEAR/ (default: output)
  --stdout               write records to standard output instead of files;
                         nothing is written to disk unless --out is given too
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
the input file (HTML, PDF, repaired or re-encoded text), each record's
source.textPath names that text, DIR/YEAR/text-HASH.txt (named from its
content), written with the records (with --stdout only when --out is given);
crtx text INPUT prints it again at any time.
Messages go to standard error as path:line:column: severity [code] message.

Ctrl-C finishes the profile being written, rebuilds profiles.jsonl and exits
130; a second Ctrl-C stops at once (every file on disk is still whole).

Exit codes: 0 every input gave records; 1 some input failed (the others are
still written); 2 bad usage, or the output folder cannot be written;
130 interrupted.`;

function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^(?:19|20)\d\d$/.test(value)) throw new UsageError(`--year must be a four-digit year such as 2021, not "${value}"`);
  return Number(value);
}

/** Where a run's output goes; tests pass their own to capture it and to inject file-system failures. */
export interface ExtractIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fs: OutputFs;
  /** Ctrl-C: called with a handler for each SIGINT, returns a function that removes it. */
  onInterrupt: (handler: () => void) => () => void;
}

const processIo: ExtractIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  fs: nodeFs,
  // Kept until the process exits: a Ctrl-C just after the run ends must not kill it by signal half-way through exiting.
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => {};
  },
};

function outputFailure(error: OutputError): string {
  return `${error.path}: error [out-not-writable] ${error.message}; check the --out folder (exists as a folder, writable, space left)`;
}

export async function runExtract(argv: string[], io: ExtractIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
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
    io.stdout(EXTRACT_HELP + '\n');
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
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
  const year = parseYear(values.year);

  if (values.out === '') throw new UsageError('--out must name a folder, not ""');
  const toStdout = values.stdout;
  const outDir = values.out ?? 'output';
  // With --stdout nothing goes to disk unless --out says where.
  const writer = !toStdout || values.out !== undefined ? new RecordWriter(outDir, io.fs) : null;
  // The output folder is checked before any input is read: a run that cannot write stops here, once.
  try {
    writer?.check();
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(outputFailure(error) + '\n');
    return EXIT.usage;
  }
  const options: InputOptions = { format: inputFormat as InputFormat | undefined, year, verbose: values.verbose, outDir: writer ? outDir : undefined };

  const { files, problems } = expandInputs(positionals.length > 0 ? positionals : ['sources']);
  // Before any rule runs: a small run compiles its patterns without V8's optimizer (the command line's own process only).
  if (io === processIo) tuneRegexCompiler(files);
  // Inputs that failed, each counted once however many of its records did.
  const failedInputs = new Set<string>();
  for (const p of problems) {
    io.stderr(`${p.path}: ${p.severity} [${p.code}] ${p.message}\n`);
    if (p.severity === 'error') failedInputs.add(p.path);
  }

  // The progress line is drawn on the terminal only (not on an io a test passes in).
  const progress = progressDisplay(files, values.quiet! || io !== processIo, io.stderr);
  const seen = new Map<string, string>();
  let written = 0;
  const stop = new AbortController();
  let writeFailure: OutputError | null = null;
  let interrupts = 0;
  let finished = false;
  const removeInterrupt = io.onInterrupt(() => {
    if (finished) return;
    if (++interrupts === 1) {
      progress.print('crtx: interrupted; finishing the profile being written (press Ctrl-C again to stop at once)');
      stop.abort();
      return;
    }
    // Every file is written whole before control comes back here, so stopping now leaves only whole files.
    progress.end();
    io.stderr(`crtx: stopped at once; ${written} record(s) written${writer ? ` to ${outDir}/, profiles.jsonl not rebuilt (run again to rebuild it)` : ''}\n`);
    process.exit(EXIT.interrupted);
  });

  const asArray = values.format === 'json';
  const collected: CrtxRecord[] = [];
  // An output failure stops the run: no input is started after it, and what was written stays consistent.
  const guard = (write: () => void): boolean => {
    try {
      write();
      return true;
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      writeFailure = error;
      stop.abort();
      return false;
    }
  };
  const sink: InputSink = {
    message: (line) => {
      // A message that points into a text not written yet writes it: a message never names a file that is not there.
      const pending = writer?.pendingTextFile;
      if (pending && !writeFailure && line.startsWith(pending + ':')) guard(() => writer!.writePendingText());
      progress.print(line);
    },
    text: (path, text) => writer?.text(path, text),
    done: (s) => progress.inputDone(s.shown, s.records),
    record: (r, json) => {
      if (writeFailure) return;
      const other = seen.get(r.id);
      if (other !== undefined) {
        progress.print(`${r.source.path}:1:1: error [duplicate-id] record ${r.id} was already produced from ${other}; this one is not written`);
        failedInputs.add(r.source.path);
        return;
      }
      seen.set(r.id, r.source.path);
      if (!guard(() => (toStdout ? writer?.textOf(r) : writer?.record(r, json)))) return;
      if (choice) collected.push(r);
      else if (toStdout && asArray) io.stdout((written === 0 ? '[\n' : ',\n') + JSON.stringify(r, null, 2).replace(/^/gm, '  '));
      else if (toStdout) io.stdout((json ?? JSON.stringify(r)) + '\n');
      written++;
    },
  };
  const summaries = await runInputs(files, options, jobs, sink, stop.signal);
  progress.end();
  for (const s of summaries) if (s.failed) failedInputs.add(s.shown);
  const failed = failedInputs.size;
  const interrupted = stop.signal.aborted && writeFailure === null;

  // csv, stix and ftm are written at the end; records read from clean text files quote those files, others the texts under --out.
  if (choice) io.stdout(exported!.exportText(choice, collected, () => outDir, (line) => io.stderr(line + '\n')));
  else if (toStdout && asArray) io.stdout(written === 0 ? '[]\n' : '\n]\n');
  if (writer) {
    try {
      writer.finish();
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      writeFailure ??= error;
    }
  }
  // From here every file is in place: a late Ctrl-C changes nothing.
  finished = true;
  removeInterrupt();
  if (writeFailure) {
    io.stderr(outputFailure(writeFailure) + '\n');
    io.stderr(`crtx: stopped: ${written} record(s) written${writer ? ` to ${outDir}/` : ''} from ${summaries.length} of ${files.length} input(s) before the output folder failed\n`);
    return EXIT.usage;
  }
  const where = writer ? ` to ${outDir}/` : '';
  if (interrupted) {
    const rebuilt = writer && writer.yearsWritten.length > 0 ? '; profiles.jsonl rebuilt' : '';
    const partly = summaries[summaries.length - 1]?.interrupted ? ' (the last one up to its last whole profile)' : '';
    io.stderr(`crtx: interrupted: ${written} record(s) written${where} from ${summaries.length} of ${files.length} input(s)${partly}${rebuilt}\n`);
    return EXIT.interrupted;
  }
  if (!toStdout) io.stderr(`crtx: ${written} record(s) written${where} from ${files.length} input(s)${failed ? `; ${failed} input(s) failed` : ''}\n`);
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
