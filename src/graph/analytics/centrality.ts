// Who is central in the person–meeting graph: PageRank, degree and betweenness, from
// graphology-metrics. Only the measure asked for is computed: betweenness costs O(V·E).
import { betweenness, degree, pagerank } from 'graphology-metrics/centrality/index.js';
import { pageOf, type Page } from '../model.js';
import type { ParticipantType, ParticipationGraph } from './participation-graph.js';

export const CENTRALITY_MEASURES = ['pagerank', 'degree', 'betweenness'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export interface CentralityScore {
  id: string;
  type: ParticipantType;
  name: string;
  score: number;
  /** How many meetings (for a person) or people (for a meeting) it is linked to. */
  links: number;
}

function scores(g: ParticipationGraph, measure: CentralityMeasure): Record<string, number> {
  if (g.order === 0) return {};
  if (measure === 'pagerank') return pagerank(g, { getEdgeWeight: null });
  if (measure === 'betweenness') return betweenness(g, { normalized: true, getEdgeWeight: null });
  return degree(g);
}

/** Nodes of one type ranked by the measure, highest first; ties by name, then id. */
export function centrality(g: ParticipationGraph, measure: CentralityMeasure, type: ParticipantType, limit: number, offset: number): Page<CentralityScore> {
  const all = scores(g, measure);
  const ranked: CentralityScore[] = g
    .filterNodes((_n, a) => a.type === type)
    .map((id) => ({ id, type, name: g.getNodeAttribute(id, 'name'), score: round(all[id] ?? 0), links: g.degree(id) }));
  ranked.sort((a, b) => b.score - a.score || cmp(a.name, b.name) || cmp(a.id, b.id));
  return pageOf(ranked, limit, offset);
}

/** Scores rounded to 6 places, so float noise never reorders equal nodes. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
