// The Express app, built apart from listen so tests and the CLI can start it on any port.
import express, { type Express } from 'express';
import type { Config } from '../config.js';
import type { GraphStore } from '../graph/store.js';
import { errorHandler, notFound } from './error-handler.js';
import { healthRouter } from './routes/health.js';
import { meetingsRouter } from './routes/meetings.js';
import { peopleRouter } from './routes/people.js';
import { searchRouter } from './routes/search.js';

export interface AppDeps {
  store: GraphStore;
  config: Config;
}

export const ROUTES = [
  'GET /api/health',
  'GET /api/meetings?person=&role=&from=&to=&limit=&offset=',
  'GET /api/meetings/:id',
  'GET /api/people/:id',
  'GET /api/people/:id/meetings?role=presided|attended|spoke',
  'GET /api/search?q=',
];

export function createApp({ store }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('json spaces', 2);
  // Until the web page exists, the root points at the index of routes.
  app.get('/', (_req, res) => res.redirect('/api'));
  app.get('/api', (_req, res) => {
    res.json({ name: 'newsgraph', routes: ROUTES });
  });
  app.use('/api', healthRouter(store), meetingsRouter(store), peopleRouter(store), searchRouter(store));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
