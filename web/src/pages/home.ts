// The front page: what the graph holds, the most central people, and the latest meetings.
import { getJson, type Page, type Ref } from '../api.js';
import { h, link, list, section } from '../dom.js';
import { dayText, heldText } from '../meeting-text.js';

interface Stats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  articles: number;
  lastIngest: string | null;
}

export async function homePage(): Promise<HTMLElement> {
  const [stats, central, meetings] = await Promise.all([
    getJson<Stats>('/api/stats'),
    getJson<Page<Ref & { score: number; links: number }>>('/api/analytics/centrality?measure=pagerank&limit=15'),
    getJson<Page<Ref & { date: string | null; heldBy: string | null; presidedBy: Ref[] }>>('/api/meetings?order=latest&limit=15'),
  ]);
  const cards = h(
    'div',
    { class: 'cards' },
    ...Object.entries(stats.nodes).map(([label, n]) => h('div', { class: 'card' }, h('b', {}, String(n)), label)),
  );
  const latest = meetings.items;
  return h(
    'div',
    {},
    h('h1', {}, 'newsgraph'),
    h('p', { class: 'meta' }, `${stats.articles} articles · last ingest ${stats.lastIngest ?? '—'} · type a name above to begin`),
    cards,
    h(
      'div',
      { class: 'columns' },
      section(
        'Most central people (PageRank)',
        list('central', central.items.map((p) => [link(p.id, p.name), h('span', { class: 'meta' }, ` · ${p.links} meetings`)])),
      ),
      section(
        'Latest meetings',
        list(
          'meetings',
          latest.map((m) => [link(m.id, m.name), h('span', { class: 'meta' }, ` · ${dayText(m.date)}${heldText(m.heldBy)}`), m.presidedBy.length ? h('span', { class: 'meta' }, ` · 主持 ${m.presidedBy.map((p) => p.name).join('、')}`) : null]),
        ),
      ),
    ),
  );
}
