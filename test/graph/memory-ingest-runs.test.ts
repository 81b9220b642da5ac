// Ingest runs and source identity on the embedded store (the Neo4j runs are in neo4j-store.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { testIngestRuns } from './ingest-suite.js';
import { testSourceIdentity } from './source-identity-suite.js';

let dir = mkdtempSync(join(tmpdir(), 'newsgraph-runs-'));
const harness = {
  open: () => createMemoryStore({ dataDir: dir }),
  reset: async () => {
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-runs-'));
  },
};
testIngestRuns('embedded', harness);
testSourceIdentity('embedded', harness);
