// One article run through the extraction pipeline up to the step under test, for the tests of one
// component: the step is then run by the test itself and what it assigns is read off the doc.
import { createDoc, type ArticleDoc, type Span } from '../../src/extract/core/doc.js';
import { pageContext, type ExtractOptions } from '../../src/extract/extract-page.js';
import { runPipeline, steps } from '../../src/extract/core/pipeline.js';
import type { SourceArticle } from '../../src/ingest/article.js';

/** A doc of one paragraph (no headline, no byline), through every step before `step`. */
export function docBefore(step: string, paragraph: string, options: ExtractOptions = {}): ArticleDoc {
  const at = steps.findIndex((s) => s.name === step);
  if (at < 0) throw new Error(`no pipeline step "${step}"`);
  const article: SourceArticle = { source: 'test.txt', ordinal: 0, title: '', kicker: null, subtitle: null, headlineLines: [], section: null, byline: [], outlets: [], paragraphs: [paragraph] };
  return runPipeline(createDoc(article, pageContext(paragraph, options)), steps.slice(0, at));
}

/** The text a span covers. */
export const textOf = (doc: ArticleDoc, span: Span): string => doc.text.slice(span.start, span.end);
