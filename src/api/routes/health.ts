// GET /api/health: whether the store answers, which one it is, and how much it holds.
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';

export function healthRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const stats = await store.stats();
    res.json({ status: 'ok', store: store.kind, articles: stats.articles });
  });
  return router;
}
