// Centrality and communities over the person–meeting graph. The graph is rebuilt only when the
// store has changed since (its version, or where it has none its stats, differ), since reading
// every participation is the cost.
import { centrality, type CentralityMeasure } from '../../graph/analytics/centrality.js';
import { communities } from '../../graph/analytics/communities.js';
import { participationGraph, type ParticipationGraph } from '../../graph/analytics/participation-graph.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { centralityQuery, pageQuery, parse } from '../params.js';

export function analyticsOperations(store: GraphStore): Operation[] {
  let cached: { version: string; graph: ParticipationGraph } | null = null;
  async function currentGraph(): Promise<ParticipationGraph> {
    const version = store.version ? String(store.version()) : JSON.stringify(await store.stats());
    if (cached?.version !== version) cached = { version, graph: participationGraph(await store.participation()) };
    return cached.graph;
  }
  return [
    {
      method: 'get',
      path: '/api/analytics/centrality',
      tag: 'analytics',
      summary: 'People (or meetings) ranked by PageRank, degree or betweenness in the person–meeting graph',
      query: centralityQuery,
      async handler(req, res) {
        const q = parse(centralityQuery, req.query);
        res.json({ measure: q.measure, ...centrality(await currentGraph(), q.measure as CentralityMeasure, q.type, q.limit, q.offset) });
      },
    },
    {
      method: 'get',
      path: '/api/analytics/communities',
      tag: 'analytics',
      summary: 'Louvain communities of the person–meeting graph, largest first, with their people and meetings',
      query: pageQuery,
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        res.json(communities(await currentGraph(), q.limit, q.offset));
      },
    },
  ];
}
