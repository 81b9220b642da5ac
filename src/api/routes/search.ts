// GET /api/search?q=&type=: entities whose name or alias contains q (Chinese substrings welcome),
// exact matches first, then names that start with q, then the rest.
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { parse, searchQuery } from '../params.js';

export function searchOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/search',
      tag: 'search',
      summary: 'Entities whose name or an alias contains q: exact matches, then prefixes, then shorter names',
      query: searchQuery,
      async handler(req, res) {
        const q = parse(searchQuery, req.query);
        res.json(await store.search(q.q, q.type, q.limit, q.offset));
      },
    },
  ];
}
