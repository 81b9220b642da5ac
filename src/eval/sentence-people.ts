// Runs the people recogniser on one plain sentence (no headline, no byline), for benchmarks on
// sentence corpora; spans are offsets into the sentence.
import { createDoc } from '../extract/core/doc.js';
import { pageContext } from '../extract/extract-page.js';
import { runPipeline, steps } from '../extract/core/pipeline.js';
import type { SourceArticle } from '../ingest/article.js';

const UP_TO_PEOPLE = steps.slice(0, steps.findIndex((s) => s.name === 'people') + 1);

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

export function sentencePeople(text: string): NameSpan[] {
  const article: SourceArticle = { source: 'sentence', ordinal: 0, title: '', kicker: null, subtitle: null, headlineLines: [], section: null, byline: [], outlets: [], paragraphs: [text] };
  const doc = runPipeline(createDoc(article, pageContext(text)), UP_TO_PEOPLE);
  return doc.people.map((p) => ({ start: p.start - doc.bodyStart, end: p.end - doc.bodyStart, text: p.name }));
}
