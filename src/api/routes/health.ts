// GET /api/health and /api/stats: whether the store answers and how much it holds.
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';

export function healthOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/health',
      tag: 'store',
      summary: 'Whether the store answers, which one it is, and how many articles it holds',
      live: true,
      async handler(_req, res) {
        const stats = await store.stats();
        res.json({ status: 'ok', store: store.kind, articles: stats.articles });
      },
    },
    {
      method: 'get',
      path: '/api/stats',
      tag: 'store',
      summary: 'Node counts per label, relationship counts per type, articles, and the time of the last ingest',
      async handler(_req, res) {
        res.json({ store: store.kind, ...(await store.stats()) });
      },
    },
  ];
}
