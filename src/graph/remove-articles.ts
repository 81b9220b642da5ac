// Removes articles by id, each with every fact it contributed and the entities only it mentioned,
// under the store's ingest lock (so no ingest run writes meanwhile). All or nothing as to which:
// an id the store does not hold is refused before anything is removed.
import { hostname } from 'node:os';
import { NotFoundError } from '../errors.js';
import type { GraphStore } from './store.js';

export interface RemovedArticles {
  removed: string[];
  /** What the store holds afterwards: entities and relationships. */
  entities: number;
  relations: number;
}

export async function removeArticles(store: GraphStore, ids: string[]): Promise<RemovedArticles> {
  const unique = [...new Set(ids)];
  const held = await store.articleMetas(unique);
  const missing = unique.filter((id) => !held.has(id));
  if (missing.length) throw new NotFoundError(`no article ${missing.join(', ')} in the store; nothing was removed`);
  const release = await store.lockIngest(`remove on ${hostname()} pid ${process.pid}`);
  const removed: string[] = [];
  try {
    for (const id of unique) if (await store.removeArticle(id)) removed.push(id);
  } finally {
    await release();
  }
  const stats = await store.stats();
  const entities = Object.entries(stats.nodes).reduce((n, [label, c]) => (label === 'Article' ? n : n + c), 0);
  const relations = Object.values(stats.relationships).reduce((n, c) => n + c, 0);
  return { removed, entities, relations };
}
