import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Removing a temporary install (tests/package.test.ts) or 50 MB inputs takes a while on a busy machine.
    hookTimeout: 60_000,
  },
});
