/**
 * A one-line progress display for long batches, on standard error when it is
 * a terminal (and CI is unset, and no --quiet): inputs done of total,
 * profiles, MB/s and time left, redrawn at most every 100 ms in place, and
 * cleared before any message is printed so messages stay whole lines.
 */
import { statSync } from 'node:fs';

export interface Progress {
  /** An input is done: its size counts towards the rate, its records towards the profiles. */
  inputDone(path: string, records: number): void;
  /** Write a line of its own (a message), with the progress line out of the way. */
  print(line: string): void;
  /** Clear the line for good. */
  end(): void;
}

const REDRAW_MS = 100;
const CLEAR = '\r\x1b[K';

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The progress display writing with `write`, or one that only prints lines
 * when `terminal` (standard error) is not a terminal, CI is set, or quiet.
 */
export function progressDisplay(
  paths: readonly string[],
  quiet: boolean,
  write: (text: string) => void,
  terminal: { isTTY?: boolean; columns?: number } = process.stderr,
): Progress {
  const plain: Progress = { inputDone: () => {}, print: (line) => write(line + '\n'), end: () => {} };
  if (quiet || !terminal.isTTY || process.env.CI) return plain;

  const sizeOf = (path: string) => {
    try {
      return path === '-' ? 0 : statSync(path).size;
    } catch {
      return 0;
    }
  };
  const total = paths.reduce((n, p) => n + sizeOf(p), 0);
  const started = performance.now();
  let done = 0;
  let bytes = 0;
  let profiles = 0;
  let shown = false;
  let lastDraw = -Infinity;

  const draw = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    const left = rate > 0 ? `, ${clock((total - bytes) / 1e6 / rate)} left` : '';
    const line = `crtx: ${done}/${paths.length} inputs, ${profiles} profiles, ${rate.toFixed(1)} MB/s${left}`;
    write(CLEAR + line.slice(0, (terminal.columns || 80) - 1));
    shown = true;
    lastDraw = performance.now();
  };
  const clear = () => {
    if (shown) write(CLEAR);
    shown = false;
  };
  return {
    inputDone: (path, records) => {
      done++;
      bytes += sizeOf(path);
      profiles += records;
      if (performance.now() - lastDraw >= REDRAW_MS) draw();
    },
    print: (line) => {
      clear();
      write(line + '\n');
    },
    end: clear,
  };
}
