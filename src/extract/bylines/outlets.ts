// The outlets an article's credits name: the paper, site or agency that sends or carries the report
// (某某日报讯, 来源:某县融媒体中心, (某某日报记者 X)). Ingest reads them with the credits
// (src/ingest/credits.ts); each once, and each becomes an organisation of kind media that the article mentions.
import type { ArticleDoc } from '../core/doc.js';

export function outlets(doc: ArticleDoc): void {
  doc.outlets = doc.article.outlets;
}
