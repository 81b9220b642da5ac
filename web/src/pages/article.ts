// An article's page: its text with every entity highlighted in its type's colour and linked to its
// page, its byline and the meetings it reports; and the list of all articles.
import { enc, getJson, type NodeRef, type Page, type Ref } from '../api.js';
import { h, link, list, pager, section, type Child } from '../dom.js';
import { TYPE_COLOURS } from '../graph-view.js';

interface Article {
  id: string;
  title: string;
  subtitle: string | null;
  byline: string[];
  date: string | null;
  source: string;
  text: string;
  reporters: Array<{ person: Ref; role: string | null }>;
  entities: Array<NodeRef & { aliases: string[] }>;
  meetings: Array<Ref & { date: string | null }>;
  spans: Array<{ start: number; end: number; id: string; type: string }>;
}

function highlighted(article: Article): HTMLElement {
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const parts: Child[] = [];
  let at = 0;
  for (const span of article.spans) {
    if (span.start < at) continue;
    parts.push(article.text.slice(at, span.start));
    const mark = h('mark', { class: 'entity', style: `--c:${TYPE_COLOURS[span.type] ?? '#999'}`, title: `${span.type}: ${names.get(span.id) ?? ''}`, 'data-type': span.type }, link(span.id, article.text.slice(span.start, span.end)));
    parts.push(mark);
    at = span.end;
  }
  parts.push(article.text.slice(at));
  return h('div', { class: 'article-text' }, ...parts);
}

export async function articlePage(id: string): Promise<HTMLElement> {
  const a = await getJson<Article>(`/api/articles/${enc(id)}`);
  return h(
    'div',
    { class: 'article', 'data-id': a.id },
    h('h1', {}, a.title),
    a.subtitle ? h('p', {}, a.subtitle) : null,
    h('p', { class: 'meta' }, [a.date ?? 'undated', a.byline.join('、'), a.source].filter(Boolean).join(' · ')),
    h(
      'div',
      { class: 'columns' },
      highlighted(a),
      h(
        'div',
        {},
        section('Meetings reported', list('meetings', a.meetings.map((m) => [link(m.id, m.name), h('span', { class: 'meta' }, ` · ${m.date ?? ''}`)]), 'none')),
        section('Entities', list('entities', a.entities.map((e) => [h('span', { class: `type ${e.type}` }, e.type), ' ', link(e.id, e.name)]))),
      ),
    ),
  );
}

const ARTICLES_PER_PAGE = 25;

/** Every article, a page at a time, newest first (#/articles/2) or oldest first (#/articles/oldest/2). */
export async function articlesPage(route: string): Promise<HTMLElement> {
  const [, oldest, n] = /^(oldest)?\/?(\d*)$/.exec(route) ?? [];
  const order = oldest ? 'oldest' : 'newest';
  const offset = (Math.max(1, Number(n) || 1) - 1) * ARTICLES_PER_PAGE;
  const page = await getJson<Page<Ref & { title: string; date: string | null; source: string }>>(`/api/articles?order=${order}&limit=${ARTICLES_PER_PAGE}&offset=${offset}`);
  const href = (o: string, k: number) => `#/articles/${o === 'oldest' ? 'oldest/' : ''}${k}`;
  const nav = () => pager(page.total, ARTICLES_PER_PAGE, offset, (k) => href(order, k));
  const sort = h('select', { class: 'order', 'aria-label': 'order' }, h('option', { value: 'newest' }, 'newest first'), h('option', { value: 'oldest' }, 'oldest first')) as HTMLSelectElement;
  sort.value = order;
  sort.addEventListener('change', () => (location.hash = href(sort.value, 1)));
  return h('div', {}, h('h1', {}, 'Articles'), h('p', { class: 'meta' }, 'by date ', sort), nav(), list('articles', page.items.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title)]), 'no articles on this page'), nav());
}
