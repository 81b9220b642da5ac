import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { testStore } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-memory-'));

testStore('embedded', {
  open: () => createMemoryStore({ dataDir: dir, compactAfter: 5 }),
  reset: async () => rmSync(dir, { force: true, recursive: true }),
});
