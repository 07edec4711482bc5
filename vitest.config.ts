import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Package, CLI and docs tests start Node processes and bundlers: on a busy 2-core machine they take
    // seconds, so a 5 s default fails runs that are right. Timing targets live in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
