import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Removing the 10 MB runs' ~20,000 record files takes longer than vitest's 10 s default on a busy machine.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** A fresh temporary folder, removed when the test file finishes. */
export function tempDir(prefix = 'crtx-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
