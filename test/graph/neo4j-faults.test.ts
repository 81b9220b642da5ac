// Faults against a real Neo4j server of its own (started here on ports 7697/7478, so stopping it
// breaks no other test): the server stopped in the middle of an ingest, and the API while the
// server is down and after it is back. Needs Java and Maven, like the other Neo4j tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { ingestPaths } from '../../src/graph/ingest-run.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { SEEDS } from './store-conformance.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_ENV = { NEO4J_HOME_DIR: `${ROOT}.neo4j/fault-home`, NEO4J_BOLT_PORT: '7697', NEO4J_HTTP_PORT: '7478', NEO4J_PASSWORD: 'newsgraph' };
const config = { uri: 'bolt://localhost:7697', user: 'neo4j', password: 'newsgraph', database: undefined };
// The shared test server exists exactly when Java and Maven do; then this file can start its own.
const canStart = inject('neo4j').uri !== null && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0;

function server(verb: 'start' | 'stop'): void {
  const run = spawnSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}scripts/neo4j-server.ts`, verb], {
    env: { ...process.env, ...SERVER_ENV },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`neo4j ${verb} failed:\n${run.stdout}${run.stderr}`);
}

async function wipe(): Promise<void> {
  const store = await createNeo4jStore(config);
  for (const a of await store.articleSources()) await store.removeArticle(a.id);
  await store.pruneOrphans();
  await store.close();
}

describe.skipIf(!canStart)('Neo4j faults', { timeout: 300_000 }, () => {
  let reference: GraphStore;

  beforeAll(async () => {
    server('start');
    await wipe();
    reference = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-fault-ref-')) });
    await ingestPaths(reference, [SEEDS]);
  }, 300_000);

  afterAll(async () => {
    await reference?.close();
    server('stop');
  }, 120_000);

  it('names the articles not written when Neo4j stops mid-ingest, holds no half article, and a rerun completes them', async () => {
    const store = await createNeo4jStore(config);
    let files = 0;
    const summary = await ingestPaths(store, [SEEDS], {
      onFile: () => {
        if (++files === 2) server('stop');
      },
    });
    await store.close();
    expect(summary.articles.failed).toBeGreaterThan(0);
    const notWritten = summary.failures.filter((f) => f.code === 'STORE_UNAVAILABLE');
    expect(notWritten).toHaveLength(summary.articles.failed);
    for (const f of notWritten) expect(f.article).toBeTruthy();
    expect(summary.articles.new + summary.articles.failed).toBe(20);

    server('start');
    const after = await createNeo4jStore(config);
    try {
      const stored = await after.articleSources();
      expect(stored).toHaveLength(summary.articles.new);
      // Every article there is whole: the same as the embedded store holds it.
      for (const { id } of stored) {
        const { ingestedAt: _a, ...inNeo4j } = (await after.article(id))!;
        const { ingestedAt: _b, ...whole } = (await reference.article(id))!;
        expect(inNeo4j.reporters).toEqual(whole.reporters);
        expect(inNeo4j.text).toEqual(whole.text);
      }
      const rerun = await ingestPaths(after, [SEEDS]);
      expect(rerun.articles).toMatchObject({ new: summary.articles.failed, unchanged: summary.articles.new, failed: 0 });
      const { lastIngest: _x, ...graph } = await after.stats();
      const { lastIngest: _y, ...expected } = await reference.stats();
      expect(graph).toEqual(expected);
    } finally {
      await after.close();
    }
  });

  it('answers 503 with a clear body while Neo4j is down, and recovers by itself when it is back', async () => {
    const store = await createNeo4jStore(config);
    const api = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
    try {
      expect((await fetch(`${api.url}/api/stats`)).status).toBe(200);
      server('stop');
      const down = await fetch(`${api.url}/api/meetings`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('STORE_UNAVAILABLE');
      expect(body.error.message).toMatch(/Neo4j/);
      server('start');
      let status = 0;
      for (let i = 0; i < 30 && status !== 200; i++) {
        status = (await fetch(`${api.url}/api/meetings`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 1000));
      }
      expect(status).toBe(200);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
