// --prune: the stored articles of the scopes a run was given (source-key.ts) whose page is gone, or
// that their re-read page no longer has, are removed, then the entities left bare.
import type { GraphStore } from './store.js';

/**
 * Removes stored articles of these scopes (a folder's key prefix, or a file's key) whose file is
 * gone, or that their re-read page no longer has; a file that is there but could not be read keeps
 * its articles, as do the pages of a subfolder that could not be listed (`kept`). Then entities
 * left bare go. Returns how many articles went.
 */
export async function pruneSources(
  store: GraphStore,
  scopes: string[],
  kept: string[],
  files: Array<{ source: string }>,
  written: Map<string, Set<string>>,
): Promise<number> {
  const present = new Set(files.map((f) => f.source));
  let removed = 0;
  for (const meta of await store.articleSources()) {
    const inScope = scopes.some((s) => (s.endsWith('/') || s.endsWith(':') ? meta.source.startsWith(s) : meta.source === s));
    if (!inScope || kept.some((prefix) => meta.source.startsWith(prefix))) continue;
    const gone = !present.has(meta.source);
    const dropped = written.get(meta.source)?.has(meta.id) === false;
    if ((gone || dropped) && (await store.removeArticle(meta.id))) removed++;
  }
  await store.pruneOrphans();
  return removed;
}
