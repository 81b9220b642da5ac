// POST /api/ingest (pages as JSON, or one page's raw bytes in any encoding) for clients holding the
// API token, and GET /api/ingest/runs: every ingest run's record, newest first.
import { z } from 'zod';
import type { Config } from '../../config.js';
import { BadRequestError } from '../../errors.js';
import type { ExtractOptions } from '../../extract/extract-page.js';
import { createExtractor, defaultWorkers, type Extractor } from '../../extract/extract-pool.js';
import { runIngestJob } from '../../graph/ingest-job.js';
import { ingestPages } from '../../graph/ingest-run.js';
import type { PageBytes } from '../../ingest/article.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { pageQuery, parse } from '../params.js';
import { requireToken, writeBodies, writeRateLimit } from '../security.js';

const source = z.string().trim().min(1).max(200).describe('a name for the page, the key its articles are stored under');
const pagesBody = z.object({ pages: z.array(z.object({ source, text: z.string().min(1).max(20_000_000) })).min(1).max(100) });
const rawQuery = z.object({ source: source.optional() });

/** Articles written per store call for posted pages: each write is short, so reads are not held up. */
const POSTED_BATCH = 20;

/**
 * Worker threads for posted pages when NEWSGRAPH_WORKERS does not say: one core is left to the
 * event loop, which writes what they extract and answers reads meanwhile (on two cores one worker
 * ingests a POST faster than two, and reads wait less).
 */
const apiWorkers = () => Math.max(1, defaultWorkers() - 1);

/**
 * The pool that extracts posted pages, started at the first POST (each worker loads its tokenizer
 * first, a second's work) and kept: the server's event loop never extracts, so it keeps answering
 * reads while pages are ingested.
 */
export function postedPagesPool(config: Config, extract: ExtractOptions): { get(): Extractor; close(): Promise<void> } {
  let pool: Extractor | null = null;
  return {
    get: () => (pool ??= createExtractor(config.workers ?? apiWorkers(), extract, undefined, true)),
    close: async () => {
      await pool?.close();
      pool = null;
    },
  };
}

export function ingestOperations(store: GraphStore, config: Config, extract: ExtractOptions, pool: { get(): Extractor }): Operation[] {
  return [
    {
      method: 'post',
      path: '/api/ingest',
      tag: 'ingest',
      summary: 'Ingest pages: JSON {"pages": [{"source", "text"}]}, or one page as text/plain, text/html or bytes with ?source=',
      query: rawQuery,
      errors: [401, 403, 409, 413, 429],
      writes: true,
      middleware: [writeRateLimit(config), requireToken(config), ...writeBodies()],
      async handler(req, res) {
        // Pages are decoded and extracted in the worker pool, each failing alone: nothing of a page's
        // text is worked on here, on the event loop. Written in small batches, so no one write holds it long.
        let pages: PageBytes[];
        if (Buffer.isBuffer(req.body)) {
          const { source: name } = parse(rawQuery, req.query);
          if (!name) throw new BadRequestError('source', 'source: a raw page needs ?source=<name>');
          pages = [{ source: name, bytes: req.body }];
        } else {
          pages = parse(pagesBody, req.body ?? {}).pages.map((p) => ({ source: p.source, bytes: Buffer.from(p.text, 'utf8') }));
        }
        const { summary, run } = await runIngestJob(store, 'api', pages.map((p) => p.source), () =>
          ingestPages(store, pages, { extract, extractor: pool.get(), batchSize: POSTED_BATCH }),
        );
        res.status(summary.failures.length ? 207 : 200).json({ run, entities: summary.entities, relations: summary.relations });
      },
    },
    {
      method: 'get',
      path: '/api/ingest/runs',
      tag: 'ingest',
      summary: 'Every ingest run (CLI, schedule, watch, API): start, end, new/changed/unchanged/removed/failed, errors',
      query: pageQuery,
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        res.json(await store.runs(q.limit, q.offset));
      },
    },
  ];
}
