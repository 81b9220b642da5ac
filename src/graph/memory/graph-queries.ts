// Graph-shaped questions over the embedded store: who meets whom, what lies around a node, how two
// nodes connect. Each mirrors its Cypher file in cypher/queries/ and breaks ties the same way.
import type { CoAttendee, GraphEdge, GraphNode, Page, Participation, Subgraph } from '../model.js';
import { nodeRef } from './entity-queries.js';
import type { StoreGraph } from './graph-index.js';
import { byText, compareBy, isLabel, outEdges, ref, str } from './queries.js';
import { pageOf } from '../model.js';

const TAKES_PART = ['PRESIDED', 'ATTENDED', 'SPOKE_AT'];
/** Every article mentions everything in it; walking MENTIONS would make all of an article one hop apart. */
const NOT_WALKED = 'MENTIONS';
/** The longest path shortestPath looks for; the Cypher pattern states the same bound. */
export const MAX_PATH_HOPS = 8;

function meetingsOf(g: StoreGraph, person: string): Set<string> {
  return new Set(TAKES_PART.flatMap((t) => outEdges(g, person, t).map((e) => e.target)));
}

function peopleAt(g: StoreGraph, meeting: string): Set<string> {
  const people = new Set<string>();
  for (const type of TAKES_PART) g.forEachInEdgeOfType(meeting, type, (_e, _attrs, source) => people.add(source));
  return people;
}

export function coAttendees(g: StoreGraph, id: string, limit: number, offset: number): Page<CoAttendee> | null {
  if (!isLabel(g, id, 'Person')) return null;
  const shared = new Map<string, string[]>();
  for (const m of meetingsOf(g, id)) {
    for (const other of peopleAt(g, m)) {
      if (other === id) continue;
      shared.set(other, [...(shared.get(other) ?? []), m]);
    }
  }
  const rows: CoAttendee[] = [...shared].map(([other, ms]) => ({
    person: ref(g, other),
    count: ms.length,
    meetings: ms
      .map((m) => ({ ...ref(g, m), date: str(g.getNodeAttribute(m, 'props').date) }))
      .sort(compareBy((m) => m.date, (m) => m.name, (m) => m.id)),
  }));
  rows.sort(compareBy((r) => -r.count, (r) => r.person.name, (r) => r.person.id));
  return pageOf(rows, limit, offset);
}

function walkableNeighbours(g: StoreGraph, node: string): Set<string> {
  const out = new Set<string>();
  g.forEachEdge(node, (_e, attrs, source, target) => {
    if (attrs.type === NOT_WALKED) return;
    const other = source === node ? target : source;
    if (other !== node) out.add(other);
  });
  return out;
}

/** Walkable edges among the given nodes, one per (source, type, target) with how many articles state it. */
function edgesAmong(g: StoreGraph, nodes: string[]): GraphEdge[] {
  const inside = new Set(nodes);
  const counts = new Map<string, GraphEdge>();
  for (const n of nodes) {
    g.forEachOutEdge(n, (_e, attrs, source, target) => {
      if (attrs.type === NOT_WALKED || !inside.has(target)) return;
      const key = `${source}|${attrs.type}|${target}`;
      const edge = counts.get(key) ?? { source, type: attrs.type, target, count: 0 };
      edge.count += 1;
      counts.set(key, edge);
    });
  }
  return [...counts.values()].sort(compareBy((e) => e.source, (e) => e.type, (e) => e.target));
}

/** A meeting's date, as the neighbourhood gives it; null for other nodes. */
function meetingDate(g: StoreGraph, id: string): string | null {
  if (g.getNodeAttribute(id, 'label') !== 'Meeting') return null;
  const date = (g.getNodeAttribute(id, 'props') as Record<string, unknown> | undefined)?.date;
  return typeof date === 'string' ? date : null;
}

export function neighbourhood(g: StoreGraph, id: string, depth: 1 | 2, limit: number): Subgraph | null {
  if (!g.hasNode(id)) return null;
  const ring1 = [...walkableNeighbours(g, id)].sort(byText);
  let ring2: string[] = [];
  if (depth >= 2) {
    const seen = new Set([id, ...ring1]);
    const next = new Set<string>();
    for (const n of ring1.slice(0, limit)) for (const x of walkableNeighbours(g, n)) if (!seen.has(x)) next.add(x);
    ring2 = [...next].sort(byText).slice(0, limit + 1);
  }
  const ordered: Array<[string, number]> = [[id, 0], ...ring1.map((n): [string, number] => [n, 1]), ...ring2.map((n): [string, number] => [n, 2])];
  const kept = ordered.slice(0, limit);
  const nodes: GraphNode[] = kept.map(([n, d]) => ({ ...nodeRef(g, n), depth: d, date: meetingDate(g, n) }));
  return { nodes, edges: edgesAmong(g, kept.map(([n]) => n)), truncated: ordered.length > limit };
}

export function shortestPath(g: StoreGraph, from: string, to: string): Subgraph | null {
  if (!g.hasNode(from) || !g.hasNode(to)) return null;
  // Distances to `to`, then from `from` always the smallest id one step closer: that gives the
  // shortest path whose id sequence sorts first, as the Cypher query picks it.
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= MAX_PATH_HOPS && frontier.length && !dist.has(from); d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const x of walkableNeighbours(g, n)) {
        if (dist.has(x)) continue;
        dist.set(x, d);
        next.push(x);
      }
    }
    frontier = next;
  }
  if (!dist.has(from)) return { nodes: [], edges: [], truncated: false };
  const path = [from];
  for (let at = from; at !== to; ) {
    const want = (dist.get(at) as number) - 1;
    at = [...walkableNeighbours(g, at)].filter((x) => dist.get(x) === want).sort(byText)[0] as string;
    path.push(at);
  }
  const steps = new Set(path.slice(1).map((n, i) => `${path[i]}|${n}`));
  const edges = edgesAmong(g, path).filter((e) => steps.has(`${e.source}|${e.target}`) || steps.has(`${e.target}|${e.source}`));
  return { nodes: path.map((n, i) => ({ ...nodeRef(g, n), depth: i })), edges, truncated: false };
}

export function participation(g: StoreGraph): Participation[] {
  const rows: Participation[] = [];
  g.forEachNode((id, a) => {
    if (a.label !== 'Person') return;
    for (const m of meetingsOf(g, id)) {
      rows.push({ person: ref(g, id), meeting: { ...ref(g, m), date: str(g.getNodeAttribute(m, 'props').date) } });
    }
  });
  return rows.sort(compareBy((r) => r.person.id, (r) => r.meeting.id));
}
