// The analysis pages over the routes that compute them: communities of people who meet together
// (#/communities, Louvain over the person–meeting graph) and the path finder (#/path/<from>/<to>:
// how two people or bodies connect, through the meetings between them).
import { enc, getJson, type NodeRef, type Page, type Ref } from '../api.js';
import { h, link, list, section, typeBadge } from '../dom.js';

interface Community {
  id: number;
  size: number;
  people: Ref[];
  meetings: Array<Ref & { date: string | null }>;
}

/** Communities, largest first: who they are and the meetings that hold them together. */
export async function communitiesPage(): Promise<HTMLElement> {
  const page = await getJson<Page<Community> & { modularity: number }>('/api/analytics/communities?limit=50');
  return h(
    'div',
    { class: 'communities' },
    h('h1', {}, 'Communities'),
    h('p', { class: 'meta' }, `${page.total} groups of people who meet together (Louvain, modularity ${page.modularity.toFixed(2)}), largest first`),
    ...page.items.map((c) =>
      section(
        `${c.size} people`,
        h('p', { class: 'people' }, ...c.people.flatMap((p, i) => [i ? '、' : null, link(p.id, p.name)])),
        list('meetings', c.meetings.slice(0, 5).map((m) => [h('span', { class: 'meta' }, `${m.date ?? '—'} · `), link(m.id, m.name)]), 'no meetings'),
      ),
    ),
  );
}

interface Path {
  found: boolean;
  length: number;
  nodes: NodeRef[];
  edges: Array<{ source: string; type: string; target: string }>;
}

/** The first entity a name finds: an exact match comes first in search. */
async function resolve(name: string): Promise<NodeRef | null> {
  const page = await getJson<Page<NodeRef>>(`/api/search?q=${enc(name)}&limit=1`);
  return page.items[0] ?? null;
}

/** Two names and, once both are given, the shortest path between what they name. */
export async function pathPage(route: string): Promise<HTMLElement> {
  // The router has decoded the address already: the two names are what stands around its slash.
  const [from = '', to = ''] = route.split('/');
  const input = (name: string, value: string) => h('input', { name, value, placeholder: name === 'from' ? 'from: a name' : 'to: a name', required: 'true' });
  const form = h('form', { class: 'path-form' }, input('from', from), ' → ', input('to', to), h('button', { type: 'submit' }, 'find the path'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form as HTMLFormElement);
    location.hash = `#/path/${enc(String(data.get('from') ?? '').trim())}/${enc(String(data.get('to') ?? '').trim())}`;
  });
  const body = h('div', { class: 'path' }, h('h1', {}, 'Path finder'), h('p', { class: 'meta' }, 'How two people or bodies connect, through the meetings and posts between them.'), form);
  if (!from || !to) return body;
  const [a, b] = await Promise.all([resolve(from), resolve(to)]);
  if (!a || !b) {
    body.append(h('p', { class: 'error' }, `Nothing is named “${!a ? from : to}”.`));
    return body;
  }
  const path = await getJson<Path>(`/api/graph/path?from=${enc(a.id)}&to=${enc(b.id)}`);
  if (!path.found) {
    body.append(h('p', { class: 'meta none' }, `${a.name} and ${b.name} do not connect within eight steps.`));
    return body;
  }
  // Each step: the node, then the relationship that leads to the next one, in its direction.
  const steps = path.nodes.map((n, i) => {
    const next = path.nodes[i + 1];
    const edge = next && path.edges.find((e) => (e.source === n.id && e.target === next.id) || (e.source === next.id && e.target === n.id));
    const arrow = edge ? h('span', { class: 'meta' }, edge.source === n.id ? ` —${edge.type}→ ` : ` ←${edge.type}— `) : null;
    return [typeBadge(n.type), ' ', link(n.id, n.name), arrow];
  });
  body.append(h('p', { class: 'meta' }, `${path.length} steps from ${a.name} to ${b.name}`), list('steps', steps));
  return body;
}
