#!/usr/bin/env node
/** crtx: the command line. Parses the command, runs it, maps errors to exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { EXIT, UsageError } from './exit.js';

type Command = (argv: string[]) => number | Promise<number>;

// Each command is imported only when run, so `crtx --version` loads no extraction code.
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.js')).runExtract,
  validate: async () => (await import('./validate.js')).runValidate,
  diff: async () => (await import('./diff.js')).runDiff,
  export: async () => (await import('./export.js')).runExport,
  review: async () => (await import('./review.js')).runReview,
  text: async () => (await import('./text.js')).runText,
};

const HELP = `Usage: crtx <command> [options]

Commands:
  extract [INPUT...]   profiles → JSON records (default INPUT: sources/)
  validate FILE...     check records (files, folders, - for stdin) against the published
                       JSON Schema; --evidence: every evidence range against its text
  diff OLD NEW         what changed between two years (folders, JSONL files, or years under output/)
  export [RECORDS...]  records → CSV, STIX 2.1 or FollowTheMoney (--format csv|stix|ftm)
  review INPUT...      an HTML page to check records against their highlighted texts
  text INPUT           print the text INPUT's records' offsets refer to

Options:
  -h, --help           show help (also: crtx <command> --help)
  -v, --version        show the version

Exit codes: 0 success; 1 some input or record failed; 2 bad usage or an
output folder that cannot be written; 130 interrupted (Ctrl-C); 141 the reader of
standard output closed it early (crtx ... | head).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(HELP + '\n');
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`unknown command "${command}"`);
  return (await load())(rest);
}

// A reader that stops early (`crtx extract --stdout | head`) closes the pipe: stop quietly, as a command killed by
// SIGPIPE would, instead of an unhandled EPIPE stack trace. Files written so far are whole (each is written atomically).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT.brokenPipe);
});

// Not top-level await: the bin runs this bundled as CommonJS (src/cli/launch.cts), to start from V8's code cache.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!(error instanceof UsageError) && !code.startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`crtx: ${(error as Error).message}\n(run crtx --help for usage)\n`);
    process.exitCode = EXIT.usage;
  },
);
