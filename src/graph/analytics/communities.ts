// Groups of people who meet together: Louvain communities (graphology-communities-louvain) over the
// person–meeting graph, with a seeded random source so the same graph always gives the same groups.
import louvainModule from 'graphology-communities-louvain';
import { pageOf, type Page, type Ref } from '../model.js';
import type { ParticipationGraph } from './participation-graph.js';

// The package is CommonJS whose export is the function itself; TypeScript sees it under .default.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface Community {
  id: number;
  size: number;
  people: Ref[];
  meetings: Array<Ref & { date: string | null }>;
}

export interface CommunityReport extends Page<Community> {
  modularity: number;
}

/** mulberry32: a tiny seeded generator; Louvain only needs it to be repeatable. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byName = (a: Ref, b: Ref) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Communities largest first (then by their first person's name), numbered in that order. */
export function communities(g: ParticipationGraph, limit: number, offset: number): CommunityReport {
  if (g.size === 0) return { items: [], total: 0, limit, offset, modularity: 0 };
  const detailed = louvain.detailed(g, { rng: seededRandom(20210528), getEdgeWeight: null });
  const groups = new Map<number, { people: Ref[]; meetings: Array<Ref & { date: string | null }> }>();
  g.forEachNode((id, a) => {
    const c = detailed.communities[id] as number;
    const group = groups.get(c) ?? { people: [], meetings: [] };
    if (a.type === 'Person') group.people.push({ id, name: a.name });
    else group.meetings.push({ id, name: a.name, date: a.date });
    groups.set(c, group);
  });
  const all = [...groups.values()]
    .map((x) => ({ people: x.people.sort(byName), meetings: x.meetings.sort(byName) }))
    .sort((a, b) => b.people.length + b.meetings.length - (a.people.length + a.meetings.length) || byName(a.people[0] ?? a.meetings[0]!, b.people[0] ?? b.meetings[0]!))
    .map((x, i) => ({ id: i + 1, size: x.people.length + x.meetings.length, ...x }));
  return { ...pageOf(all, limit, offset), modularity: Math.round(detailed.modularity * 1e6) / 1e6 };
}
