// The export formats on a graph written by hand: CSV fields that hold commas, quotes and line
// breaks read back whole; the co-attendance matrix counts shared meetings in any role; GraphML and
// GEXF keep every node and edge with its name and type.
import { parse as csvParse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as readGexf } from 'graphology-gexf';
import { parse as readGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { formatGraph } from '../../src/graph/export-formats.js';
import type { ExportedGraph } from '../../src/graph/export-graph.js';

const node = (id: string, label: 'Person' | 'Meeting', name: string, date?: string) => ({ id, label, properties: { name, aliases: [], ...(date ? { date } : {}) } });
const GRAPH: ExportedGraph = {
  nodes: [node('p1', 'Person', 'Ann Roe'), node('p2', 'Person', 'Bo Tao'), node('p3', 'Person', 'Kay Lee'), node('m1', 'Meeting', 'Council, "special" session', '2024-03-01'), node('m2', 'Meeting', 'Budget hearing', '2024-03-09')],
  relationships: [
    { type: 'PRESIDED', source: 'p1', target: 'm1', properties: { evidence: 'Mayor Ann Roe said, "we begin"\nand opened it.', articleId: 'a1' } },
    { type: 'ATTENDED', source: 'p2', target: 'm1', properties: { order: 1, evidence: 'Bo Tao attended.', articleId: 'a1' } },
    { type: 'ATTENDED', source: 'p3', target: 'm1', properties: { order: 2, evidence: 'Kay Lee attended.', articleId: 'a1' } },
    { type: 'SPOKE_AT', source: 'p1', target: 'm2', properties: { evidence: 'Ann Roe spoke.', articleId: 'a2' } },
    { type: 'ATTENDED', source: 'p2', target: 'm2', properties: { order: 1, evidence: 'Bo Tao too.', articleId: 'a2' } },
  ],
};

describe('export formats', () => {
  it('writes the attendance table so that any CSV reader reads every field back whole', () => {
    const rows = csvParse(formatGraph(GRAPH, 'csv', 'attendance')) as string[][];
    expect(rows).toEqual([
      ['meeting_id', 'meeting', 'date', 'person_id', 'person', 'role', 'order', 'article_id', 'evidence'],
      ['m1', 'Council, "special" session', '2024-03-01', 'p1', 'Ann Roe', 'presided', '', 'a1', 'Mayor Ann Roe said, "we begin"\nand opened it.'],
      ['m1', 'Council, "special" session', '2024-03-01', 'p2', 'Bo Tao', 'attended', '1', 'a1', 'Bo Tao attended.'],
      ['m1', 'Council, "special" session', '2024-03-01', 'p3', 'Kay Lee', 'attended', '2', 'a1', 'Kay Lee attended.'],
      ['m2', 'Budget hearing', '2024-03-09', 'p2', 'Bo Tao', 'attended', '1', 'a2', 'Bo Tao too.'],
      ['m2', 'Budget hearing', '2024-03-09', 'p1', 'Ann Roe', 'spoke', '', 'a2', 'Ann Roe spoke.'],
    ]);
  });

  it('counts the meetings each two people shared, in any role, as a symmetric matrix', () => {
    expect(csvParse(formatGraph(GRAPH, 'csv', 'co-attendance'))).toEqual([
      ['person_id', 'person', 'Ann Roe', 'Bo Tao', 'Kay Lee'],
      ['p1', 'Ann Roe', '', '2', '1'],
      ['p2', 'Bo Tao', '2', '', '1'],
      ['p3', 'Kay Lee', '1', '1', ''],
    ]);
  });

  it.each([
    ['graphml', readGraphml],
    ['gexf', readGexf],
  ] as const)('writes %s that a reader reads back with every node and edge, names and types', (format, read) => {
    const back = read(MultiDirectedGraph, formatGraph(GRAPH, format));
    expect(back.order).toBe(5);
    expect(back.size).toBe(5);
    expect(back.getNodeAttribute('m1', 'name')).toBe('Council, "special" session');
    expect(back.mapEdges((_e, a) => String(a.type ?? a.label)).sort()).toEqual(['ATTENDED', 'ATTENDED', 'ATTENDED', 'PRESIDED', 'SPOKE_AT']);
  });

  it('writes one JSON document per line: the nodes, then the relationships', () => {
    const lines = formatGraph(GRAPH, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as { kind: string; id?: string });
    expect(lines.map((l) => l.kind)).toEqual([...Array(5).fill('node'), ...Array(5).fill('relationship')]);
    expect(lines[0]).toEqual({ kind: 'node', ...GRAPH.nodes[0] });
  });
});
