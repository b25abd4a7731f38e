import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentChart } from '../src/review/chart.js';
import { eventDate, factsOf } from '../src/review/facts.js';
import { segment } from '../src/review/segments.js';
import { profile, recordOf } from './helpers.js';
import { HOSTILE_PROFILE } from './review-fixture.js';
import { tempDir } from './temp.js';

const crtx = (...args: string[]) => {
  const r = spawnSync('node', ['dist/bin/crtx.cjs', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('segment', () => {
  it('cuts overlapping and nested marks into flat pieces, each listing the marks over it', () => {
    const marks = [
      { start: 2, end: 10, key: 0 },
      { start: 6, end: 14, key: 1 },
      { start: 7, end: 8, key: 2 },
    ];
    expect(segment(0, 16, marks)).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 6, keys: [0] },
      { start: 6, end: 7, keys: [0, 1] },
      { start: 7, end: 8, keys: [0, 1, 2] },
      { start: 8, end: 10, keys: [0, 1] },
      { start: 10, end: 14, keys: [1] },
      { start: 14, end: 16, keys: [] },
    ]);
  });

  it('covers the range without gaps, and a segment lists exactly the marks containing it', () => {
    const mark = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 12 }), fc.nat(20), (spans, from) => {
        const to = from + 40;
        const segments = segment(from, to, spans.map((s, key) => ({ ...s, key })));
        expect(segments[0]!.start).toBe(from);
        expect(segments.at(-1)!.end).toBe(to);
        segments.forEach((s, i) => {
          if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
          expect(s.start).toBeLessThan(s.end);
          expect(s.keys).toEqual(spans.flatMap((m, key) => (m.start <= s.start && s.end <= m.end && m.start < m.end ? [key] : [])));
        });
      }),
    );
  });
});

describe('factsOf', () => {
  it('lists every value of a record in words with its evidence, a strength without numbers as written', () => {
    const r = recordOf(profile({ Description: 'TF is led by Abu Test.', Strength: 'TF is estimated to have several hundred fighters.', 'Location/Area of Operation': 'Mali' }));
    const facts = factsOf(r).map((f) => [f.label, f.value, f.spans.map((s) => s.section).join()]);
    expect(facts).toEqual([
      ['name', 'Test Front (TF)', 'title'],
      ['alias', 'TF', 'aka'],
      ['alias', 'Test Group', 'aka'],
      ['leader', 'Abu Test: leader, current', 'Description'],
      ['strength', '"TF is estimated to have several hundred fighters."', 'Strength'],
      ['area', 'Mali (ML)', 'Location/Area of Operation'],
    ]);
  });

  it('shows implied years and name parts when a record carries them', () => {
    expect(eventDate({ year: 2019, month: 6, day: null, yearFrom: 'frame' })).toBe('2019-06 (year implied by the paragraph)');
    expect(eventDate({ year: 2019, month: 6, day: null, yearFrom: 'sentence' })).toBe('2019-06');
    expect(eventDate({ year: null, month: 6, day: 2 })).toBe('undated');
    const r = recordOf(profile({ Description: 'TF is led by Abu Test.' }));
    (r.leaders[0] as Record<string, unknown>).nameParts = { given: 'Abu', family: 'Test', title: null };
    expect(factsOf(r).find((f) => f.label === 'leader')!.value).toBe('Abu Test: leader, current [given: Abu, family: Test]');
  });
});

describe('incidentChart', () => {
  it('draws one bar slot per year from the first to the last, leaving out totals and undated events', () => {
    const svg = incidentChart([
      { year: 2019, killed: 3, wounded: 4, aggregate: false },
      { year: 2021, killed: 10, wounded: null, aggregate: false },
      { year: 2021, killed: 1000, wounded: null, aggregate: true },
      { year: null, killed: 5, wounded: 5, aggregate: false },
    ])!;
    expect(svg.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>2019: 1 incident</title>', '<title>2021: 1 incident</title>', '<title>2019: 3 killed</title>', '<title>2019: 4 wounded</title>', '<title>2021: 10 killed</title>']);
    expect([...svg.matchAll(/text-anchor="middle">(\d{4})</g)].map((m) => m[1])).toEqual(['2019', '2020', '2021', '2019', '2020', '2021']);
    expect(incidentChart([{ year: null, killed: 1, wounded: 1, aggregate: false }])).toBeNull();
  });
});

describe('crtx review', () => {
  const dir = tempDir('crtx-review-');
  const hostile = join(dir, 'hostile.txt');
  writeFileSync(hostile, HOSTILE_PROFILE);

  it('writes one self-contained page, byte-identical on a second run, whose CSP hashes are those of its inline script and style', () => {
    const [a, b] = ['a.html', 'b.html'].map((name) => join(dir, name));
    expect(crtx('review', 'fixtures/diff', hostile, '--html', a).status).toBe(0);
    expect(crtx('review', 'fixtures/diff', hostile, '--html', b).status).toBe(0);
    const html = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(html);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'`);
    // The hostile profile's "</script>" and "<img ...>" appear only escaped.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>Testland/);
    expect(html).toContain('Aka <span class="m f-aliases" data-s="84" data-f="');
    const data = JSON.parse(/<script type="application\/json" id="crtx-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { facts: unknown[][] };
    expect(data.facts).toContainEqual([8, 'aliases', 'alias', `</script><img src=x onerror="document.title='pwned'">`]);
    expect(html).not.toMatch(/https?:\/\/|src=["']?(?!x)/);
    // The 2019 incident both years report is charted once, with the 2021 report's revised count.
    expect(html).toContain('<figcaption>6 dated incidents by the year they happened, across all report years given (2 events repeated from another year');
    expect(html.match(/<title>2019: [^<]*<\/title>/g)).toEqual(['<title>2019: 1 incident</title>', '<title>2019: 14 killed</title>', '<title>2019: 7 wounded</title>']);
  });

  it('reviews records by year under --out, finding the derived texts beside them', () => {
    const out = join(dir, 'out');
    expect(crtx('extract', 'fixtures/inputs/chapter-2021.html', '--out', out).status).toBe(0);
    const page = join(dir, 'chapter.html');
    const r = crtx('review', '2021', '--out', out, '--html', page);
    expect(r.stderr).toBe(`crtx: wrote ${page}: 7 organization(s), 105 fact(s)\n`);
    expect(r.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    const textPath = (JSON.parse(readFileSync(join(out, '2021/profiles.jsonl'), 'utf8').split('\n')[0]!) as { source: { textPath: string } }).source.textPath;
    expect(html).toContain(`text <code>${join(out, textPath)}</code>`);
    expect(html).not.toContain('class="problem"');
  });

  it('says which text is missing or changed, still writes the page, and exits 1', () => {
    const out = join(dir, 'moved');
    const copy = join(dir, 'profile-2021.txt');
    writeFileSync(copy, HOSTILE_PROFILE);
    expect(crtx('extract', copy, '--out', out).status).toBe(0);
    appendFileSync(copy, '\nEdited afterwards.\n');
    const page = join(dir, 'changed.html');
    const r = crtx('review', join(out, '2021'), '--html', page);
    expect(r.stderr).toBe(`${copy}:1:1: warning [text-changed] the file changed since its records were made; their highlights may be off (extract it again)\ncrtx: wrote ${page}: 1 organization(s), 12 fact(s)\n`);
    expect(r.status).toBe(1);

    expect(crtx('extract', 'fixtures/inputs/chapter-2021.html', '--out', join(dir, 'derived')).status).toBe(0);
    const derivedText = (JSON.parse(readFileSync(join(dir, 'derived', '2021', 'profiles.jsonl'), 'utf8').split('\n')[0]!) as { source: { textPath: string } }).source.textPath;
    rmSync(join(dir, 'derived', derivedText));
    const lost = crtx('review', join(dir, 'derived', '2021', 'profiles.jsonl'), '--out', join(dir, 'nowhere'), '--html', join(dir, 'lost.html'));
    expect(lost.status).toBe(1);
    expect(lost.stderr.split('\n').slice(0, -2)).toEqual([
      `fixtures/inputs/chapter-2021.html:1:1: error [no-text] ${derivedText}, the text the records of this input point into, is not beside the records nor under ${join(dir, 'nowhere')}/; their facts are shown without highlights`,
    ]);
    expect(readFileSync(join(dir, 'lost.html'), 'utf8').match(/class="problem"/g)).toHaveLength(7);
  });

  it('highlights a text with a byte-order mark at the offsets the pipeline gave', () => {
    const page = join(dir, 'bom.html');
    expect(crtx('review', 'fixtures/profiles/no-break-spaces-crlf-bom-2021.txt', '--html', page).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<span class="m f-name" data-s="1" data-f="0">Country Report on Terrorism 2021 - Chapter 5 - Ansar al\u2011Wadi (AW)</span>');
  });

  it('rejects bad usage with exit 2 and writes nothing when there is no record', () => {
    expect(crtx('review').status).toBe(2);
    expect(crtx('review', '1999').stderr).toBe('crtx: "1999" is neither a file, a folder, nor a year with records under output/\n(run crtx --help for usage)\n');
    const r = crtx('review', join(dir, 'none.txt'), '--html', join(dir, 'none.html'));
    expect(r.stderr).toBe(`${join(dir, 'none.txt')}: error [no-input] no such file or folder; check the path\ncrtx: no records to review; ${join(dir, 'none.html')} not written\n`);
    expect(r.status).toBe(1);
    const under = join(hostile, 'r.html');
    const unwritable = crtx('review', hostile, '--html', under);
    expect(unwritable.stderr).toBe(`${under}: error [unwritable] cannot write the page (EEXIST); check the path and permissions\n`);
    expect(unwritable.status).toBe(1);
  });
});
