// Answers to GET requests, kept as the bytes sent with their headers, for a store whose every write
// this process sees (the embedded store: its version moves on with each write). A repeated question
// is answered before Express is entered at all, which is what lets a busy API come near the speed
// of a bare http server. Stores written by other processes too (Neo4j) have no version and are
// always asked.
// An answer is kept under its route and its parameters as validated: parameters a route does not
// take (a cache-buster such as ?_=123), their order and their spelling (?limit=50 is the default)
// do not make another entry, so no one can starve the store by asking the same thing differently.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { GraphStore } from '../graph/store.js';
import type { Operation } from './operation.js';

const MAX_ENTRIES = 10_000;
/** The most query parameters Express's parser reads; the rest it drops. */
const MAX_PARAMS = 1000;
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  version: number;
  headers: Record<string, string | string[] | number>;
  body: Buffer;
}

export interface ResponseCache {
  /** Express middleware that keeps the 200 answers of cacheable requests. */
  record: RequestHandler;
  /** Answers from the cache when it holds a fresh answer; false when the request must go on. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

/** A GET operation's path as a pattern whose groups are its path parameters. */
function routeOf(op: Operation): { op: Operation; pattern: RegExp } {
  const source = op.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '([^/]+)');
  return { op, pattern: new RegExp(`^${source}/?$`) };
}

/**
 * What the answer depends on: the route, its path parameters, its query as the route validates it
 * (unknown parameters dropped, defaults filled in, keys in order), and the Origin (CORS headers).
 * Null when the request is not a GET of the API or its query does not validate (the route answers 400).
 */
function keyFor(routes: Array<{ op: Operation; pattern: RegExp }>, req: IncomingMessage): string | null {
  if (req.method !== 'GET' || !(req.url ?? '').startsWith('/api/')) return null;
  const url = new URL(req.url as string, 'http://localhost');
  for (const { op, pattern } of routes) {
    const m = pattern.exec(url.pathname);
    if (!m) continue;
    let params: string[];
    try {
      params = m.slice(1).map((p) => decodeURIComponent(p));
    } catch {
      return null;
    }
    let query: unknown = {};
    if (op.query) {
      // A name given twice, or more names than Express reads (1000), may be read otherwise by the
      // route than here: such a question is not kept.
      const names = [...url.searchParams.keys()];
      if (names.length > MAX_PARAMS || new Set(names).size !== names.length) return null;
      const parsed = op.query.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) return null;
      query = Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return JSON.stringify([req.headers.origin ?? '', op.path, params, query]);
  }
  return null;
}

export function responseCache(store: GraphStore, operations: Operation[]): ResponseCache | null {
  const version = store.version?.bind(store);
  if (!version) return null;
  const routes = operations.filter((op) => op.method === 'get' && !op.live).map(routeOf);
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const forget = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.body.length;
    entries.delete(key);
  };
  const keep = (key: string, entry: Entry) => {
    forget(key);
    // Oldest first out: a Map iterates in insertion order.
    while (entries.size >= MAX_ENTRIES || (bytes + entry.body.length > MAX_BYTES && entries.size > 0)) forget(entries.keys().next().value as string);
    if (entry.body.length > MAX_BYTES) return;
    entries.set(key, entry);
    bytes += entry.body.length;
  };

  return {
    record(req, res, next) {
      const key = keyFor(routes, req);
      if (key === null) return next();
      const at = version();
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        const sent = send(body);
        if (res.statusCode === 200 && !res.locals.uncached && (typeof body === 'string' || Buffer.isBuffer(body))) {
          keep(key, { version: at, headers: res.getHeaders() as Entry['headers'], body: Buffer.from(body) });
        }
        return sent;
      };
      next();
    },
    serve(req, res) {
      const key = keyFor(routes, req);
      if (key === null) return false;
      const hit = entries.get(key);
      if (!hit) return false;
      if (hit.version !== version()) {
        forget(key);
        return false;
      }
      if (hit.headers.etag !== undefined && req.headers['if-none-match'] === hit.headers.etag) {
        res.writeHead(304, { etag: hit.headers.etag as string, 'x-cache': 'hit' });
        res.end();
        return true;
      }
      res.writeHead(200, { ...hit.headers, 'x-cache': 'hit' });
      res.end(hit.body);
      return true;
    },
  };
}
