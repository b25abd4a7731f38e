/**
 * Command-line inputs → files: folders are walked (sorted, so runs are
 * deterministic), `-` is stdin. Symbolic links are followed, to files and to
 * folders; a link back to a folder being walked (a loop) is reported once and
 * not followed.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.pdf']);

export interface InputProblem {
  path: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** Files under the inputs whose names end in one of `extensions`, in a stable order. */
export function expandInputs(inputs: readonly string[], extensions: ReadonlySet<string> = INPUT_EXTENSIONS): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const loops = new Set<string>();
  // A file reached twice through links (two links to one folder) is read once.
  const found = new Set<string>();
  // `ancestors`: the real paths of the folders from the input down to `dir`.
  const walk = (dir: string, ancestors: ReadonlySet<string>) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, severity: 'error', code: 'unreadable', message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        problems.push({ path, severity: 'warning', code: 'broken-link', message: 'a link to nothing; skipped' });
        continue;
      }
      if (isDirectory) {
        const real = realpathSync(path);
        if (ancestors.has(real)) {
          if (!loops.has(real)) problems.push({ path, severity: 'warning', code: 'symlink-loop', message: `links back to ${real}, a folder being read; not followed` });
          loops.add(real);
          continue;
        }
        walk(path, new Set([...ancestors, real]));
      } else if (extensions.has(extname(name).toLowerCase())) {
        const real = realpathSync(path);
        if (!found.has(real)) files.push(path);
        found.add(real);
      }
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      problems.push({ path: input, severity: 'error', code: 'no-input', message: 'no such file or folder; check the path' });
      continue;
    }
    if (isDirectory) walk(input, new Set([realpathSync(input)]));
    else files.push(input);
  }
  return { files, problems };
}
