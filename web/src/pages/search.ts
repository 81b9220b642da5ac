// The search page (#/search/<text>, #/search/<text>/<page>): the entities whose name or an alias
// contains the text, exact matches first, and the articles whose title or text holds its words,
// newest first, 20 a page, each with the stretches of text that hold them, the words marked. Says
// so plainly when there is none.
import { ApiError, enc, getJson, type NodeRef, type Page } from '../api.js';
import { h, link, list, pager, section, typeBadge, type Child } from '../dom.js';

const ENTITIES = 200;
const ARTICLES = 20;

interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

interface ArticleHit {
  id: string;
  title: string;
  date: string | null;
  snippets: Snippet[];
}

/** A snippet as text with each hit in a <mark>, built from text nodes only. */
function marked(s: Snippet): HTMLElement {
  const parts: Child[] = [];
  let at = 0;
  for (const [start, end] of s.marks) {
    parts.push(s.text.slice(at, start), h('mark', { class: 'hit' }, s.text.slice(start, end)));
    at = end;
  }
  parts.push(s.text.slice(at));
  return h('p', { class: 'snippet' }, ...parts);
}

async function articleHits(q: string, offset: number): Promise<Page<ArticleHit> | string> {
  try {
    return await getJson<Page<ArticleHit>>(`/api/search/articles?q=${enc(q)}&limit=${ARTICLES}&offset=${offset}`);
  } catch (error) {
    // A query the article search cannot take (one Chinese character) still searches names.
    if (error instanceof ApiError && error.status === 400) return error.message;
    throw error;
  }
}

export async function searchPage(route: string): Promise<HTMLElement> {
  const [, q = route, n] = route.match(/^(.*)\/(\d+)$/) ?? [];
  const pageNo = Math.max(1, Number(n) || 1);
  const offset = (pageNo - 1) * ARTICLES;
  const [entities, articles] = await Promise.all([getJson<Page<NodeRef & { aliases: string[] }>>(`/api/search?q=${enc(q)}&limit=${ENTITIES}`), articleHits(q, offset)]);
  const rows = entities.items.map((hit) => [typeBadge(hit.type), ' ', link(hit.id, hit.name), hit.aliases.length ? h('span', { class: 'meta' }, ` · also ${hit.aliases.join('、')}`) : null]);
  const names = section(
    'Names',
    h('p', { class: 'meta' }, entities.total ? `${entities.total} entities whose name or alias contains “${q}”${entities.total > ENTITIES ? ` (the first ${ENTITIES})` : ''}` : ''),
    list('hits', rows, `No entity’s name or alias contains “${q}”.`),
  );
  let texts: HTMLElement;
  if (typeof articles === 'string') texts = section('Articles', h('p', { class: 'meta' }, articles));
  else {
    const nav = () => pager(articles.total, ARTICLES, offset, (k) => `#/search/${enc(q)}/${k}`);
    const hits = articles.items.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title), ...a.snippets.map(marked)]);
    texts = section('Articles', articles.total ? nav() : null, list('article-hits', hits, `No article holds “${q}”.`), articles.total > ARTICLES ? nav() : null);
  }
  return h('div', { class: 'search-results' }, h('h1', {}, `“${q}”`), names, texts);
}
