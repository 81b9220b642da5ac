// The test tiers. `npm test` runs every behaviour test, in two projects: `units`, the pure
// functions (extraction, ingest, eval), whose files share worker processes so the tokenizer's
// dictionaries load once per worker; and `services`, what runs real servers, stores, processes and
// Chromium, each file in a process of its own, with the Neo4j test server found or started by
// test/setup/neo4j.ts. `npm run test:slow` runs the slow smoke runs, files named *.slow.test.ts.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const UNITS = ['test/extract/**/*.test.ts', 'test/ingest/**/*.test.ts', 'test/eval/**/*.test.ts', 'test/bench/generate-corpus.test.ts'];
const SLOW = 'test/**/*.slow.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core (vitest's default leaves one core out): much of the suite waits on Neo4j,
    // Chromium or a child process, and on two cores the Neo4j suite alone would otherwise hold the
    // only worker for most of the run.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'units', include: UNITS, exclude: [SLOW], isolate: false } },
      { extends: true, test: { name: 'services', include: ['test/**/*.test.ts'], exclude: [...UNITS, SLOW], globalSetup: ['test/setup/neo4j.ts'] } },
      { extends: true, test: { name: 'slow', include: [SLOW], testTimeout: 300_000 } },
    ],
  },
});
