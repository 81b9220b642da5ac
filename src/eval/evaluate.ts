// Evaluation against gold: extracts every gold page, pairs its articles with the gold ones by
// headline, and sums the scores per category, beside the jieba-tag baseline for the categories
// jieba can see (persons, organisations, places). A gold article with no extracted counterpart
// counts all its items as missed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../extract/extract-page.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { InputError } from '../errors.js';
import { normalizeText } from '../ingest/normalize.js';
import { CATEGORIES, scoreArticle, type Category } from './categories.js';
import { loadGold, type GoldArticle } from './gold.js';
import { jiebaEntities } from './jieba-baseline.js';
import { add, compareSets, emptyScore, type Score } from './scores.js';
import { pageArticles } from '../ingest/page-articles.js';

export interface EvalResult {
  pages: number;
  articles: { gold: number; extracted: number; paired: number };
  ours: Record<Category, Score>;
  jieba: Partial<Record<Category, Score>>;
  /** Per article, the items found but not in the gold and the gold items not found. */
  misses: ArticleMisses[];
}

export interface ArticleMisses {
  headline: string;
  categories: Partial<Record<Category, { wrong: string[]; missed: string[] }>>;
}

const loose = (s: string) => s.replace(/[\s，,：:（）()“”"]/g, '');

function pair(sheets: FactSheet[], gold: GoldArticle[]): Array<[FactSheet | null, GoldArticle]> {
  const used = new Set<FactSheet>();
  return gold.map((g) => {
    const lines = [g.headline, ...(g.headlineLines ?? [])].map(loose);
    const match = sheets.find((s) => !used.has(s) && lines.some((l) => l === loose(s.article.title) || (l.length > 4 && loose(s.article.text).startsWith(l))));
    if (match) used.add(match);
    return [match ?? null, g];
  });
}

function jiebaScores(sheet: FactSheet | null, gold: GoldArticle): Partial<Record<Category, Score>> {
  const found = sheet ? jiebaEntities(sheet.article.text) : [];
  const of = (type: string) => found.filter((e) => e.type === type).map((e) => e.text);
  return {
    persons: compareSets(of('PER'), gold.persons),
    organizations: compareSets(of('ORG'), gold.organizations),
    places: compareSets(of('LOC'), gold.places),
  };
}

export function evaluate(goldDir: string, pagesDir: string): EvalResult {
  const pages = loadGold(goldDir);
  const ours = Object.fromEntries(CATEGORIES.map((c) => [c, emptyScore()])) as Record<Category, Score>;
  const jieba: Partial<Record<Category, Score>> = { persons: emptyScore(), organizations: emptyScore(), places: emptyScore() };
  const articles = { gold: 0, extracted: 0, paired: 0 };
  const misses: ArticleMisses[] = [];
  for (const page of pages) {
    const path = join(pagesDir, page.source);
    if (!existsSync(path)) throw new InputError(`${path}: the page of gold file ${page.source} is not there (set --pages)`);
    const sheets = extractPage(pageArticles({ source: page.source, text: normalizeText(readFileSync(path, 'utf8')) }));
    articles.gold += page.articles.length;
    articles.extracted += sheets.length;
    for (const [sheet, gold] of pair(sheets, page.articles)) {
      if (sheet) articles.paired++;
      const empty: FactSheet = { article: { id: '', title: '', subtitle: null, byline: [], date: null, source: '', ordinal: 0, contentHash: '', extractorVersion: '', text: '' }, entities: [], relations: [] };
      const scores = scoreArticle(sheet ?? empty, gold);
      for (const c of CATEGORIES) add(ours[c], scores[c]);
      const off = CATEGORIES.filter((c) => scores[c].wrong.length || scores[c].missed.length);
      if (off.length) misses.push({ headline: gold.headline, categories: Object.fromEntries(off.map((c) => [c, { wrong: scores[c].wrong, missed: scores[c].missed }])) });
      const base = jiebaScores(sheet, gold);
      for (const [c, s] of Object.entries(base)) add(jieba[c as Category] as Score, s as Score);
    }
  }
  return { pages: pages.length, articles, ours, jieba, misses };
}
