// The search page (#/search/<text>): every entity whose name or an alias contains the text, exact
// matches first, a page of 200 at a time, each with its type; says so plainly when there is none.
import { enc, getJson, type NodeRef, type Page } from '../api.js';
import { h, link, list, typeBadge } from '../dom.js';

const PAGE = 200;

export async function searchPage(q: string, offset = 0): Promise<HTMLElement> {
  const page = await getJson<Page<NodeRef & { aliases: string[] }>>(`/api/search?q=${enc(q)}&limit=${PAGE}&offset=${offset}`);
  const rows = page.items.map((hit) => [typeBadge(hit.type), ' ', link(hit.id, hit.name), hit.aliases.length ? h('span', { class: 'meta' }, ` · also ${hit.aliases.join('、')}`) : null]);
  const shown = page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : '';
  const more = offset + page.items.length < page.total;
  const box = h(
    'div',
    { class: 'search-results' },
    h('h1', {}, `“${q}”`),
    h('p', { class: 'meta' }, page.total ? `${page.total} entities whose name or alias contains “${q}”${page.total > PAGE ? ` (${shown})` : ''}` : ''),
    list('hits', rows, `No entity’s name or alias contains “${q}”.`),
  );
  if (more) {
    const button = h('button', { type: 'button', class: 'more' }, `the next ${Math.min(PAGE, page.total - offset - PAGE)}`);
    button.addEventListener('click', async () => box.replaceWith(await searchPage(q, offset + PAGE)));
    box.append(button);
  }
  return box;
}
