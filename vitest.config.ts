import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Cleanup hooks (a temporary install, 50 MB inputs, Chromium beside the CLI tests) take a while on a loaded 2-core machine.
    hookTimeout: 60_000,
    // One worker process for every test file instead of a new one per file: vitest gives a new
    // worker 60 s to answer (a constant, not a setting), and on a loaded CI machine one of the 36
    // per-file starts missed it and failed the run with every test passing. The files share no
    // state (no mocks; the one test that changes process.env restores it), and the suite runs
    // in 223 s instead of 266 s here.
    isolate: false,
  },
});
