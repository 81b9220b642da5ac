// Writes FactSheets through any store: validated on entry, skipped when the store already holds
// the same content read by the same extractor version (and from the same page bytes), otherwise
// replacing the article's facts.
// A batch is written in one store call; when that fails, each article is retried alone, so one
// bad article fails by itself and leaves nothing behind.
import { NewsgraphError } from '../errors.js';
import type { FactSheet } from './model.js';
import type { GraphStore } from './store.js';
import { validateFactSheet } from './validate.js';

export type WriteOutcome = 'new' | 'changed' | 'unchanged';
export type WriteResult = { outcome: WriteOutcome } | { error: unknown };

export async function applyFactSheet(store: GraphStore, sheet: FactSheet): Promise<WriteOutcome> {
  const [result] = await applyBatch(store, [validateFactSheet(sheet)]);
  if (!result || 'error' in result) throw result?.error;
  return result.outcome;
}

/** One result per sheet, in order. An article that appears twice is written twice, in order. */
export async function applyFactSheets(store: GraphStore, sheets: FactSheet[]): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  let run: Array<{ at: number; sheet: FactSheet }> = [];
  const flush = async () => {
    const written = await applyBatch(store, run.map((r) => r.sheet));
    run.forEach((r, i) => (results[r.at] = written[i] as WriteResult));
    run = [];
  };
  for (const [at, sheet] of sheets.entries()) {
    let valid: FactSheet;
    try {
      valid = validateFactSheet(sheet);
    } catch (error) {
      results[at] = { error };
      continue;
    }
    // The second copy of an article must see the first one written, as it would one at a time.
    if (run.some((r) => r.sheet.article.id === valid.article.id)) await flush();
    run.push({ at, sheet: valid });
  }
  if (run.length) await flush();
  return results;
}

async function applyBatch(store: GraphStore, sheets: FactSheet[]): Promise<WriteResult[]> {
  let metas;
  try {
    metas = await store.articleMetas(sheets.map((s) => s.article.id));
  } catch (error) {
    return sheets.map(() => ({ error }));
  }
  const results: WriteResult[] = [];
  const changed: Array<{ at: number; sheet: FactSheet }> = [];
  const ingestedAt = new Date().toISOString();
  for (const [at, sheet] of sheets.entries()) {
    const meta = metas.get(sheet.article.id);
    if (meta && meta.contentHash === sheet.article.contentHash && meta.extractorVersion === sheet.article.extractorVersion) {
      results[at] = { outcome: 'unchanged' };
      // Read from a page whose bytes or settings changed (another article of it was edited): the
      // same article, written again to carry the page's new hash, so the next run skips the page.
      if (sheet.article.pageHash && meta.pageHash !== sheet.article.pageHash) changed.push({ at, sheet: { ...sheet, article: { ...sheet.article, ingestedAt } } });
      continue;
    }
    results[at] = { outcome: meta ? 'changed' : 'new' };
    changed.push({ at, sheet: { ...sheet, article: { ...sheet.article, ingestedAt } } });
  }
  if (changed.length === 0) return results;
  try {
    await store.replaceArticles(changed.map((c) => c.sheet));
  } catch (batchError) {
    // A store that is gone fails every article alike; only a failure of the batch's own content is
    // worth retrying article by article, to find the one at fault.
    if (changed.length === 1 || storeLost(batchError)) {
      for (const { at } of changed) results[at] = { error: batchError };
      return results;
    }
    for (const { at, sheet } of changed) {
      try {
        await store.replaceArticle(sheet);
      } catch (error) {
        results[at] = { error };
      }
    }
  }
  return results;
}

/** The store itself is gone (not this write's fault): nothing more is worth trying on it. */
export const storeLost = (error: unknown): error is NewsgraphError => error instanceof NewsgraphError && error.code === 'STORE_UNAVAILABLE';
