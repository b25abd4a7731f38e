/** crtx diff OLD NEW: what changed between two report years. */
import { parseArgs, styleText } from 'node:util';
import { diffRecords } from '../diff/index.js';
import { loadSide, SideError } from '../diff/load.js';
import { toMarkdown, toTerminal, type Tone } from '../diff/render.js';
import { recordProblems } from '../record/validate.js';
import { EXIT, UsageError } from './exit.js';
import { readStdin } from './stdin.js';

export const DIFF_HELP = `Usage: crtx diff [options] OLD NEW

Compare two sets of records, usually two report years. OLD and NEW are each an
output folder (records are searched below it), a JSON Lines file, a .json
record or array, a year under the output folder (crtx diff 2020 2021), or -
for standard input (one side only).

Organizations are matched across years even when renamed or re-spelled; each
match says why (same slug, same spelling, name listed as an alias, shared
aliases, same acronym). Then, per organization, only what changed: aliases,
designation, leaders, strength, areas, funding, new and revised events.

Options:
  --format FORMAT   text (default; colors on a terminal), json (validated
                    against schemas/diff.schema.json), or md
  --out DIR         where years are looked up (default: output)
  -h, --help        show this help

Exit codes: 0 the diff ran (whatever it found); 1 some input record was
invalid and left out; 2 bad usage.`;

const STYLE: Record<Tone, Parameters<typeof styleText>[0] | null> = { added: 'green', removed: 'red', changed: 'yellow', absent: 'cyan', plain: null, dim: 'dim', heading: 'bold' };

export async function runDiff(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      out: { type: 'string', default: 'output' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(DIFF_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError(`diff needs exactly two inputs, OLD and NEW (got ${positionals.length})`);
  if (!['text', 'json', 'md'].includes(values.format!)) throw new UsageError(`--format must be text, json or md, not "${values.format}"`);
  if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one side of a diff can be - (standard input)');
  const stdin = positionals.includes('-') ? (await readStdin()).toString('utf8') : undefined;
  let sides;
  try {
    sides = positionals.map((p) => loadSide(p, values.out!, stdin));
  } catch (error) {
    if (error instanceof SideError) throw new UsageError(error.message);
    throw error;
  }
  const [old, now] = sides as [ReturnType<typeof loadSide>, ReturnType<typeof loadSide>];
  for (const p of [...old.problems, ...now.problems]) process.stderr.write(p + '\n');
  const report = diffRecords(old, now);
  if (values.format === 'json') {
    const problems = recordProblems(report, 'diff');
    if (problems.length > 0) throw new Error(`internal error: the diff report does not validate against schemas/diff.schema.json: ${problems.join('; ')}`);
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else if (values.format === 'md') {
    process.stdout.write(toMarkdown(report));
  } else {
    const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(toTerminal(report, (tone, text) => (useColor && STYLE[tone] ? styleText(STYLE[tone]!, text) : text)));
  }
  const bad = [...old.problems, ...now.problems].some((p) => p.includes(': error ['));
  return bad ? EXIT.someFailed : EXIT.ok;
}
