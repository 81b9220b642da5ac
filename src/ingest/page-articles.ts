// A page as extraction takes it: split into its articles here, in ingest, and read through a
// simplified copy of the same length when it is printed in traditional characters (繁體), with the
// way back to the characters printed, so names come out simplified and evidence as printed.
import type { SourceArticle, SourcePage } from './article.js';
import { splitPage } from './split-page.js';
import { originalOf, simplifiedIfTraditional } from './traditional.js';

export interface PageArticles {
  source: string;
  /** The page's text as the recognisers read it: the simplified copy of a traditional page. */
  text: string;
  articles: SourceArticle[];
  /** Whether the page was printed in traditional characters. */
  traditional: boolean;
  /** A fragment of `text` in the characters the page printed (itself on a simplified page). */
  printed(fragment: string): string;
}

export function pageArticles(page: SourcePage): PageArticles {
  const simplified = simplifiedIfTraditional(page.text);
  const text = simplified ?? page.text;
  return {
    source: page.source,
    text,
    articles: splitPage(text, page.source),
    traditional: simplified !== null,
    printed: simplified === null ? (fragment) => fragment : (fragment) => originalOf(fragment, simplified, page.text),
  };
}
