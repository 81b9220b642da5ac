// Writes one FactSheet through any store: validated on entry, skipped when the store already holds
// the same content read by the same extractor version, otherwise replacing the article's facts.
import type { FactSheet } from './model.js';
import type { GraphStore } from './store.js';
import { validateFactSheet } from './validate.js';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

export async function applyFactSheet(store: GraphStore, sheet: FactSheet): Promise<WriteOutcome> {
  const valid = validateFactSheet(sheet);
  const meta = await store.articleMeta(valid.article.id);
  if (meta && meta.contentHash === valid.article.contentHash && meta.extractorVersion === valid.article.extractorVersion) {
    return 'unchanged';
  }
  await store.replaceArticle({ ...valid, article: { ...valid.article, ingestedAt: new Date().toISOString() } });
  return meta ? 'changed' : 'new';
}
