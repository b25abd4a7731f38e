import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../src/diff/index.js';
import { toTerminal } from '../src/diff/render.js';
import { nameKey, skeleton } from '../src/diff/keys.js';
import { matchOrganizations } from '../src/diff/match.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { recordProblems } from '../src/record/validate.js';
import { profile, recordOf } from './helpers.js';
import { tempDir } from './temp.js';

const crtx = (args: string[]) => {
  const r = spawnSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

// The fixture pair: fixtures/diff/2020 and 2021, written for these tests; expected diffs read by hand.
const out = tempDir();
crtx(['extract', 'fixtures/diff', '--out', out]);

describe('crtx diff on the fixture years', () => {
  it('gives the hand-checked JSON report, valid against schemas/diff.schema.json', () => {
    const r = crtx(['diff', '2020', '2021', '--out', out, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(recordProblems(report, 'diff')).toEqual([]);
    expect(report).toEqual(JSON.parse(readFileSync('fixtures/diff/expected.json', 'utf8')));
  });

  it('gives the hand-checked Markdown', () => {
    expect(crtx(['diff', '2020', '2021', '--out', out, '--format', 'md']).stdout).toBe(readFileSync('fixtures/diff/expected.md', 'utf8'));
  });

  it('prints plain text when piped: no color codes', () => {
    const r = crtx(['diff', '2020', '2021', '--out', out]);
    expect(r.stdout).toContain('~ leader Musa ag Idris: current → killed');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('reports no change when a year is diffed against itself, from a folder and from its JSONL', () => {
    const r = crtx(['diff', join(out, '2021'), join(out, '2021/profiles.jsonl'), '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.added).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.unchanged.map((u: { match: Array<{ kind: string }> }) => u.match[0]!.kind)).toEqual(Array(4).fill('same-slug'));
  });

  it('exits 2 on bad usage and names what is wrong', () => {
    expect(crtx(['diff', '2020']).status).toBe(2);
    const missing = crtx(['diff', '1999', '2021', '--out', out]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/"1999" is neither a file, a folder, nor a year/);
    expect(crtx(['diff', '2020', '2021', '--out', out, '--format', 'pdf']).status).toBe(2);
  });
});

const rec = (title: string, aka: string, extra: Record<string, string> = {}) =>
  recordOf(profile({ Description: `The group was designated as an FTO on May 1, 2015.`, ...extra }, `Country Report on Terrorism 2021 - Chapter 5 - ${title}`, `Aka ${aka}`));

describe('matching organizations across years', () => {
  it.each([
    ['al-Qa’ida', 'al-Qaida'],
    ['al-Qa’ida', 'al-Qaeda'],
    ['Hizballah', 'Hezbollah'],
    ['Jama’at Nusrat al-Islam wal-Muslimin', 'Jamaat Nusrat al-Islam wal-Muslimeen'],
  ])('"%s" and "%s" have the same spelling skeleton', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it('does not confuse different names', () => {
    expect(skeleton('al-Qa’ida in Iraq')).not.toBe(skeleton('al-Qa’ida'));
    expect(nameKey('Ansar al-Dine')).not.toBe(nameKey('Ansar al-Islam'));
  });

  it.each<[string, CrtxRecord, CrtxRecord, string]>([
    ['re-spelled name', rec('Hizballah', 'Party of God'), rec('Hezbollah', 'Party of God'), 'same-name-spelling'],
    ['renamed, old name kept as alias', rec('Islamic State of Iraq and the Levant (ISIL)', 'Daesh'), rec('Islamic State of Iraq and Syria (ISIS)', 'Islamic State of Iraq and the Levant; Daesh'), 'name-is-alias'],
    ['renamed, aliases carried over', rec('Army of the Hills (AOH)', 'Jaish al-Tilal; Hill Army'), rec('Northern Hills Front (NHF)', 'Jaish al-Tilal; Hill Army'), 'shared-aliases'],
    ['only the acronym carried over', rec('Popular Front of Testland (PFT)', 'Front'), rec('Testland Popular Front Movement (PFT)', 'Movement'), 'same-acronym'],
  ])('%s', (_name, a, b, kind) => {
    const { matches, onlyOld, onlyNew } = matchOrganizations([a], [b]);
    expect(onlyOld).toEqual([]);
    expect(onlyNew).toEqual([]);
    expect(matches[0]!.reasons[0]!.kind).toBe(kind);
    expect(matches[0]!.reasons[0]!.detail.length).toBeGreaterThan(5);
  });

  it('keeps unrelated organizations apart, and one record matches at most one', () => {
    const a = rec('Ansar al-Dine (AAD)', 'Defenders of the Faith');
    const b = rec('Ansar al-Islam (AAI)', 'Supporters of Islam');
    const b2 = rec('Ansar al-Dine Front', 'Defenders of the Faith');
    const { matches, onlyNew } = matchOrganizations([a], [b, b2]);
    expect(matches.map((m) => m.new.organization.name)).toEqual(['Ansar al-Dine Front']);
    expect(onlyNew.map((r) => r.organization.name)).toEqual(['Ansar al-Islam']);
  });

  it('does not call re-worded text a change', () => {
    const a = rec('Test Front (TF)', 'Front', { Activities: 'In 2019, TF attacked a base in Mali, killing 4 soldiers.', 'Location/Area of Operation': 'Mali and Niger' });
    const b = rec('Test Front (TF)', 'Front', { Activities: 'TF attacked a military base in Mali in 2019 and killed 4 soldiers.', 'Location/Area of Operation': 'Niger and Mali' });
    expect(diffRecords({ source: 'a', records: [a] }, { source: 'b', records: [b] }).changed).toEqual([]);
  });
});

describe('a section missing from one text is "not in this text", never "removed"', () => {
  const old = (extra: Record<string, string>) => ({ source: '2017', records: [rec('Test Front (TF)', 'Front', extra)] });
  const now = (extra: Record<string, string>) => ({ source: '2019', records: [rec('Test Front (TF)', 'Front', extra)] });
  const full = { Strength: 'TF has about 500 fighters.', 'Location/Area of Operation': 'Mali and Niger', 'Funding and External Aid': 'TF relies on kidnapping for ransom.' };

  it('old text cut off before its Strength, Location and Funding sections', () => {
    const report = diffRecords(old({}), now(full));
    expect(report.changed[0]!.changes).toEqual({
      notInText: [
        { field: 'strength', section: 'Strength', side: 'old', values: ['500 fighters'] },
        { field: 'areas', section: 'Location/Area of Operation', side: 'old', values: ['ML (Mali)', 'NE (Niger)'] },
        { field: 'funding', section: 'Funding and External Aid', side: 'old', values: ['kidnapping-for-ransom'] },
      ],
    });
    expect(recordProblems(report, 'diff')).toEqual([]);
    expect(toTerminal(report)).toContain('  ? strength: not in the 2017 text (no Strength section), so not compared; 2019: 500 fighters\n');
    expect(toTerminal(report)).toContain('  ? areas: not in the 2017 text (no Location/Area of Operation section), so not compared; 2019: ML (Mali), NE (Niger)\n');
  });

  it('new text cut off: the old values are not reported removed', () => {
    const report = diffRecords(old(full), now({}));
    expect(report.changed[0]!.changes.notInText!.map((x) => [x.field, x.side])).toEqual([
      ['strength', 'new'],
      ['areas', 'new'],
      ['funding', 'new'],
    ]);
    expect(toTerminal(report)).not.toMatch(/removed/);
  });

  it('section present in both, value gone from it: removed', () => {
    const gone = rec('Test Front (TF)', 'Front', { ...full, Strength: 'TF operates in small cells.', 'Location/Area of Operation': 'Niger' });
    const report = diffRecords(old(full), { source: '2019', records: [{ ...gone, strength: null }] });
    expect(report.changed[0]!.changes.notInText).toBeUndefined();
    const text = toTerminal(report);
    expect(text).toContain('  ~ strength: 500 fighters → removed (the Strength section no longer gives one)\n');
    expect(text).toContain('  - areas removed: ML (Mali)\n');
  });

  it('section absent from both texts: nothing to tell', () => {
    expect(diffRecords(old({}), now({})).unchanged).toHaveLength(1);
  });
});

describe('crtx diff with standard input', () => {
  it('reads one side from -, the same diff as from the folder, and refuses - on both sides', () => {
    const dir = tempDir();
    spawnSync('node', ['dist/bin/crtx.cjs', 'extract', 'fixtures/diff', '--out', dir], { encoding: 'utf8' });
    const fromFolders = spawnSync('node', ['dist/bin/crtx.cjs', 'diff', '2020', '2021', '--out', dir, '--format', 'json'], { encoding: 'utf8' });
    const input = readFileSync(join(dir, '2021/profiles.jsonl'), 'utf8');
    const fromStdin = spawnSync('node', ['dist/bin/crtx.cjs', 'diff', '2020', '-', '--out', dir, '--format', 'json'], { encoding: 'utf8', input });
    expect(fromStdin.status).toBe(0);
    const report = JSON.parse(fromStdin.stdout) as { new: { source: string } };
    expect(report.new.source).toBe('<stdin>');
    expect({ ...report, new: { ...report.new, source: '2021' } }).toEqual(JSON.parse(fromFolders.stdout));
    const both = spawnSync('node', ['dist/bin/crtx.cjs', 'diff', '-', '-'], { encoding: 'utf8', input: '' });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('only one side of a diff can be -');
  });
});
