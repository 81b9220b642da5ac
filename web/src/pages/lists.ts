// The lists (#/list/<kind>/<order>/<page>): people, organisations, places and documents by name or by
// how many articles mention them, meetings by date oldest or newest first; 50 a page with the pager
// and a choice of order.
import { enc, getJson, type Page, type Ref } from '../api.js';
import { h, link, list, pager } from '../dom.js';

interface Kind {
  title: string;
  path: string;
  /** The orders offered, the first the default: the API's value and what the choice reads. */
  orders: Array<[string, string]>;
  param: 'sort' | 'order';
  row(item: Record<string, unknown>): Array<Node | string>;
}

const PER_PAGE = 50;
const ENTITY_ORDERS: Array<[string, string]> = [['articles', 'most mentioned first'], ['name', 'by name']];
const entityRow = (item: Record<string, unknown>) => [link(String(item.id), String(item.name)), h('span', { class: 'meta' }, ` · ${Number(item.articles ?? 0)} articles`)];

export const KINDS: Record<string, Kind> = {
  people: { title: 'People', path: '/api/people', orders: ENTITY_ORDERS, param: 'sort', row: entityRow },
  organizations: { title: 'Organisations', path: '/api/organizations', orders: ENTITY_ORDERS, param: 'sort', row: entityRow },
  places: { title: 'Places', path: '/api/places', orders: ENTITY_ORDERS, param: 'sort', row: entityRow },
  documents: { title: 'Documents', path: '/api/documents', orders: ENTITY_ORDERS, param: 'sort', row: entityRow },
  meetings: {
    title: 'Meetings',
    path: '/api/meetings',
    orders: [['latest', 'newest first'], ['date', 'oldest first']],
    param: 'order',
    row: (item) => [h('span', { class: 'meta' }, `${String(item.date ?? '—')} `), link(String(item.id), String(item.name)), h('span', { class: 'meta' }, ` · ${((item.presidedBy as Ref[] | undefined) ?? []).map((p) => p.name).join('、')}`)],
  },
};

export async function listPage(route: string): Promise<HTMLElement> {
  const [name = 'people', chosen, n] = route.split('/');
  const kind = KINDS[name] ?? (KINDS.people as Kind);
  const order = kind.orders.some(([v]) => v === chosen) ? (chosen as string) : (kind.orders[0] as [string, string])[0];
  const offset = (Math.max(1, Number(n) || 1) - 1) * PER_PAGE;
  const page = await getJson<Page<Record<string, unknown>>>(`${kind.path}?${kind.param}=${enc(order)}&limit=${PER_PAGE}&offset=${offset}`);
  const href = (o: string, k: number) => `#/list/${name}/${o}/${k}`;
  const choice = h('select', { class: 'order', 'aria-label': 'order' }, ...kind.orders.map(([v, label]) => h('option', { value: v }, label))) as HTMLSelectElement;
  choice.value = order;
  choice.addEventListener('change', () => (location.hash = href(choice.value, 1)));
  const kinds = h('p', { class: 'kinds' }, ...Object.entries(KINDS).flatMap(([k, v]) => [k === name ? h('b', {}, v.title) : h('a', { href: `#/list/${k}` }, v.title), ' ']));
  const nav = () => pager(page.total, PER_PAGE, offset, (k) => href(order, k));
  return h('div', { class: 'lists', 'data-kind': name }, h('h1', {}, kind.title), kinds, h('p', { class: 'meta' }, choice), nav(), list('listed', page.items.map(kind.row), 'none yet'), nav());
}
