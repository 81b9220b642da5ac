// The web page: a hash router over the pages, and the search box. Every page is built from the
// public API, the same one users' tools call.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { closeGraph } from './graph-view.js';
import { communitiesPage, pathPage } from './pages/analysis.js';
import { articlePage, articlesPage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { homePage } from './pages/home.js';
import { listPage } from './pages/lists.js';
import { meetingPage } from './pages/meeting.js';
import { personPage } from './pages/person.js';
import { searchPage } from './pages/search.js';
import { attachSearch } from './search.js';

const ROUTES: Array<[RegExp, (id: string) => Promise<HTMLElement>]> = [
  [/^#\/person\/(.+)$/, personPage],
  [/^#\/meeting\/(.+)$/, meetingPage],
  [/^#\/entity\/(.+)$/, entityPage],
  [/^#\/article\/(.+)$/, articlePage],
  [/^#\/articles(?:\/((?:oldest\/?)?\d*))?$/, articlesPage],
  [/^#\/search\/(.+)$/, searchPage],
  [/^#\/list(?:\/(.*))?$/, listPage],
  [/^#\/communities$/, () => communitiesPage()],
  [/^#\/path(?:\/(.*))?$/, (route) => pathPage(route)],
];

let shown = 0;

async function render(): Promise<void> {
  const view = document.getElementById('view') as HTMLElement;
  const hash = location.hash || '#/';
  const route = ROUTES.find(([re]) => re.test(hash));
  const mine = ++shown;
  view.dataset.loading = 'true';
  let page: HTMLElement;
  try {
    page = route ? await route[1](decodeURIComponent(hash.match(route[0])?.[1] ?? '')) : await homePage();
  } catch (error) {
    const message = error instanceof ApiError && error.status === 404 ? `Not found: ${error.message}` : `Could not load this page: ${(error as Error).message}`;
    page = h('p', { class: 'error' }, message);
  }
  if (mine !== shown) return;
  // The graph view of the page being left is ended with it (a new page's own is not drawn yet).
  if (!page.querySelector('.graph')) closeGraph();
  view.replaceChildren(page);
  delete view.dataset.loading;
  document.title = `${page.querySelector('h1')?.textContent ?? 'newsgraph'} · newsgraph`;
  window.scrollTo(0, 0);
}

attachSearch(document.getElementById('search') as HTMLInputElement, document.getElementById('suggestions') as HTMLUListElement);
window.addEventListener('hashchange', () => void render());
void render();
