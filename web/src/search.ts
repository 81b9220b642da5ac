// Search as you type: each keystroke (after a short pause) asks /api/search and lists the hits
// under the box; Enter opens the first, arrows move through them.
import { enc, getJson, type NodeRef, type Page } from './api.js';
import { h, hrefOf, typeBadge } from './dom.js';

const PAUSE_MS = 120;

export function attachSearch(input: HTMLInputElement, box: HTMLUListElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const close = () => {
    box.hidden = true;
    box.replaceChildren();
  };
  const show = (hits: NodeRef[], q: string) => {
    box.replaceChildren(
      ...(hits.length
        ? [
            ...hits.map((hit) => h('li', { role: 'option' }, h('a', { href: hrefOf(hit.id), 'data-id': hit.id }, typeBadge(hit.type), hit.name))),
            h('li', { class: 'all' }, h('a', { href: `#/search/${enc(q)}` }, `every match for “${q}”`)),
          ]
        : [h('li', {}, h('a', { href: `#/search/${enc(q)}` }, `no match for “${q}”`))]),
    );
    box.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const page = await getJson<Page<NodeRef>>(`/api/search?q=${enc(q)}&limit=12`);
        if (mine === asked && input.value.trim() === q) show(page.items, q);
      } catch {
        close();
      }
    }, PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const links = [...box.querySelectorAll('a')];
    if (event.key === 'Enter' && links[0]) {
      location.hash = links[0].getAttribute('href') ?? '#/';
      close();
      input.blur();
    } else if (event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    } else if (event.key === 'Escape') close();
  });
  box.addEventListener('keydown', (event) => {
    const links = [...box.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (at <= 0 ? input : links[at - 1])?.focus();
    else return;
    event.preventDefault();
  });
  box.addEventListener('click', () => close());
  window.addEventListener('hashchange', close);
}
