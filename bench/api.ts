// 4. API throughput and latency under load (autocannon, 50 connections, loopback) for three
// questions: the meetings of a person, the attendees of a meeting, and search. Each runs against
// the API on a store and against the ceiling: a bare node:http server sending the very same JSON
// bodies, precomputed, which is as fast as any Node API could answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { pageFiles } from './lib/corpus-files.js';
import { ROOT, round } from './lib/measure.js';

export const ROUTES = ['person_meetings', 'meeting_attendees', 'search'] as const;
export type Route = (typeof ROUTES)[number];
export type RoutePaths = Record<Route, string[]>;

export interface LoadFigures {
  requests_s: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Starts bench/api-server.ts in a child process and waits for its URL. */
export function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('api-server.ts', import.meta.url)), ...args], {
      cwd: ROOT,
      // The load generator is one client: the read rate limit would measure itself.
      env: { ...process.env, NEWSGRAPH_READ_RATE_LIMIT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`api-server ${args.join(' ')} exited with ${code} before serving`)));
  });
}

async function getJson(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}

/** Paths for each question, read from the API itself: presiders and meetings of the store, searches by their names. */
export async function pickPaths(url: string, count = 20): Promise<RoutePaths> {
  const list = JSON.parse((await getJson(`${url}/api/meetings?limit=200`)).body) as { items: Array<{ id: string; presidedBy: Array<{ id: string; name: string }> }> };
  const meetings = list.items.filter((m) => m.presidedBy.length > 0);
  const step = Math.max(1, Math.floor(meetings.length / count));
  const picked = meetings.filter((_, i) => i % step === 0).slice(0, count);
  const people = [...new Map(picked.flatMap((m) => m.presidedBy).map((p) => [p.id, p])).values()];
  return {
    person_meetings: people.map((p) => `/api/people/${p.id}/meetings`),
    meeting_attendees: picked.map((m) => `/api/meetings/${m.id}`),
    search: people.map((p) => `/api/search?q=${encodeURIComponent(p.name.slice(0, 2))}`),
  };
}

/** The bodies the API answers for the paths: what the ceiling will send. */
export async function bodiesOf(url: string, paths: RoutePaths): Promise<string> {
  const bodies: Record<string, string> = {};
  for (const path of Object.values(paths).flat()) {
    const { status, body } = await getJson(`${url}${path}`);
    if (status !== 200) throw new Error(`${path} answered ${status}: ${body.slice(0, 200)}`);
    bodies[path] = body;
  }
  const file = join(ROOT, 'bench', 'corpora', 'ceiling-bodies.json');
  writeFileSync(file, JSON.stringify(bodies));
  return file;
}

export async function load(url: string, paths: string[], seconds: number, connections = 50): Promise<LoadFigures> {
  const requests = paths.map((path) => ({ path }));
  await autocannon({ url, connections, duration: 1, requests });
  const r = await autocannon({ url, connections, duration: seconds, requests });
  return { requests_s: round(r.requests.average, 0), p50_ms: r.latency.p50, p99_ms: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

/** Loads every route on the server; the paths are the same for every server compared. */
export async function loadRoutes(url: string, paths: RoutePaths, seconds: number): Promise<Record<Route, LoadFigures>> {
  const out = {} as Record<Route, LoadFigures>;
  for (const route of ROUTES) out[route] = await load(url, paths[route], seconds);
  return out;
}

/**
 * How long /api/health takes while a POST of `pages` pages is being ingested: health is asked over
 * and over, one request after another, until the POST has answered; the slowest answer counts.
 */
export async function healthDuringIngest(corpus: string, pages = 95): Promise<{ pages: number; health_max_ms: number; health_p99_ms: number; asked: number; post_s: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-health-'));
  const token = 'bench-token';
  const server = await serve(['memory', dataDir], { NEWSGRAPH_API_TOKEN: token, NEWSGRAPH_WRITE_RATE_LIMIT: '1000' });
  try {
    const files = pageFiles(corpus).slice(0, pages);
    const body = JSON.stringify({ pages: files.map((file, i) => ({ source: `bench/${i}.txt`, text: readFileSync(file, 'utf8') })) });
    const started = performance.now();
    let posted = false;
    const post = fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body }).then(async (res) => {
      await res.text();
      posted = true;
      if (res.status !== 200) throw new Error(`POST /api/ingest answered ${res.status}`);
    });
    const took: number[] = [];
    while (!posted) {
      const t0 = performance.now();
      await (await fetch(`${server.url}/api/health`)).text();
      took.push(performance.now() - t0);
    }
    await post;
    const post_s = (performance.now() - started) / 1000;
    took.sort((a, b) => a - b);
    return {
      pages: files.length,
      asked: took.length,
      health_max_ms: round(took.at(-1) ?? 0, 1),
      health_p99_ms: round(took[Math.floor(took.length * 0.99)] ?? took.at(-1) ?? 0, 1),
      post_s: round(post_s, 2),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
