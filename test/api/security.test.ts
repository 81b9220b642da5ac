// The write route and what guards it, against a real listening server on the embedded store: the
// bearer token (none configured → writes off), body limits, the write rate limit, security
// headers, CORS only for configured origins; and the run record every write leaves.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { SIMPLIFIED_PAGE } from '../helpers/pages.js';

const TOKEN = 'correct-horse-battery-staple';

async function serve(env: Record<string, string>): Promise<{ store: GraphStore; server: RunningServer }> {
  const store = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-sec-')) });
  const server = await listen(createApp({ store, config: loadConfig(env) }), 0, '127.0.0.1');
  return { store, server };
}

const post = (url: string, body: string | Uint8Array, headers: Record<string, string>) => fetch(`${url}/api/ingest`, { method: 'POST', body, headers });
const json = (pages: Array<{ source: string; text: string }>) => JSON.stringify({ pages });

describe('POST /api/ingest', () => {
  let open: { store: GraphStore; server: RunningServer };
  beforeAll(async () => {
    open = await serve({ NEWSGRAPH_API_TOKEN: TOKEN, NEWSGRAPH_WRITE_RATE_LIMIT: '60', NEWSGRAPH_CORS_ORIGINS: 'https://desk.example' });
  });
  afterAll(async () => {
    await open.server.close();
    await open.store.close();
  });

  it('refuses a missing or wrong token with 401 and writes nothing', async () => {
    const none = await post(open.server.url, json([{ source: 'a.txt', text: SIMPLIFIED_PAGE }]), { 'content-type': 'application/json' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
    const wrong = await post(open.server.url, json([{ source: 'a.txt', text: SIMPLIFIED_PAGE }]), { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()) as object).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await open.store.stats()).articles).toBe(0);
  });

  it('ingests pages sent as JSON with the right token, and records the run', async () => {
    const res = await post(open.server.url, json([{ source: 'desk/page-1.txt', text: SIMPLIFIED_PAGE }]), { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { run: { id: string; trigger: string; counts: { new: number } } };
    expect(body.run).toMatchObject({ trigger: 'api', counts: { new: 2 } });
    const runs = (await (await fetch(`${open.server.url}/api/ingest/runs`)).json()) as { items: Array<{ id: string }> };
    expect(runs.items[0]?.id).toBe(body.run.id);
    const people = (await (await fetch(`${open.server.url}/api/search?q=${encodeURIComponent('周立新')}`)).json()) as { total: number };
    expect(people.total).toBe(1);
  });

  it('takes one page as raw bytes in any encoding, named by ?source=', async () => {
    const unnamed = await post(open.server.url, iconv.encode(SIMPLIFIED_PAGE, 'gbk'), { 'content-type': 'application/octet-stream', authorization: `Bearer ${TOKEN}` });
    expect(unnamed.status).toBe(400);
    expect((await unnamed.json()) as object).toMatchObject({ error: { field: 'source' } });
    const named = await fetch(`${open.server.url}/api/ingest?source=gbk-page.txt`, {
      method: 'POST',
      body: iconv.encode(SIMPLIFIED_PAGE.replace('周立新', '周立明'), 'gbk'),
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${TOKEN}` },
    });
    expect(named.status).toBe(200);
    const hit = (await (await fetch(`${open.server.url}/api/search?q=${encodeURIComponent('周立明')}`)).json()) as { total: number };
    expect(hit.total).toBe(1);
  });

  it('answers a bad body with 400 naming the field, and an oversized one with 413', async () => {
    const bad = await post(open.server.url, JSON.stringify({ pages: [{ source: '', text: 'x' }] }), { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toMatchObject({ error: { field: 'pages.0.source' } });
    const huge = await post(open.server.url, Buffer.alloc(21 * 1024 * 1024, 0x41), { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
    expect(huge.status).toBe(413);
    expect((await huge.json()) as object).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('sets security headers and allows only the configured origin', async () => {
    const res = await fetch(`${open.server.url}/api/health`, { headers: { origin: 'https://desk.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    const other = await fetch(`${open.server.url}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets any page read the Neo4j Browser guide, preflight included, and no other route', async () => {
    const origin = { origin: 'https://browser.example' };
    const preflight = await fetch(`${open.server.url}/api/neo4j-guide`, { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-requested-with' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-requested-with');
    const guide = await fetch(`${open.server.url}/api/neo4j-guide`, { headers: origin });
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    expect(guide.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await guide.text();
    expect(html).toMatch(/^<article class="guide">/);
    // The style, then one runnable block per saved query, escaped as HTML; the write that deletes an
    // article last, after a block that sets its parameter.
    expect(html.match(/<pre class="pre-scrollable code runnable">/g)?.length).toBe(10);
    expect(html).toContain(':param articleId =&gt; ');
    expect(html).toContain("MATCH (p:Person {name: '邓群策'})");
    expect(html).toContain('caption: &quot;{name} {date}&quot;');
    expect(html).not.toMatch(/<pre[^>]*>[^<]*<(?!\/pre)/);
    const health = await fetch(`${open.server.url}/api/health`, { method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'GET' } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answers 5xx nor hangs for any body or source sent to it (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json().map((body) => ({ body, type: 'application/json' })),
          fc.record({ pages: fc.array(fc.record({ source: fc.string(), text: fc.string({ unit: 'binary', maxLength: 200 }) }), { maxLength: 3 }) }).map((b) => ({ body: JSON.stringify(b), type: 'application/json' })),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ body: bytes, type: 'application/octet-stream' })),
        ),
        fc.string({ maxLength: 30 }),
        async ({ body, type }, source) => {
          const res = await fetch(`${open.server.url}/api/ingest?source=${encodeURIComponent(source)}`, {
            method: 'POST',
            body,
            headers: { 'content-type': type, authorization: `Bearer ${TOKEN}` },
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          return res.status < 500;
        },
      ),
      { numRuns: 40, seed: 20201225 },
    );
  });

  it('limits write requests per minute with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 62; i++) statuses.push((await post(open.server.url, '{}', { 'content-type': 'application/json' })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
  });
});

describe('POST /api/ingest with no token configured', () => {
  it('is switched off with 403 and says how to turn it on', async () => {
    const { store, server } = await serve({});
    try {
      const res = await post(server.url, json([{ source: 'a.txt', text: SIMPLIFIED_PAGE }]), { 'content-type': 'application/json', authorization: 'Bearer anything' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/NEWSGRAPH_API_TOKEN/);
      expect((await fetch(`${server.url}/api/health`)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await store.stats()).articles).toBe(0);
    } finally {
      await server.close();
      await store.close();
    }
  });
});

describe('the read rate limit', () => {
  it('holds a client to NEWSGRAPH_READ_RATE_LIMIT reads a minute, answers from the cache included, with 429', async () => {
    const { store, server } = await serve({ NEWSGRAPH_READ_RATE_LIMIT: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${server.url}/api/stats`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const refused = await fetch(`${server.url}/api/meetings`);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED', message: expect.stringContaining('NEWSGRAPH_READ_RATE_LIMIT') } });
      // The web page itself is not an API read.
      expect((await fetch(`${server.url}/`)).status).not.toBe(429);
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('is off with NEWSGRAPH_READ_RATE_LIMIT=0', async () => {
    const { store, server } = await serve({ NEWSGRAPH_READ_RATE_LIMIT: '0' });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 50; i++) statuses.add((await fetch(`${server.url}/api/stats`)).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
