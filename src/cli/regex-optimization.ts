/**
 * How much work V8 puts into each regular expression's machine code, chosen
 * per run from the size of its inputs.
 *
 * The rules hold some 500 patterns, a few of them over 10,000 characters
 * (alternations built from the word lists). V8 compiles a pattern on its
 * first use (the bin skips the bytecode tier: src/cli/launch.cts), and by
 * default optimizes that code, which for these patterns costs more than
 * running them on a few profiles: one profile cold took 270 ms of CPU with
 * the optimizer and 200 ms without. Unoptimized code runs slower, so the
 * optimizer pays back after about 100 KB of input (measured on copies of the
 * corpus profiles: 52 KB took 0.53 s without it and 0.65 s with it, 100 KB
 * about the same, 300 KB 1.5 s against 1.3 s, 2 MB 7.4 s against 4.8 s).
 * A run whose files come to less than SMALL_RUN_BYTES turns it off; a larger
 * run, or one reading standard input (its size is unknown), keeps it.
 *
 * The flag is read when a pattern is compiled, and the patterns are compiled
 * on their first use, after this is called; it changes the code, never what
 * a pattern matches. It is process-wide, so only the command line sets it
 * (a program using the library keeps V8's default).
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Below the break-even (~100 KB), with room for the profiles' variety: a handful of whole profiles. */
export const SMALL_RUN_BYTES = 64 * 1024;

/**
 * The inputs' total size in bytes, or null when one is standard input. A file that cannot be read is left to the reader's
 * message. Summing stops once the total reaches `enough` (a batch of thousands of files is not stat'ed twice over).
 */
export function inputBytes(files: readonly string[], enough = Infinity): number | null {
  let total = 0;
  for (const file of files) {
    if (file === '-') return null;
    if (total >= enough) break;
    try {
      total += statSync(file).size;
    } catch {
      // Reported when it is read.
    }
  }
  return total;
}

/** Whether the run is small enough that optimizing its patterns costs more than it saves (see above). */
export function isSmallRun(files: readonly string[]): boolean {
  const bytes = inputBytes(files, SMALL_RUN_BYTES);
  return bytes !== null && bytes < SMALL_RUN_BYTES;
}

/** Turns V8's regular-expression optimizer off for a small run. */
export function tuneRegexCompiler(files: readonly string[]): void {
  if (isSmallRun(files)) setFlagsFromString('--no-regexp-optimization');
}
