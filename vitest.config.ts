// Vitest picks up unit tests only; Playwright specs under tests/e2e are run by Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A bound on a hang, not a speed check: beside the end-to-end specs at low priority (npm test) a test's fixed work
    // runs up to ten times slower than alone — a seeded random run of the review services took 3 s alone and 35 s
    // there on a 2-core machine, past the 30 s this was.
    testTimeout: 180_000,
    pool: 'forks',
    // The files share one module cache per worker: importing the extractor, zod and the database layer afresh for
    // each of ~90 files was four fifths of the suite's CPU time. Test files keep no state in the shared modules
    // (databases are per test; vi.mock and spies are still undone per file).
    isolate: false,
  },
});
