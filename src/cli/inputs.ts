/** Command-line inputs → files: folders are walked (sorted, so runs are deterministic), `-` is stdin. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.pdf']);

export interface InputProblem {
  path: string;
  message: string;
}

export function expandInputs(inputs: readonly string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    try {
      if (statSync(input).isDirectory()) walk(input);
      else files.push(input);
    } catch {
      problems.push({ path: input, message: 'no such file or folder; check the path' });
    }
  }
  return { files, problems };
}
