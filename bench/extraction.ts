// 1. Extraction throughput against its floor: the whole pipeline (split, tokenize, recognise,
// build FactSheets) versus nodejieba.tag alone on the same page texts, both in one thread.
// It measures the built product (dist/, what `newsgraph ingest` runs), not the sources through the
// TypeScript loader, whose helpers (a name kept on every function made) cost extraction some 7%.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { pageFiles } from './lib/corpus-files.js';
import { bestOfInterleaved, round } from './lib/measure.js';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const { extractPage } = (await import(dist('extract/extract-page.js'))) as typeof import('../src/extract/extract-page.js');
const { normalizeText } = (await import(dist('ingest/normalize.js'))) as typeof import('../src/ingest/normalize.js');
const { pageArticles } = (await import(dist('ingest/page-articles.js'))) as typeof import('../src/ingest/page-articles.js');

export interface ExtractionFigures {
  mb: number;
  articles: number;
  extraction_mb_s: number;
  extraction_articles_s: number;
  jieba_tag_mb_s: number;
  extraction_vs_jieba: number;
}

export async function measureExtraction(corpus: string, rounds = 3): Promise<ExtractionFigures> {
  const pages = pageFiles(corpus).map((path) => ({ source: path, text: normalizeText(readFileSync(path, 'utf8')) }));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  let articles = 0;
  // Warm both up first: the tokenizer's dictionary loads on its first call.
  for (const page of pages.slice(0, 5)) {
    extractPage(pageArticles(page));
    nodejieba.tag(page.text);
  }
  const best = await bestOfInterleaved(rounds, {
    extraction: () => {
      articles = 0;
      for (const page of pages) articles += extractPage(pageArticles(page)).length;
    },
    jieba: () => {
      for (const page of pages) nodejieba.tag(page.text);
    },
  });
  const seconds = best as { extraction: number; jieba: number };
  return {
    mb: round(bytes / 1e6, 1),
    articles,
    extraction_mb_s: round(bytes / 1e6 / seconds.extraction),
    extraction_articles_s: round(articles / seconds.extraction, 0),
    jieba_tag_mb_s: round(bytes / 1e6 / seconds.jieba),
    extraction_vs_jieba: round(seconds.jieba / seconds.extraction, 3),
  };
}
