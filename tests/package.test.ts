/**
 * The package as another project gets it: `npm pack`, installed from the
 * tarball into a temporary folder (offline, from the npm cache `npm ci`
 * filled), imported, its types compiled against, its bin run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './temp.js';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; license: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
const consumer = tempDir('crtx-consumer-');
let files: string[] = [];

/** The consumer's lockfile: crtx from the tarball, its dependencies at the versions (and integrity) of crtx's own lockfile, so npm needs only its cache. */
function consumerLock(tarball: string): object {
  const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim().replace(/\/?$/, '/');
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean; version: string; resolved?: string }> };
  const packages: Record<string, object> = {
    '': { name: 'consumer', dependencies: { crtx: `file:${tarball}` } },
    'node_modules/crtx': { version: pkg.version, resolved: `file:${tarball}`, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[path] = { ...entry, resolved: entry.resolved ?? `${registry}${name}/-/${name.split('/').pop()}-${entry.version}.tgz` };
  }
  return { name: 'consumer', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  // --ignore-scripts: `npm test` has just built dist/; prepare would rebuild it under the other tests' feet.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', consumer], { encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed!.files.map((f) => f.path).sort();
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { crtx: `file:${packed!.filename}` } }));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(packed!.filename)));
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: consumer, encoding: 'utf8' });
}, 180_000);

const inConsumer = (script: string) => {
  writeFileSync(join(consumer, 'run.mjs'), script);
  const r = spawnSync('node', ['run.mjs'], { cwd: consumer, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};

describe('the packed package', { timeout: 120_000 }, () => {
  it('holds the built code, schemas, README and license, and no tests, fixtures, sources or TypeScript sources', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/bin/crtx.cjs', 'dist/bin/cli.cjs', 'dist/bin/cli.cjs.cache', 'dist/bin/worker.js', 'dist/src/cli/main.js', 'dist/data/cities.tsv', 'dist/validators/record.cjs', 'schemas/record.schema.json']));
    expect(files.filter((f) => !/^(?:dist\/(?:src|bin|data|validators)\/|schemas\/|LICENSE$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('exports exactly the public API', () => {
    expect(JSON.parse(inConsumer(`import * as crtx from 'crtx'; console.log(JSON.stringify(Object.keys(crtx).sort()));`))).toEqual(['DecodeError', 'ReadError', 'SCHEMA_VERSION', 'diff', 'extract', 'extractFile', 'recordProblems', 'toCsv', 'toFtm', 'toStix']);
  });

  it('types the public API as pinned here (compiled with tsc against the installed package)', () => {
    writeFileSync(
      join(consumer, 'types.ts'),
      `import * as api from 'crtx';
import { extract, extractFile, diff, toStix, toFtm, toCsv, recordProblems, SCHEMA_VERSION, type CrtxRecord, type CrtxEvent, type ExtractOptions, type Found, type DiffReport, type StixBundle, type FtmEntity, type CsvOptions, type CsvTable, type RecordSource, type Diagnostic, type InputFormat } from 'crtx';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const pinned: [
  Equal<typeof extract, (input: Uint8Array | string, options?: ExtractOptions) => AsyncGenerator<CrtxRecord, void, undefined>>,
  Equal<typeof extractFile, (path: string, options?: Omit<ExtractOptions, 'path'>) => AsyncGenerator<CrtxRecord, void, undefined>>,
  Equal<typeof diff, (oldRecords: Iterable<CrtxRecord>, newRecords: Iterable<CrtxRecord>, names?: { old?: string; new?: string }) => DiffReport>,
  Equal<typeof toStix, (records: RecordSource) => Promise<StixBundle>>,
  Equal<typeof toFtm, (records: RecordSource) => Promise<FtmEntity[]>>,
  Equal<typeof toCsv, (records: RecordSource, options?: CsvOptions) => Promise<string>>,
  Equal<typeof recordProblems, (value: unknown, kind?: 'record' | 'diff') => string[]>,
  Equal<RecordSource, Iterable<CrtxRecord> | AsyncIterable<CrtxRecord>>,
  Equal<CsvOptions, { table?: CsvTable; excel?: boolean; texts?: string }>,
  Equal<CsvTable, 'organizations' | 'incidents' | 'aliases' | 'leaders' | 'areas' | 'funding'>,
  Equal<InputFormat, 'text' | 'html' | 'pdf'>,
  Equal<ExtractOptions, { path?: string; format?: InputFormat; year?: number | null; streamFromBytes?: number; pieceBytes?: number; stopped?: () => boolean; onDiagnostic?: (found: Found) => void; onText?: (path: string, text: string) => void }>,
  Equal<Found, { diagnostic: Diagnostic; textPath: string | null; line: number | null; column: number | null; scope: 'document' | 'record' }>,
  Equal<FtmEntity, { id: string; schema: 'Organization' | 'Sanction' | 'Person' | 'Membership' | 'Event'; properties: Record<string, string[]> }>,
  Equal<StixBundle['type'], 'bundle'>,
  Equal<CrtxRecord['events'][number], CrtxEvent>,
  Equal<keyof typeof api, 'DecodeError' | 'ReadError' | 'SCHEMA_VERSION' | 'diff' | 'extract' | 'extractFile' | 'recordProblems' | 'toCsv' | 'toFtm' | 'toStix'>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
export const version: string = SCHEMA_VERSION;
`,
    );
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--typeRoots', join(root, 'node_modules/@types'), '--types', 'node', 'types.ts'], { cwd: consumer, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('reads a chapter, a saved web page and the report PDF from bytes into the records the CLI writes', () => {
    for (const input of ['fixtures/inputs/chapter-2021.txt', 'fixtures/inputs/chapter-2021.html', 'fixtures/inputs/report-2021.pdf']) {
      const fromLibrary = inConsumer(`import { readFileSync } from 'node:fs';
import { extract } from 'crtx';
for await (const record of extract(readFileSync(${JSON.stringify(join(root, input))}), { path: ${JSON.stringify(input)} })) process.stdout.write(JSON.stringify(record) + '\\n');`);
      const fromCli = spawnSync('node', ['dist/bin/crtx.cjs', 'extract', input, '--stdout', '--out', tempDir()], { encoding: 'utf8' });
      expect(fromCli.status).toBe(0);
      expect(fromLibrary).toBe(fromCli.stdout);
    }
  });

  it('writes each export format from the library as the CLI does', () => {
    const out = inConsumer(`import { extractFile, toCsv, toFtm, toStix } from 'crtx';
const records = extractFile(${JSON.stringify(join(root, 'fixtures/inputs/chapter-2021.txt'))});
const all = []; for await (const r of records) all.push(r);
console.log(JSON.stringify({ stix: JSON.stringify(await toStix(all), null, 2) + '\\n', ftm: (await toFtm(all)).map((e) => JSON.stringify(e) + '\\n').join(''), csv: await toCsv(all, { table: 'leaders' }) }));`);
    const { stix, ftm, csv } = JSON.parse(out) as Record<string, string>;
    const cli = (format: string, ...more: string[]) => spawnSync('node', ['dist/bin/crtx.cjs', 'extract', join(root, 'fixtures/inputs/chapter-2021.txt'), '--stdout', '--format', format, ...more], { encoding: 'utf8' }).stdout;
    expect(stix).toBe(cli('stix'));
    expect(ftm).toBe(cli('ftm'));
    expect(csv).toBe(cli('csv', '--table', 'leaders'));
  });

  it('runs its crtx bin', () => {
    const version = spawnSync(join(consumer, 'node_modules/.bin/crtx'), ['--version'], { cwd: consumer, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const r = spawnSync(join(consumer, 'node_modules/.bin/crtx'), ['extract', join(root, 'fixtures/inputs/chapter-2021.txt'), '--stdout'], { cwd: consumer, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(7);
  });
});
