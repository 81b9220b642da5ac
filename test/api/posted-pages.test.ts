// Pages posted to POST /api/ingest are extracted in worker threads, never on the server's event
// loop: while a long POST is being ingested the server keeps answering, and its run shows as running.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { SEEDS } from '../graph/store-conformance.js';

const TOKEN = 'posted-pages-token';
let store: GraphStore;
let server: RunningServer;

beforeAll(async () => {
  store = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-posted-')) });
  server = await listen(createApp({ store, config: loadConfig({ NEWSGRAPH_API_TOKEN: TOKEN, NEWSGRAPH_WORKERS: '1' }) }), 0, '127.0.0.1');
});

afterAll(async () => {
  await server.close();
  await store.close();
});

/** Polls `probe` until it gives a value, up to a deadline. */
async function until<T>(probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('deadline passed');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('POST /api/ingest', () => {
  it('extracts in worker threads: reads are answered while a long POST is ingested, and its run shows as running', async () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const pages = Array.from({ length: 80 }, (_, i) => ({ source: `desk/${i}.txt`, text: seeds[i % seeds.length] as string }));
    let posted = false;
    const post = fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ pages }),
    }).then(async (res) => {
      posted = true;
      return { status: res.status, body: (await res.json()) as { run: { id: string; status: string } } };
    });
    // Were the pages extracted on the event loop, nothing would answer until the run had ended.
    const running = await until(async () => {
      const runs = (await (await fetch(`${server.url}/api/ingest/runs`)).json()) as { items: Array<{ id: string; status: string }> };
      return runs.items.find((r) => r.status === 'running');
    });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(posted).toBe(false);
    const done = await post;
    expect(done.status).toBe(200);
    expect(done.body.run).toMatchObject({ id: running.id, status: 'finished' });
    expect((await store.stats()).articles).toBeGreaterThanOrEqual(80);
  }, 120_000);
});
