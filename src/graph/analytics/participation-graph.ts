// The person–meeting graph the analytics run over: one undirected graphology graph with a node per
// person and per meeting and an edge for each part a person took in a meeting. Nodes go in by id,
// so every measure comes out the same whichever store the pairs were read from.
import { UndirectedGraph } from 'graphology';
import type { Participation } from '../model.js';

export type ParticipantType = 'Person' | 'Meeting';

export interface ParticipantAttributes {
  type: ParticipantType;
  name: string;
  date: string | null;
}

export type ParticipationGraph = UndirectedGraph<ParticipantAttributes>;

export function participationGraph(links: Participation[]): ParticipationGraph {
  const g: ParticipationGraph = new UndirectedGraph<ParticipantAttributes>({ allowSelfLoops: false });
  const nodes = new Map<string, ParticipantAttributes>();
  for (const { person, meeting } of links) {
    nodes.set(person.id, { type: 'Person', name: person.name, date: null });
    nodes.set(meeting.id, { type: 'Meeting', name: meeting.name, date: meeting.date });
  }
  for (const id of [...nodes.keys()].sort()) g.addNode(id, nodes.get(id));
  for (const { person, meeting } of [...links].sort((a, b) => cmp(a.person.id + a.meeting.id, b.person.id + b.meeting.id))) {
    g.mergeEdge(person.id, meeting.id);
  }
  return g;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
