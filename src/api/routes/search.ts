// GET /api/search?q=: entities whose name or alias contains q (Chinese substrings welcome),
// exact matches first, then names that start with q, then the rest.
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { parse, searchQuery } from '../params.js';

export function searchRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const q = parse(searchQuery, req.query);
    res.json(await store.search(q.q, q.limit, q.offset));
  });
  return router;
}
