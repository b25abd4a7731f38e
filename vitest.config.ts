import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Cleanup hooks on a loaded 2-core machine (Chromium running beside the CLI tests) can take longer than the 10 s default.
    hookTimeout: 60_000,
  },
});
