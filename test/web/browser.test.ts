// The web page in real headless Chromium on the embedded store (the Neo4j run is in
// test/graph/neo4j-store.test.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { testWebPage } from './web-suite.js';

testWebPage('embedded', () => createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-web-')) }));
