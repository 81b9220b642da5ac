// Building the page from data without innerHTML: every text goes in as a text node, so nothing a
// newspaper page says can become markup.
import type { NodeType } from './api.js';

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** The page of a node, by the prefix its id carries. */
export function hrefOf(id: string): string {
  const kind = id.slice(0, 3);
  if (kind === 'per') return `#/person/${id}`;
  if (kind === 'mtg') return `#/meeting/${id}`;
  if (kind === 'art') return `#/article/${id}`;
  return `#/entity/${id}`;
}

export function link(id: string, text: string): HTMLAnchorElement {
  return h('a', { href: hrefOf(id), 'data-id': id }, text);
}

export function typeBadge(type: NodeType | string): HTMLSpanElement {
  return h('span', { class: `type ${type}` }, TYPE_NAMES[type] ?? type);
}

export const TYPE_NAMES: Record<string, string> = {
  Person: '人物 Person',
  Meeting: '会议 Meeting',
  Organization: '机构 Organization',
  Place: '地点 Place',
  Document: '文件 Document',
  Article: '文章 Article',
};

export function evidence(text: string): HTMLElement {
  return h('span', { class: 'evidence' }, text);
}

/** The sentences that say one fact, each once: the first shown, the others behind "n more". */
export function evidences(texts: string[]): HTMLElement {
  const unique = [...new Set(texts)];
  if (unique.length <= 1) return evidence(unique[0] ?? '');
  return h('details', { class: 'evidence' }, h('summary', {}, `${unique[0]} `, h('span', { class: 'meta' }, `+${unique.length - 1} more`)), ...unique.slice(1).map((t) => h('p', {}, t)));
}

/** Where a page of a long list stands (21–40 of 5,000) and links to the pages before and after. */
export function pager(total: number, limit: number, offset: number, href: (page: number) => string): HTMLElement {
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const shown = total === 0 ? '0' : `${offset + 1}–${Math.min(offset + limit, total)}`;
  return h(
    'nav',
    { class: 'pager' },
    page > 1 ? h('a', { href: href(1), class: 'first' }, '« first') : null,
    page > 1 ? h('a', { href: href(page - 1), class: 'previous' }, '‹ previous') : null,
    h('span', { class: 'meta' }, ` ${shown} of ${total.toLocaleString('en')} · page ${page} of ${pages} `),
    page < pages ? h('a', { href: href(page + 1), class: 'next' }, 'next ›') : null,
    page < pages ? h('a', { href: href(pages), class: 'last' }, 'last »') : null,
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}

/** An ordered list of rows, each row the children of one item; a note when there are none. */
export function list(className: string, rows: Child[][], empty = '—'): HTMLElement {
  if (!rows.length) return h('p', { class: 'meta' }, empty);
  return h('ol', { class: `entries ${className}` }, ...rows.map((row) => h('li', {}, ...row)));
}
