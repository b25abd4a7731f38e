/** crtx review INPUT...: one HTML page to check records against their texts. */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../ingest/format.js';
import { loadReviewInputs, ReviewInputError } from '../review/load.js';
import { buildReviewPage } from '../review/page.js';
import { EXIT, UsageError } from './exit.js';

export const REVIEW_HELP = `Usage: crtx review [options] INPUT...

Write one HTML page for checking records against their texts: each
organization's text with every fact's evidence highlighted by field, beside
the record as a list of facts; sentences with a number or date that no rule
read, and diagnostics, marked in the text; an index with a filter; all
incidents in a sortable table and a chart per year; and, for several years,
what changed between each pair of consecutive years.

INPUT is anything crtx extract reads (a profile, a chapter, a saved web page,
the report PDF, a folder of them; extracted in memory, nothing is written but
the page), or records: a year under the output folder (crtx review 2020
2021), a folder of records, a .json or .jsonl file. The text of a record is
found at source.textPath beside the records or at source.path.

The page is one self-contained file: it loads nothing (its
Content-Security-Policy allows only its own script and style), and works
opened from disk. Keys: j/k next/previous fact, n next unconsumed sentence,
/ the filter box.

Options:
  --html FILE            where to write the page (default: crtx-review.html)
  --out DIR              where years are looked up (default: output)
  --year YEAR            report year for a chapter whose text does not state it
  --input-format FORMAT  read every input as text, html or pdf
  -h, --help             show this help

Exit codes: 0 the page shows every input; 1 some input or text failed (the
page shows the rest; nothing is written when there is no record at all); 2 bad
usage.`;

export async function runReview(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      html: { type: 'string', default: 'crtx-review.html' },
      out: { type: 'string', default: 'output' },
      year: { type: 'string' },
      'input-format': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(REVIEW_HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('review needs at least one INPUT (a year under output/, records, or texts to extract)');
  if (values.year !== undefined && !/^(?:19|20)\d\d$/.test(values.year)) throw new UsageError(`--year must be a four-digit year such as 2021, not "${values.year}"`);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !(INPUT_FORMATS as readonly string[]).includes(inputFormat)) {
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}, not "${inputFormat}"`);
  }
  let loaded;
  try {
    loaded = await loadReviewInputs(positionals, { outDir: values.out!, format: inputFormat as InputFormat | undefined, year: values.year === undefined ? null : Number(values.year) });
  } catch (error) {
    if (error instanceof ReviewInputError) throw new UsageError(error.message);
    throw error;
  }
  for (const m of loaded.messages) process.stderr.write(m + '\n');
  if (loaded.items.length === 0) {
    process.stderr.write(`crtx: no records to review; ${values.html} not written\n`);
    return EXIT.someFailed;
  }
  const page = buildReviewPage(loaded.items);
  // Written whole or not at all: a reader never opens half a page.
  const partial = `${values.html}.partial`;
  try {
    mkdirSync(dirname(resolve(values.html!)), { recursive: true });
    writeFileSync(partial, page.html);
    renameSync(partial, values.html!);
  } catch (error) {
    if (existsSync(partial)) rmSync(partial);
    process.stderr.write(`${values.html}: error [unwritable] cannot write the page (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path and permissions\n`);
    return EXIT.someFailed;
  }
  process.stderr.write(`crtx: wrote ${values.html}: ${page.organizations} organization(s), ${page.facts} fact(s)\n`);
  return loaded.failed ? EXIT.someFailed : EXIT.ok;
}
