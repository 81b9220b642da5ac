// Extraction of one page, split into its articles by ingest (pageArticles): infer the page's city and
// year once, run the pipeline on every article, and build one FactSheet per article.
import type { SourceArticle } from '../ingest/article.js';
import type { PageArticles } from '../ingest/page-articles.js';
import { createDoc, type ArticleDoc, type DocContext } from './core/doc.js';
import { cutWords } from './core/jieba-tags.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { buildFactSheet } from './resolve/fact-sheet.js';
import { provinceOf } from './lexicon/divisions.js';
import { inferPageCity } from './places/page-city.js';
import { inferPageCounty } from './places/page-county.js';
import { inferPageProvince } from './places/page-province.js';
import { detectLanguage } from './core/language.js';
import { englishCity } from './english/dateline.js';
import { inferPageLastDay } from './dates/page-last-day.js';
import { inferPageYear } from './dates/page-year.js';
import { dayBefore, parseDay } from './dates/printed-date.js';
import { runPipeline, type TimeLimit } from './core/pipeline.js';
import { EXTRACTOR_VERSION } from './version.js';
import { ExtractionError } from '../errors.js';

export interface ExtractOptions {
  /** The city 市委, 市政府 … refer to, when the page should not be asked. */
  city?: string;
  /** The year of dates printed without one. */
  year?: number;
  /** The day the page was printed (YYYY-MM-DD): the year of its dates, and the day before is 昨日. */
  date?: string;
  /** Explicit aliases, English name → the person's name (see aliases.ts). */
  aliases?: ReadonlyMap<string, string>;
}

/** Everything besides the page that decides what extraction gives: the version and the options. */
export function extractSettings(options: ExtractOptions = {}): string {
  const aliases = [...(options.aliases ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([EXTRACTOR_VERSION, options.city ?? null, options.year ?? null, options.date ?? null, aliases]);
}

export function pageContext(text: string, options: ExtractOptions = {}): DocContext {
  const city = options.city ?? inferPageCity(text);
  const printed = options.date ? parseDay(options.date) : null;
  const year = options.year ?? (printed ? printed[0] : inferPageYear(text));
  const lastDay = printed ? dayBefore(printed) : inferPageLastDay(text, year);
  // A --year other than the printing day's sets the year of every date on its own.
  const printedDay = printed && printed[0] === year ? printed : null;
  return { city, province: (city ? provinceOf(city) : null) ?? inferPageProvince(text), county: inferPageCounty(text), year, lastDay, printedDay, aliases: options.aliases ?? new Map() };
}

/** Every article of the page as a FactSheet; a traditional page is read through its simplified copy.
 * Past `limit`, extraction stops with the page's input error. */
export function extractPage(page: PageArticles, options: ExtractOptions = {}, limit?: TimeLimit): FactSheet[] {
  const context = pageContext(page.text, options);
  const docs = page.articles.map((article) => articleDoc(article, context, options));
  // The articles are cut into words one after another, before any is read further: a cut right
  // after the other steps' work finds jieba's dictionary out of the processor's cache, and costs
  // half as much again (the same text cut twice in a row: 122 ms, then 75, on the bench corpus).
  for (const doc of docs) {
    if (doc.language !== 'zh') continue;
    if (limit && Date.now() > limit.deadline) break;
    try {
      doc.words = cutWords(doc.text);
    } catch (cause) {
      throw new ExtractionError(`cutting the words of article "${doc.article.title}" (${doc.article.source}) failed`, { cause });
    }
  }
  const sheets = docs.map((doc) => buildFactSheet(runPipeline(doc, undefined, { limit }), EXTRACTOR_VERSION));
  if (!page.traditional) return sheets;
  // Names, bodies and meetings come out simplified, so 鄧群策 and 邓群策 are one person; the article
  // text and evidence sentences are given back as printed.
  return sheets.map((sheet) => ({
    ...sheet,
    article: { ...sheet.article, text: page.printed(sheet.article.text), title: page.printed(sheet.article.title) },
    relations: sheet.relations.map((r) => ({ ...r, evidence: page.printed(r.evidence) })),
  }));
}

function articleDoc(article: SourceArticle, context: DocContext, options: ExtractOptions): ArticleDoc {
  const doc = createDoc(article, context);
  doc.language = detectLanguage(doc.text);
  // An English dateline names the city (HENGYANG, May 28 --) that a bare "Mayor" refers to.
  if (doc.language === 'en') doc.context = { ...context, city: options.city ?? englishCity(article.paragraphs[0] ?? '') };
  return doc;
}
