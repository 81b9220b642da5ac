// The API's error contract against a real listening server: one JSON shape, 400 naming the bad
// field, 404 for unknown ids and routes, no stack traces.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { seedFactSheets } from '../helpers/fact-sheets.js';

let store: GraphStore;
let server: RunningServer;

beforeAll(async () => {
  store = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-api-')) });
  await applyFactSheets(store, seedFactSheets());
  server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
});

afterAll(async () => {
  await server.close();
  await store.close();
});

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { error?: { code: string; field?: string; message: string } } };
}

describe('API errors', () => {
  it.each([
    ['/api/meetings?from=28-05-2021', 'from'],
    ['/api/meetings?to=yesterday', 'to'],
    ['/api/meetings?from=2021-13-45', 'from'],
    ['/api/meetings?to=2021-02-30', 'to'],
    ['/api/meetings?limit=1000', 'limit'],
    ['/api/meetings?limit=0', 'limit'],
    ['/api/meetings?offset=-1', 'offset'],
    ['/api/meetings?role=chaired', 'role'],
    [`/api/people/${encodeURIComponent('邓群策')}/meetings?role=chaired`, 'role'],
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
  ])('%s is a 400 naming %s', async (path, field) => {
    const { status, type, body } = await get(path);
    expect(status).toBe(400);
    expect(type).toMatch(/application\/json/);
    expect(body.error).toMatchObject({ code: 'BAD_REQUEST', field });
  });

  it.each([
    '/api/people/per_0000000000000000',
    `/api/people/${encodeURIComponent('不存在的人')}`,
    '/api/people/per_0000000000000000/meetings',
    '/api/meetings/mtg_0000000000000000',
    '/api/meetings/not-an-id',
    '/api/meetings?person=per_0000000000000000',
    '/api/nothing-here',
    '/no-such-page',
  ])('%s is a JSON 404', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body.error?.code).toBe('NOT_FOUND');
  });

  it('pages with limit and offset', async () => {
    const all = (await (await fetch(`${server.url}/api/meetings?limit=200`)).json()) as { items: unknown[]; total: number };
    const page = (await (await fetch(`${server.url}/api/meetings?limit=3&offset=2`)).json()) as { items: unknown[]; total: number; limit: number; offset: number };
    expect(page).toMatchObject({ total: all.total, limit: 3, offset: 2 });
    expect(page.items).toEqual(all.items.slice(2, 5));
  });
});
