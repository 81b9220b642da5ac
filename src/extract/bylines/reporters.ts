// The byline's people: reporters, correspondents and photographers of the article.
import type { ArticleDoc } from '../core/doc.js';

export function reporters(doc: ArticleDoc): void {
  const seen = new Set<string>();
  doc.reporters = doc.article.byline.filter((b) => !seen.has(b.name) && seen.add(b.name));
}
