// Answers to GET requests, kept as the bytes sent with their headers, for a store whose every write
// this process sees (the embedded store: its version moves on with each write). A repeated question
// is answered before Express is entered at all, which is what lets a busy API come near the speed
// of a bare http server. Stores written by other processes too (Neo4j) have no version and are
// always asked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { GraphStore } from '../graph/store.js';

const MAX_ENTRIES = 10_000;
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

/** The answer depends on the path and query, and on the Origin only through CORS headers. */
const keyOf = (req: IncomingMessage) => `${req.headers.origin ?? ''} ${req.url ?? ''}`;

const cacheable = (req: IncomingMessage) => req.method === 'GET' && (req.url ?? '').startsWith('/api/');

export function responseCache(store: GraphStore): ResponseCache | null {
  const version = store.version?.bind(store);
  if (!version) return null;
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
      if (!cacheable(req)) return next();
      const at = version();
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        const sent = send(body);
        if (res.statusCode === 200 && !res.locals.uncached && (typeof body === 'string' || Buffer.isBuffer(body))) {
          keep(keyOf(req), { version: at, headers: res.getHeaders() as Entry['headers'], body: Buffer.from(body) });
        }
        return sent;
      };
      next();
    },
    serve(req, res) {
      if (!cacheable(req)) return false;
      const key = keyOf(req);
      const hit = entries.get(key);
      if (!hit) return false;
      if (hit.version !== version()) {
        forget(key);
        return false;
      }
      if (hit.headers.etag !== undefined && req.headers['if-none-match'] === hit.headers.etag) {
        res.writeHead(304, { etag: hit.headers.etag as string });
        res.end();
        return true;
      }
      res.writeHead(200, hit.headers);
      res.end(hit.body);
      return true;
    },
  };
}
