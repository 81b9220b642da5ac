// The corpus generator for scale runs: N articles laid out on pages like the seeds' (3 to 5 articles
// a page, one city a page, a date a page), deterministic from a seed number. Pages can be produced
// one at a time, so a 100k-article corpus is written without holding it in memory.
//
//   npm run bench:corpus -- --articles 10000 --out bench/corpora/10k [--seed 7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTICLE_KINDS, type ArticleContext } from './corpus/articles.js';
import { CITIES, LEADER_POSTS } from './corpus/lexicon.js';
import { Random } from './corpus/random.js';
import { roster } from './corpus/roster.js';

export interface GeneratedPage {
  /** Path relative to the corpus folder: 100 pages a folder, so no folder grows huge. */
  path: string;
  text: string;
  articles: number;
}

/** Articles printed on page `index`: 3, 4, 5, 4, 3, 4, 5, 4, … so 16 every 4 pages. */
const ARTICLES_PER_PAGE = [3, 4, 5, 4];
/** Pages after which a city's leaders and reporters change. */
const PAGES_PER_TERM = 400;
const FIRST_DAY = Date.UTC(2019, 0, 1);

export function pageCount(articles: number): number {
  let pages = 0;
  for (let total = 0; total < articles; pages++) total += ARTICLES_PER_PAGE[pages % 4] as number;
  return pages;
}

export function generatePage(seed: number, index: number, articles: number): GeneratedPage {
  const rng = new Random(seed, index);
  const cityIndex = index % CITIES.length;
  const { city, counties } = CITIES[cityIndex] as (typeof CITIES)[number];
  // Every city prints a page a day, so the dates run on across years as the corpus grows.
  const day = new Date(FIRST_DAY + Math.floor(index / CITIES.length) * 86_400_000);
  const context: ArticleContext = {
    rng,
    city,
    counties,
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    roster: roster(seed, cityIndex, Math.floor(index / PAGES_PER_TERM), LEADER_POSTS),
  };
  const paragraphs: string[] = [];
  for (let i = 0; i < articles; i++) paragraphs.push(...rng.pick(ARTICLE_KINDS)(context), '');
  const folder = String(Math.floor(index / 100)).padStart(4, '0');
  return { path: join(folder, `page-${String(index).padStart(6, '0')}.txt`), text: `\n${paragraphs.join('\n\n')}`, articles };
}

/** The pages of an N-article corpus, one at a time. */
export function* generateCorpus(articles: number, seed = 1): Generator<GeneratedPage> {
  let left = articles;
  for (let index = 0; left > 0; index++) {
    const count = Math.min(left, ARTICLES_PER_PAGE[index % 4] as number);
    yield generatePage(seed, index, count);
    left -= count;
  }
}

/** Writes the corpus under `out` and returns its size. */
export function writeCorpus(articles: number, out: string, seed = 1): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const page of generateCorpus(articles, seed)) {
    const file = join(out, page.path);
    const dir = join(file, '..');
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, page.text);
    pages++;
    bytes += Buffer.byteLength(page.text);
  }
  return { pages, bytes };
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const articles = Number(flag(argv, 'articles') ?? 1000);
  const out = flag(argv, 'out') ?? join('bench', 'corpora', `${articles}`);
  const seed = Number(flag(argv, 'seed') ?? 1);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive whole number');
  const { pages, bytes } = writeCorpus(articles, out, seed);
  console.log(`${articles} articles on ${pages} pages (${(bytes / 1e6).toFixed(1)} MB) in ${out}`);
}
