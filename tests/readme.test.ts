/**
 * Every command in the README's `sh` blocks runs as written from a fresh
 * copy of the repository: the tracked files (as they are in the work tree),
 * with this checkout's node_modules linked and its build copied, so no
 * install is needed. Install and test commands are skipped; each other
 * command runs in order in the copy, and its exit code must be 0, or the
 * code a `# exit N` comment on its line names.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp.js';

// Commands a fresh clone does not run here: installing, and the test suite and measurements (which npm test runs itself).
const SKIPPED = /^(?:npm (?:ci|install|i|test)\b|npm run (?:test|eval|bench|roundtrip|diff-corpus|golden|examples)\b)/;

interface Command {
  line: number;
  command: string;
  exit: number;
}

/** The commands of the README's sh blocks, with their line numbers and expected exit codes. */
export function readmeCommands(readme: string): Command[] {
  const out: Command[] = [];
  let inSh = false;
  readme.split('\n').forEach((text, i) => {
    if (/^```sh\s*$/.test(text)) return void (inSh = true);
    if (/^```/.test(text)) return void (inSh = false);
    if (!inSh) return;
    const exit = Number(/#\s*exit (\d+)\b/.exec(text)?.[1] ?? 0);
    // A comment starts at " #" outside quotes; the commands here never quote a "#".
    let command = text.replace(/(?:^|\s)#.*$/, '').trim();
    // "npm ci && npx crtx extract": the install part is skipped, the rest runs.
    while (SKIPPED.test(command) && command.includes('&&')) command = command.slice(command.indexOf('&&') + 2).trim();
    if (!command || SKIPPED.test(command)) return;
    out.push({ line: i + 1, command, exit });
  });
  return out;
}

const commands = readmeCommands(readFileSync('README.md', 'utf8'));

/** The tracked files as they are in the work tree, plus node_modules (linked) and dist (copied). */
function freshCopy(): string {
  const dir = tempDir('crtx-readme-');
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(file, join(dir, file));
    } catch {
      // A tracked file deleted in the work tree is not part of the copy.
    }
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  cpSync('dist', join(dir, 'dist'), { recursive: true });
  return dir;
}

describe("the README's example commands", () => {
  it('finds the commands, install and test commands left out', () => {
    expect(commands.length).toBeGreaterThan(15);
    expect(commands.some((c) => /^npm (ci|test)/.test(c.command))).toBe(false);
    expect(commands.map((c) => c.command)).toContain('npx crtx diff 2017 2019');
  });

  it('each runs as written in a fresh copy, with the exit code the README gives', { timeout: 300_000 }, () => {
    const dir = freshCopy();
    const failures: string[] = [];
    for (const c of commands) {
      const r = spawnSync('sh', ['-c', c.command], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
      if (r.status !== c.exit) failures.push(`README.md:${c.line}: \`${c.command}\` exited ${r.status ?? r.signal}, expected ${c.exit}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('shows the real output of npx crtx diff 2017 2019 (lines cut short with … left out)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /On the bundled real years[^\n]*\n\n```\n([\s\S]*?)```/.exec(readme)![1]!;
    const real = execFileSync('node', ['dist/bin/crtx.cjs', 'diff', '2017', '2019'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).split('\n');
    const shown = block.split('\n').filter((l) => l && !l.includes('…'));
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((l) => !real.includes(l))).toEqual([]);
  });
});
