import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asChapterEntry, chapterOf, renamedEntry } from '../scripts/chapter.js';
import { documentFromBytes } from '../src/ingest/document.js';
import { canStream, STREAM_FROM_BYTES } from '../src/ingest/large-text.js';
import { extractDocument } from '../src/pipeline.js';
import { processInput, type InputOptions } from '../src/cli/process-input.js';
import type { CrtxRecord } from '../src/record/schema.js';
import { evidenceProblems } from './claims.js';
import { singleProfiles } from './inputs/helpers.js';
import { tempDir } from './temp.js';

const crtx = (args: string[], node: string[] = []) => spawnSync('node', [...node, 'dist/bin/crtx.cjs', ...args], { encoding: 'utf8' });

function chapterBytes(targetBytes: number): Buffer {
  const entries = readdirSync('fixtures/profiles').filter((f) => f.endsWith('.txt')).sort().map((f) => asChapterEntry(readFileSync(join('fixtures/profiles', f), 'utf8')));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const entry = renamedEntry(entries[i % entries.length]!, String(i));
    out.push(entry);
    size += Buffer.byteLength(entry);
  }
  return Buffer.from(chapterOf(2021, out));
}

describe('large inputs are read a profile-aligned piece at a time', () => {
  const chapter = Buffer.from(chapterOf(2021, singleProfiles().map((s) => asChapterEntry(s.text))));

  const recordsOf = async (bytes: Uint8Array, options: Partial<InputOptions> = {}) => {
    const records: CrtxRecord[] = [];
    await processInput('c.txt', { outDir: 'unused', ...options }, { record: (r) => records.push(r), message: () => {}, text: () => {} }, bytes);
    return records;
  };

  it('gives exactly the records, offsets included, of reading the file whole', async () => {
    const whole = extractDocument(documentFromBytes('c.txt', chapter)).records;
    expect(await recordsOf(chapter)).toEqual(whole);
    const streamed = await recordsOf(chapter, { streamFromBytes: 0, pieceBytes: 3000 });
    expect(streamed).toEqual(whole);
  });

  it('the pieces, in order, are the whole text (what crtx text prints), for any piece size', async () => {
    const { documentPieces } = await import('../src/ingest/large-text.js');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), chapter]);
    for (const pieceBytes of [7, 100, 3000]) {
      let text = '';
      let pieces = 0;
      for await (const { doc, base } of documentPieces('c.txt', withBom, { streamFromBytes: 0, pieceBytes })) {
        expect(base).toBe(text.length);
        text += doc.text;
        pieces++;
      }
      expect(pieces).toBeGreaterThan(5);
      expect(text).toBe(withBom.toString('utf8'));
    }
  });

  // Every event of a profile whose Location section names one country shares that place: it must move once, not once per event.
  it('moves a place shared by several events once (it moved once per event)', async () => {
    const shared = [
      'Test Front (TF)',
      'aka Front of Tests',
      'Description: The Test Front (TF) was designated as an FTO on May 1, 2019.',
      'Activities: In 2020, TF attacks killed 12 soldiers. In 2021, TF attacks killed 7 police officers and wounded 4 others.',
      'Location/Area of Operation: Mali',
    ].join('\n\n');
    const entries = [...singleProfiles().map((s) => asChapterEntry(s.text)), shared];
    const text = chapterOf(2021, entries);
    const bytes = Buffer.from(text);
    const streamed = await recordsOf(bytes, { streamFromBytes: 0, pieceBytes: 2000 });
    const front = streamed.find((r) => r.organization.slug === 'test-front')!;
    expect(front.events.map((e) => [e.killed?.value, e.location?.text, text.slice(e.location!.evidence.start, e.location!.evidence.end)])).toEqual([
      [12, 'Mali', 'Mali'],
      [7, 'Mali', 'Mali'],
    ]);
    for (const r of streamed) expect(evidenceProblems(r, text)).toEqual([]);
    expect(streamed).toEqual(extractDocument(documentFromBytes('c.txt', bytes)).records);
  });

  it('streams only clean UTF-8 text from 8 MB on', () => {
    const big = chapterBytes(STREAM_FROM_BYTES + 1000);
    expect(canStream(chapter)).toBe(false);
    expect(canStream(big)).toBe(true);
    expect(canStream(Buffer.concat([big, Buffer.from('\nA \uFB01nal note.\n')]))).toBe(false);
    expect(canStream(Buffer.concat([big, Buffer.from([0xe9, 0x0a])]))).toBe(false);
  });

  it('extracts a 10 MB chapter with the heap capped at 96 MB', () => {
    const dir = tempDir();
    const bytes = chapterBytes(10 * 1024 * 1024);
    writeFileSync(join(dir, 'big.txt'), bytes);
    const r = crtx(['extract', join(dir, 'big.txt'), '--out', join(dir, 'out')], ['--max-old-space-size=96']);
    expect(r.stderr).not.toMatch(/heap out of memory/i);
    expect(r.status).toBe(0);
    const lines = readFileSync(join(dir, 'out/2021/profiles.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(9000);
  }, 120_000);
});

describe('--jobs N', () => {
  it('writes byte-identical files, messages and stdout to a single-threaded run', () => {
    const [a, b] = [tempDir(), tempDir()];
    const one = crtx(['extract', 'fixtures', '--out', a]);
    const four = crtx(['extract', 'fixtures', '--out', b, '--jobs', '4']);
    const tree = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, (() => { try { return readFileSync(join(dir, f), 'utf8'); } catch { return 'dir'; } })()]));
    expect(tree(b)).toEqual(tree(a));
    expect(four.stderr.replaceAll(b, 'OUT')).toBe(one.stderr.replaceAll(a, 'OUT'));
    expect(crtx(['extract', 'fixtures', '--stdout', '--out', a, '--jobs', '3']).stdout).toBe(crtx(['extract', 'fixtures', '--stdout', '--out', a]).stdout);
    expect(crtx(['extract', 'fixtures', '--jobs', '0']).status).toBe(2);
  });
});
