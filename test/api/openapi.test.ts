// The OpenAPI document against the app as it really runs: every route Express has mounted under
// /api is described, nothing described is missing from Express, and every described operation
// answers 200 when called on a real listening server with real ids from the seeds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openApiPath } from '../../src/api/openapi.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { entityId } from '../../src/graph/ids.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { seedFactSheets, seedMeetingId } from '../helpers/fact-sheets.js';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required: boolean }>; responses: Record<string, unknown> }>>;
}

let store: GraphStore;
let server: RunningServer;
let app: Express;
let doc: OpenApiDoc;

beforeAll(async () => {
  store = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-openapi-')) });
  await applyFactSheets(store, seedFactSheets());
  app = createApp({ store, config: loadConfig({}) });
  server = await listen(app, 0, '127.0.0.1');
  doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as OpenApiDoc;
});

afterAll(async () => {
  await server.close();
  await store.close();
});

/** "GET /api/people/{id}" for every route Express has mounted under /api. */
function mountedRoutes(express: Express): string[] {
  const stack = (express as unknown as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router.stack;
  return stack
    .filter((layer) => layer.route && layer.route.path.startsWith('/api'))
    .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${openApiPath(layer.route!.path)}`))
    .sort();
}

function describedRoutes(d: OpenApiDoc): string[] {
  return Object.entries(d.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

const DENG = entityId('Person', '邓群策');
const ZHU = entityId('Person', '朱健');
const SAMPLE_ID: Array<[RegExp, string]> = [
  [/^\/api\/(people|entities)\//, DENG],
  [/^\/api\/organizations\//, entityId('Organization', '中共衡阳市委')],
  [/^\/api\/meetings\//, seedMeetingId('全市创文创卫工作调度会', '2020-07-01')],
  [/^\/api\/graph\/neighbourhood\//, DENG],
];
const SAMPLE_QUERY: Record<string, string> = { q: '邓群策', from: DENG, to: ZHU };

async function sampleUrl(path: string, op: OpenApiDoc['paths'][string][string]): Promise<string> {
  let id = SAMPLE_ID.find(([re]) => re.test(path))?.[1];
  if (!id && path.includes('{id}')) {
    const list = path.replace('/{id}', '');
    const first = ((await (await fetch(`${server.url}${list}?limit=1`)).json()) as { items: Array<{ id: string }> }).items[0];
    id = first?.id;
  }
  const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${encodeURIComponent(SAMPLE_QUERY[p.name] ?? 'x')}`);
  return `${path.replace('{id}', encodeURIComponent(id ?? ''))}${query.length ? `?${query.join('&')}` : ''}`;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with an error schema', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(JSON.stringify(doc)).toContain('#/components/schemas/Error');
  });

  it('describes exactly the routes the app has mounted', () => {
    const mounted = mountedRoutes(app);
    expect(mounted.length).toBeGreaterThan(20);
    expect(describedRoutes(doc)).toEqual(mounted);
  });

  it('describes operations that all answer 200 on a real server', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (method !== 'get') continue;
        const url = await sampleUrl(path, op);
        const res = await fetch(`${server.url}${url}`);
        expect(res.status, `${method.toUpperCase()} ${url}`).toBe(200);
      }
    }
  });

  it('describes every query parameter an operation validates', async () => {
    const search = doc.paths['/api/search']?.get?.parameters?.map((p) => p.name);
    expect(search).toEqual(expect.arrayContaining(['q', 'type', 'limit', 'offset']));
    const bad = await fetch(`${server.url}/api/search?q=x&type=Nobody`);
    expect(bad.status).toBe(400);
    expect(doc.paths['/api/search']?.get?.responses).toHaveProperty('400');
  });

  it('serves the interactive docs page with its assets from the app itself', async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    for (const asset of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const res = await fetch(`${server.url}${asset[1]}`);
      expect(res.status, asset[1]).toBe(200);
    }
  });
});
