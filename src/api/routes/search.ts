// GET /api/search?q=&type=: entities whose name or alias contains q (Chinese substrings welcome),
// exact matches first, then names that start with q, then the rest. GET /api/search/articles?q=:
// articles whose title or text holds every word of q, newest first, with the stretches of text
// that hold them and where each word stands in them.
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { searchArticles } from '../../graph/article-search.js';
import { articleSearchQuery, parse, searchQuery } from '../params.js';

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
    {
      method: 'get',
      path: '/api/search/articles',
      tag: 'search',
      summary: 'Articles whose title or text holds every word of q, newest first, each with up to three snippets and the places of the words in them',
      query: articleSearchQuery,
      async handler(req, res) {
        const q = parse(articleSearchQuery, req.query);
        res.json(await searchArticles(store, q.q, q.limit, q.offset));
      },
    },
  ];
}
