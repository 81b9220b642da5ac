// What newsgraph does when Neo4j goes away and comes back, for any way of taking it away: the
// articles not written in an ingest cut short are named, no article is left half written, a rerun
// completes them; the API answers 503 with a clear body while Neo4j is away and recovers by itself.
// neo4j-store.test.ts cuts a relay in front of the test server; neo4j-restart.slow.test.ts stops
// and starts a server of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen } from '../../src/api/server.js';
import { loadConfig, type Neo4jConfig } from '../../src/config.js';
import { ingestPaths } from '../../src/graph/ingest-run.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { SEEDS } from './store-conformance.js';

export interface Neo4jFault {
  /** Where the store under test connects. */
  config: Neo4jConfig;
  /** Takes Neo4j away; synchronous, so that it can happen between two files of an ingest. */
  down(): void;
  /** Brings it back; resolves once it accepts connections. */
  up(): Promise<void>;
  /** Ends the fault harness (Neo4j left reachable or stopped, as the harness owns it). */
  close(): Promise<void>;
}

async function wipe(config: Neo4jConfig): Promise<void> {
  const store = await createNeo4jStore(config);
  try {
    for (const a of await store.articleSources()) await store.removeArticle(a.id);
    await store.pruneOrphans();
  } finally {
    await store.close();
  }
}

export function testNeo4jFaults(name: string, start: () => Promise<Neo4jFault>, timeout = 90_000): void {
  describe(`Neo4j faults: ${name}`, { timeout }, () => {
    let fault: Neo4jFault;
    let reference: GraphStore;

    // The driver gives up on an unreachable server after a second rather than the product's 15 s:
    // what is asserted is where each article ends up, not how long the store kept trying.
    const open = () => createNeo4jStore({ ...fault.config, retryMs: 1000 });

    beforeAll(async () => {
      fault = await start();
      await wipe(fault.config);
      reference = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-fault-ref-')) });
      await ingestPaths(reference, [SEEDS]);
    });

    afterAll(async () => {
      await reference?.close();
      await fault?.close();
    });

    it('names the articles not written when Neo4j goes away mid-ingest, holds no half article, and a rerun completes them', async () => {
      const store = await open();
      let files = 0;
      // Small batches, so that the first two pages are written before Neo4j goes and the rest not.
      const summary = await ingestPaths(store, [SEEDS], {
        batchSize: 3,
        onFile: () => {
          if (++files === 2) fault.down();
        },
      });
      await store.close();
      expect(summary.articles.new).toBeGreaterThan(0);
      expect(summary.articles.failed).toBeGreaterThan(0);
      const notWritten = summary.failures.filter((f) => f.code === 'STORE_UNAVAILABLE');
      expect(notWritten).toHaveLength(summary.articles.failed);
      for (const f of notWritten) expect(f.article).toBeTruthy();
      expect(summary.articles.new + summary.articles.failed).toBe(20);

      await fault.up();
      const after = await open();
      try {
        const stored = await after.articleSources();
        expect(stored).toHaveLength(summary.articles.new);
        // Every article there is whole: the same as the embedded store holds it, but for the aliases
        // of its entities, which the articles not written yet would add.
        const whole = ({ ingestedAt: _at, entities, ...article }: NonNullable<Awaited<ReturnType<GraphStore['article']>>>) => ({
          ...article,
          entities: entities.map(({ aliases: _aliases, ...entity }) => entity),
        });
        for (const { id } of stored) expect(whole((await after.article(id))!)).toEqual(whole((await reference.article(id))!));
        const rerun = await ingestPaths(after, [SEEDS]);
        expect(rerun.articles).toMatchObject({ new: summary.articles.failed, unchanged: summary.articles.new, failed: 0 });
        const { lastIngest: _x, ...graph } = await after.stats();
        const { lastIngest: _y, ...expected } = await reference.stats();
        expect(graph).toEqual(expected);
      } finally {
        await after.close();
      }
    });

    it('answers 503 with a clear body while Neo4j is away, and recovers by itself when it is back', async () => {
      const store = await open();
      const api = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
      try {
        expect((await fetch(`${api.url}/api/stats`)).status).toBe(200);
        fault.down();
        const down = await fetch(`${api.url}/api/meetings`);
        expect(down.status).toBe(503);
        const body = (await down.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('STORE_UNAVAILABLE');
        expect(body.error.message).toMatch(/Neo4j/);
        await fault.up();
        await vi.waitFor(async () => expect((await fetch(`${api.url}/api/meetings`)).status).toBe(200), { timeout: 60_000, interval: 250 });
      } finally {
        await api.close();
        await store.close();
      }
    });
  });
}
