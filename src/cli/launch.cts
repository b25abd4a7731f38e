#!/usr/bin/env node
/**
 * The crtx bin (dist/bin/crtx.cjs): starts the bundled command line
 * (dist/bin/cli.cjs) from V8's code cache (dist/bin/cli.cjs.cache) when one
 * was made for this node. One profile run cold compiled the bundle and then,
 * function by function, everything the first profile ran: about 45 ms of its
 * CPU time. `npm run build` makes the cache by running one profile with
 * CRTX_WRITE_CODE_CACHE set (scripts/bundle-cli.ts). A cache made by another
 * V8 version, or with other flags, is rejected by V8 and the bundle is
 * compiled as usual; the cache is only ever written at build time.
 *
 * The V8 settings for a batch run are set here, before anything is compiled,
 * because a code cache is valid only under the flags it was made with (each
 * was measured with npm run bench; they are process-wide, so worker threads
 * get them too):
 * - no TurboFan inlining: the rule functions are large, and with their callees
 *   inlined each deoptimization threw away and recompiled the whole unit;
 *   a 10 MB batch takes about 11% less CPU at the same wall time;
 * - regular expressions compiled to machine code at once: V8 otherwise first
 *   compiles each to bytecode for an interpreter and compiles it again on its
 *   second use; one profile cold takes about 40 ms less CPU, a batch the same
 *   (whether that code is optimized depends on the run's size, and is set once
 *   the inputs are known: src/cli/regex-optimization.ts);
 * - a heap that grows by 20% over what survived the last full collection:
 *   the maximum RSS of a 20 MB batch drops from about 185 MB to 147 MB;
 * - a young generation that does not grow: V8 doubles its semi-spaces (up to
 *   16 MB each) whenever many objects survive a scavenge, and a long batch
 *   always gets there, while the records of one profile are a few hundred KB.
 *   Max RSS at 20 MB went from 144 MB to 97 MB (1 MB: 104 → 86 MB), at the
 *   same CPU time. Unlike the semi-space size, the growth factor is read
 *   when the space would grow, so it can be set here rather than on node's
 *   command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--heap-growing-percent=20');
setFlagsFromString('--semi-space-growth-factor=1');

const file = join(__dirname, 'cli.cjs');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  // No cache (a build that could not make one): compiled as usual.
}
// The bundle keeps main.ts's shebang (that file is still run directly by links made before the bin moved here):
// a comment to the function the bundle is wrapped in, same length, so lines and columns stay the bundle's.
// (Read as Latin-1: the build writes the bundle in ASCII, where the two are the same, and Latin-1 needs no decoding.)
const source = readFileSync(file, 'latin1');
const script = new Script(wrap(source.startsWith('#!') ? `//${source.slice(2)}` : source), { filename: file, cachedData });
// import() inside a vm.Script has no module loader (and one given to the Script is lost when it starts from the
// cache): the bundle's one ES module import (pdfjs, for PDF input) goes through this function, compiled here.
// CRTX_DEBUG=1 says whether the cache was used: a rejected one costs every run its compile time, silently otherwise.
if (process.env.CRTX_DEBUG) process.stderr.write(`crtx: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
(globalThis as Record<symbol, unknown>)[Symbol.for('crtx.importModule')] = (specifier: string) => import(specifier);
const cacheTo = process.env.CRTX_WRITE_CODE_CACHE;
// Written at exit, so the cache holds every function the sample run compiled, not only the top level. V8 stamps it
// with the flags in force when it is written and a run checks them when it loads it, before a small run turns the
// regular-expression optimizer off (src/cli/regex-optimization.ts, as the sample run did): so that one goes back on.
if (cacheTo) {
  process.on('exit', () => {
    setFlagsFromString('--regexp-optimization');
    writeFileSync(cacheTo, script.createCachedData());
  });
}
const bundle = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(bundle.exports, bundle.exports, createRequire(file), bundle, file, __dirname);
