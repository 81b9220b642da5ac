// Cached answers on the embedded store: the same question gets the same bytes as the uncached
// route would send, and a write makes the next answer fresh.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { seedFactSheets } from '../helpers/fact-sheets.js';

let store: GraphStore;
let server: RunningServer;
const sheets = seedFactSheets();

beforeAll(async () => {
  store = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-cache-')) });
  await store.replaceArticles(sheets.slice(0, 10));
  server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
});

afterAll(async () => {
  await server.close();
  await store.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, cache: res.headers.get('x-cache'), type: res.headers.get('content-type'), etag: res.headers.get('etag'), csp: res.headers.get('content-security-policy'), body: await res.text() };
};

describe('answers cached per store version', () => {
  it('sends the same pretty JSON the second time', async () => {
    const first = await get('/api/search?q=%E5%B8%82');
    const second = await get('/api/search?q=%E5%B8%82');
    expect(first.cache).toBeNull();
    expect(second).toEqual({ ...first, cache: 'hit' });
    expect(first.type).toBe('application/json; charset=utf-8');
    expect(first.body).toBe(JSON.stringify(await store.search('市', undefined, 50, 0), null, 2));
    expect(second.csp).toBeTruthy();
  });

  it.each([
    ['a parameter the route does not take', '/api/meetings?limit=7&_=1', '/api/meetings?limit=7&_=2'],
    ['the same parameters in another order', '/api/search?q=%E5%B8%82&limit=3&offset=1', '/api/search?offset=1&q=%E5%B8%82&limit=3'],
    ['a default spelt out', '/api/people', '/api/people?limit=50&offset=0&sort=name'],
    ['a number spelt another way', '/api/meetings?limit=9', '/api/meetings?limit=09'],
  ])('keys on the route and its validated parameters: %s is the same question', async (_name, first, second) => {
    const a = await get(first);
    const b = await get(second);
    expect(a.status).toBe(200);
    expect(b.cache).toBe('hit');
    expect(b.body).toBe(a.body);
  });

  it.each([
    ['a parameter given twice', '/api/meetings?limit=3&limit=3'],
    ['more parameters than Express reads', `/api/people?${'x=1&'.repeat(1000)}sort=articles`],
  ])('does not keep %s, which the route may read otherwise', async (_name, path) => {
    const first = await get(path);
    const again = await get(path);
    expect(again.cache).toBeNull();
    expect(again.status).toBe(first.status);
  });

  it('does not keep what fails validation, nor confuse two questions', async () => {
    expect((await get('/api/meetings?limit=0')).status).toBe(400);
    expect((await get('/api/meetings?limit=0')).status).toBe(400);
    const five = await get('/api/meetings?limit=5&_=x');
    const six = await get('/api/meetings?limit=6&_=x');
    expect(JSON.parse(five.body).items).toHaveLength(Math.min(5, JSON.parse(five.body).total));
    expect(six.body).not.toBe(five.body);
  });

  it('answers a conditional request with 304 when the answer has not changed', async () => {
    const first = await get('/api/meetings?limit=5');
    expect(first.etag).toBeTruthy();
    const again = await get('/api/meetings?limit=5', { 'if-none-match': first.etag as string });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('lists an ingest run recorded after the list was first asked for', async () => {
    const before = JSON.parse((await get('/api/ingest/runs')).body) as { total: number };
    const now = new Date().toISOString();
    await store.recordRun({ id: 'run-cache-test', trigger: 'cli', status: 'finished', paths: [], startedAt: now, endedAt: now, counts: { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 }, errors: [] });
    const after = JSON.parse((await get('/api/ingest/runs')).body) as { total: number };
    expect(after.total).toBe(before.total + 1);
  });

  it('answers afresh after a write', async () => {
    const before = JSON.parse((await get('/api/health')).body) as { articles: number };
    await store.replaceArticles(sheets.slice(10));
    const after = JSON.parse((await get('/api/health')).body) as { articles: number };
    expect(after.articles).toBe(sheets.length);
    expect(before.articles).toBe(10);
  });

  it('does not keep errors', async () => {
    expect((await get('/api/people/nobody-here')).status).toBe(404);
    expect((await get('/api/people/nobody-here')).status).toBe(404);
  });
});

describe('NEWSGRAPH_RESPONSE_CACHE', () => {
  it('turns the cache off, and refuses a value that is neither on nor off', () => {
    expect(createApp({ store, config: loadConfig({ NEWSGRAPH_RESPONSE_CACHE: 'off' }) }).locals.responseCache).toBeUndefined();
    expect(createApp({ store, config: loadConfig({}) }).locals.responseCache).toBeDefined();
    expect(() => loadConfig({ NEWSGRAPH_RESPONSE_CACHE: 'sometimes' })).toThrow(/NEWSGRAPH_RESPONSE_CACHE must be on or off/);
  });
});
