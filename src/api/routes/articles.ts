// /api/articles: the articles by date, and one article with its text, its reporters and every
// entity it mentions with the character spans where they stand.
import { orNotFound } from '../../errors.js';
import { entitySpans } from '../../graph/article-spans.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { articlesQuery, parse } from '../params.js';

export function articleOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/articles',
      tag: 'articles',
      summary: 'Articles by date, oldest or newest first',
      query: articlesQuery,
      async handler(req, res) {
        const q = parse(articlesQuery, req.query);
        res.json(await store.articles(q.limit, q.offset, q.order));
      },
    },
    {
      method: 'get',
      path: '/api/articles/:id',
      tag: 'articles',
      summary: 'One article: text, reporters, meetings it reports, and its entities with their character spans',
      pathParams: { id: 'article id' },
      errors: [404],
      async handler(req, res) {
        const article = orNotFound(await store.article(String(req.params.id)), `article "${req.params.id}"`);
        res.json({ ...article, spans: entitySpans(article) });
      },
    },
  ];
}
