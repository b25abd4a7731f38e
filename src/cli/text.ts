/** crtx text: prints the text that records' offsets refer to, read exactly as extract reads it. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DecodeError, ReadError } from '../ingest/document.js';
import { INPUT_FORMATS, type InputFormat } from '../ingest/format.js';
import { documentPieces } from '../ingest/large-text.js';
import { EXIT, UsageError } from './exit.js';
import { readStdin } from './stdin.js';

export const TEXT_HELP = `Usage: crtx text [options] INPUT

Print the text that the offsets of INPUT's records refer to: for a saved web
page, the report PDF, or text that was decoded or repaired, the text crtx
read (what source.textPath names); for clean UTF-8 text, the file itself.
Same reader as crtx extract; the same input always prints the same text.
- reads standard input.

Options:
  --input-format FORMAT  read the input as text, html or pdf (default: detected)
  --year YEAR            accepted as in extract (the text does not depend on it)
  -h, --help             show this help

Exit codes: 0 printed; 1 the input cannot be read; 2 bad usage.`;

export async function runText(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'input-format': { type: 'string' }, year: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(TEXT_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('text needs exactly one INPUT');
  const format = values['input-format'];
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}, not "${format}"`);
  const path = positionals[0]!;
  const shown = path === '-' ? '<stdin>' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : readFileSync(path);
  } catch (error) {
    process.stderr.write(`${shown}: error [unreadable] cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path\n`);
    return EXIT.someFailed;
  }
  try {
    // Written a piece at a time, as extract reads it: a large text is never held twice.
    for await (const { doc } of documentPieces(shown, bytes, { format: format as InputFormat | undefined, year: values.year ? Number(values.year) : null })) process.stdout.write(doc.text);
  } catch (error) {
    if (error instanceof DecodeError) process.stderr.write(`${shown}: error [not-text] ${error.message}\n`);
    else if (error instanceof ReadError) process.stderr.write(`${shown}: error [not-readable] ${error.message}\n`);
    else throw error;
    return EXIT.someFailed;
  }
  return EXIT.ok;
}
