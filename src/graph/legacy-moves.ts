// Pages an earlier version stored under its keys (legacy-keys.ts), taken over by their current keys
// as they are ingested: the page is written under its current key, then the articles of the old
// key go, so the store never holds a page twice. The old key the path typed now would have given
// (`ingest pages` → `pages/01.txt`) is the page's whatever its bytes; any other tail of its path
// (`01.txt` from `ingest pages/01.txt`) only when the stored page had the same bytes.
import { realpath } from 'node:fs/promises';
import { isLegacyKey, legacyTails } from './legacy-keys.js';
import type { ArticleMeta } from './model.js';
import type { GraphStore } from './store.js';

interface Page {
  path: string;
  source: string;
  legacyKey: string | null;
}

export class LegacyMoves {
  /** Old key → the current key of the page that takes it over. */
  private readonly moves = new Map<string, string>();
  private readonly ids = new Map<string, string[]>();

  constructor(metas: ArticleMeta[]) {
    for (const meta of metas) if (isLegacyKey(meta.source)) this.ids.set(meta.source, [...(this.ids.get(meta.source) ?? []), meta.id]);
  }

  /** Takes the old key of the path typed; returns the other old keys to take if the bytes match. */
  async take(page: Page): Promise<string[]> {
    // A store of current keys only (the usual case) costs nothing here.
    if (this.ids.size === 0) return [];
    if (page.legacyKey && this.ids.has(page.legacyKey)) this.moves.set(page.legacyKey, page.source);
    const real = await realpath(page.path).catch(() => page.path);
    return legacyTails([page.path, real]).filter((key) => this.ids.has(key) && !this.moves.has(key));
  }

  takeTail(key: string, page: Page): void {
    this.moves.set(key, page.source);
  }

  /** Removes the articles of the old keys whose page was written, or found unchanged, under its current key. */
  async finish(store: GraphStore, failed: Set<string>): Promise<number> {
    let moved = 0;
    for (const [key, source] of this.moves) {
      if (failed.has(source)) continue;
      for (const id of this.ids.get(key) ?? []) if (await store.removeArticle(id)) moved++;
    }
    return moved;
  }
}
