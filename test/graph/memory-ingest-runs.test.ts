// Ingest runs on the embedded store (the Neo4j run is in neo4j-store.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { testIngestRuns } from './ingest-suite.js';

let dir = mkdtempSync(join(tmpdir(), 'newsgraph-runs-'));
testIngestRuns('embedded', {
  open: () => createMemoryStore({ dataDir: dir }),
  reset: async () => {
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-runs-'));
  },
});
