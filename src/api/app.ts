// The Express app, built apart from listen so tests and the CLI can start it on any port. The API
// is a list of operations (mounted here, described by /api/openapi.json); the web page is the
// bundle in dist/web, served by the app itself.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type RequestHandler } from 'express';
import swaggerUi from 'swagger-ui-dist';
import { extractOptionsOf, type Config } from '../config.js';
import type { GraphStore } from '../graph/store.js';
import { errorHandler, notFound } from './error-handler.js';
import type { Operation } from './operation.js';
import { responseCache } from './response-cache.js';
import { anyOriginCors, corsFor, readRateLimit, securityHeaders } from './security.js';
import { analyticsOperations } from './routes/analytics.js';
import { articleOperations } from './routes/articles.js';
import { docsOperations } from './routes/docs.js';
import { entityOperations } from './routes/entities.js';
import { graphOperations } from './routes/graph.js';
import { healthOperations } from './routes/health.js';
import { ingestOperations, postedPagesPool } from './routes/ingest.js';
import { meetingOperations } from './routes/meetings.js';
import { peopleOperations } from './routes/people.js';
import { searchOperations } from './routes/search.js';

export interface AppDeps {
  store: GraphStore;
  config: Config;
}

/** Where the build puts the web page: dist/web under the package root (from dist/api or src/api). */
export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

function apiOperations(store: GraphStore, config: Config, pool: ReturnType<typeof postedPagesPool>): Operation[] {
  const extract = extractOptionsOf(config);
  const operations: Operation[] = [
    ...docsOperations(() => operations),
    ...healthOperations(store),
    ...searchOperations(store),
    ...peopleOperations(store),
    ...meetingOperations(store),
    ...entityOperations(store),
    ...articleOperations(store),
    ...graphOperations(store),
    ...analyticsOperations(store),
    ...ingestOperations(store, config, extract, pool),
  ];
  return operations;
}

export function createApp({ store, config }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('json spaces', 2);
  const pool = postedPagesPool(config, extractOptionsOf(config));
  // Run by the server's close, once its requests are done.
  app.locals.close = () => pool.close();
  const operations = apiOperations(store, config, pool);
  // CORS as configured, but for the pages any origin may read (preflights included).
  const configured = corsFor(config);
  const readableAnywhere = new Set(operations.filter((op) => op.anyOrigin).map((op) => op.path));
  app.use(securityHeaders(), (req, res, next) => (readableAnywhere.has(req.path) ? anyOriginCors : configured)(req, res, next));
  const cache = config.responseCache ? responseCache(store, operations) : null;
  // listen() holds each client to its read rate before the cache answers.
  app.locals.readRateLimit = readRateLimit(config);
  if (cache) {
    app.use(cache.record);
    // listen() answers repeated questions from the cache before Express is entered.
    app.locals.responseCache = cache;
  }
  const uncached: RequestHandler = (_req, res, next) => {
    res.locals.uncached = true;
    next();
  };
  for (const op of operations) app[op.method](op.path, ...(op.live ? [uncached] : []), ...(op.middleware ?? []), op.handler);
  app.use('/api/docs/assets', express.static(swaggerUi.getAbsoluteFSPath(), { index: false }));
  if (existsSync(WEB_DIR)) app.use(express.static(WEB_DIR, { index: 'index.html' }));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
