/** crtx validate: check record files (JSON, a JSON array, or JSON Lines) against the published schema. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { recordProblems } from '../record/validate.js';
import { EXIT, UsageError } from './exit.js';

export const VALIDATE_HELP = `Usage: crtx validate FILE...

Check records against schemas/record.schema.json. FILE is a record (.json),
a JSON array of records, or JSON Lines (.jsonl, one record per line).

Exit codes: 0 every record is valid; 1 some record or file is not; 2 bad usage.`;

export function runValidate(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
  let bad = 0;
  let good = 0;
  for (const path of positionals) {
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch {
      process.stderr.write(`${path}: error [unreadable] cannot read the file; check the path\n`);
      bad++;
      continue;
    }
    const items: Array<{ line: number; text: string }> = path.endsWith('.jsonl')
      ? content.split('\n').map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '')
      : [{ line: 1, text: content }];
    for (const item of items) {
      let value: unknown;
      try {
        value = JSON.parse(item.text);
      } catch (error) {
        process.stderr.write(`${path}:${item.line}:1: error [invalid-json] ${(error as Error).message}\n`);
        bad++;
        continue;
      }
      for (const [i, record] of (Array.isArray(value) ? value : [value]).entries()) {
        const problems = recordProblems(record);
        if (problems.length === 0) good++;
        else {
          bad++;
          const where = Array.isArray(value) ? ` (item ${i})` : '';
          process.stderr.write(`${path}:${item.line}:1: error [invalid-record]${where} ${problems.join('; ')}\n`);
        }
      }
    }
  }
  process.stderr.write(`crtx: ${good} valid record(s), ${bad} problem(s)\n`);
  return bad > 0 ? EXIT.someFailed : EXIT.ok;
}
