import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Cleanup hooks (a temporary install, 50 MB inputs, Chromium beside the CLI tests) take a while on a loaded 2-core machine.
    hookTimeout: 60_000,
  },
});
