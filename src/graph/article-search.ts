// Full-text search over the articles' titles and text: what a query means, the same on both
// stores, and the snippets shown with each hit. A query is up to five terms split by spaces, and an
// article matches when it holds every one. A term in Chinese (any Han character) matches as written
// anywhere (衡阳 in 衡阳市); a term of Latin letters or digits matches whole words, in any case
// (Mayor matches "the mayor", not "mayoral"), as the stores' word indexes read them.
import { BadRequestError } from '../errors.js';
import type { ArticleRef, Page } from './model.js';

/** A term as the stores match it: a pattern that JavaScript and Neo4j's (Java's) regexes both read. */
export interface SearchTerm {
  text: string;
  /** The regex source: the escaped term, between word boundaries when it is a word. */
  pattern: string;
}

const MAX_TERMS = 5;
const HAN = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms of a query; a BadRequestError when it has none or too many, or a term too short to index. */
export function searchTerms(q: string): SearchTerm[] {
  const words = [...new Set(q.trim().split(/\s+/).filter(Boolean))];
  if (words.length === 0) throw new BadRequestError('q', 'the query has no words');
  if (words.length > MAX_TERMS) throw new BadRequestError('q', `at most ${MAX_TERMS} words, not ${words.length}`);
  return words.map((text) => {
    // The word indexes read Chinese as pairs of characters: one character alone finds nothing.
    if (HAN.test(text) && [...text].length < 2) throw new BadRequestError('q', `"${text}": a Chinese term needs two characters or more`);
    return { text, pattern: HAN.test(text) ? escape(text) : `\\b${escape(text)}\\b` };
  });
}

export const termRegex = (term: SearchTerm, flags = 'iu'): RegExp => new RegExp(term.pattern, flags);

/** Whether an article's title or text holds every term: the terms' patterns made once, for a scan of
 * every article. */
export function articleMatcher(terms: readonly SearchTerm[]): (title: string, text: string) => boolean {
  const patterns = terms.map((t) => termRegex(t));
  return (title, text) => patterns.every((re) => re.test(title) || re.test(text));
}

export const matchesAll = (terms: readonly SearchTerm[], title: string, text: string): boolean => articleMatcher(terms)(title, text);

export interface Snippet {
  /** A stretch of the text, with an ellipsis where it is cut. */
  text: string;
  /** Where the terms stand in it: [start, end) pairs, in order, not overlapping. */
  marks: Array<[number, number]>;
}

export type ArticleHit = ArticleRef & { snippets: Snippet[] };

const AROUND = 30;
const MAX_SNIPPETS = 3;

/** Up to three stretches of the text around the first places the terms stand, each term marked. */
export function snippetsOf(text: string, terms: readonly SearchTerm[]): Snippet[] {
  const hits: Array<[number, number]> = [];
  for (const t of terms) {
    const re = termRegex(t, 'giu');
    for (let m = re.exec(text), n = 0; m && n < MAX_SNIPPETS; m = re.exec(text), n++) hits.push([m.index, m.index + m[0].length]);
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Stretches around the hits, joined where they touch.
  const stretches: Array<{ start: number; end: number; marks: Array<[number, number]> }> = [];
  for (const [s, e] of hits) {
    const last = stretches.at(-1);
    if (last && s <= last.end) {
      last.end = Math.max(last.end, Math.min(text.length, e + AROUND));
      const prev = last.marks.at(-1) as [number, number];
      if (s < prev[1]) prev[1] = Math.max(prev[1], e);
      else last.marks.push([s, e]);
    } else if (stretches.length < MAX_SNIPPETS) stretches.push({ start: Math.max(0, s - AROUND), end: Math.min(text.length, e + AROUND), marks: [[s, e]] });
  }
  return stretches.map(({ start, end, marks }) => {
    const lead = start > 0 ? '…' : '';
    const body = text.slice(start, end).replace(/\s/g, ' ');
    return { text: `${lead}${body}${end < text.length ? '…' : ''}`, marks: marks.map(([s, e]) => [s - start + lead.length, e - start + lead.length]) };
  });
}

/** The snippets of the text, or of the title when only the title holds the terms. */
const snippetsOrTitle = (title: string, text: string, terms: readonly SearchTerm[]): Snippet[] => {
  const inText = snippetsOf(text, terms);
  return inText.length ? inText : snippetsOf(title, terms);
};

/** The articles that hold every term, newest first (undated last), a page of them with their snippets. */
export async function searchArticles(
  store: { searchArticles(terms: SearchTerm[], limit: number, offset: number): Promise<Page<ArticleRef & { text: string }>> },
  q: string,
  limit: number,
  offset: number,
): Promise<Page<ArticleHit>> {
  const terms = searchTerms(q);
  const page = await store.searchArticles(terms, limit, offset);
  return { ...page, items: page.items.map(({ text, ...ref }) => ({ ...ref, snippets: snippetsOrTitle(ref.title, text, terms) })) };
}
