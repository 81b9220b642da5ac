// The graph around a node and between two: what the web page's graph view draws; and the whole
// graph as a file to open elsewhere.
import { orNotFound } from '../../errors.js';
import { exportGraph } from '../../graph/export-graph.js';
import { FORMAT_TYPES, formatGraph } from '../../graph/export-formats.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { exportQuery, neighbourhoodQuery, parse, pathQuery } from '../params.js';

export function graphOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/graph/neighbourhood/:id',
      tag: 'graph',
      summary: 'The nodes within 1 or 2 hops of a node and the relationships among them, capped',
      pathParams: { id: 'id of any node (entity or article)' },
      query: neighbourhoodQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(neighbourhoodQuery, req.query);
        const graph = orNotFound(await store.neighbourhood(String(req.params.id), q.depth as 1 | 2, q.limit), `node "${req.params.id}"`);
        res.json({ center: req.params.id, depth: q.depth, limit: q.limit, ...graph });
      },
    },
    {
      method: 'get',
      path: '/api/graph/path',
      tag: 'graph',
      summary: 'The shortest path between two nodes (at most 8 hops); empty when they do not connect',
      query: pathQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(pathQuery, req.query);
        const path = orNotFound(await store.shortestPath(q.from, q.to), `node "${q.from}" or no node "${q.to}"`);
        res.json({ from: q.from, to: q.to, length: Math.max(0, path.nodes.length - 1), found: path.nodes.length > 0, nodes: path.nodes, edges: path.edges });
      },
    },
    {
      method: 'get',
      path: '/api/export',
      tag: 'graph',
      summary: 'The whole graph as a file: json, jsonl, gexf, graphml, or a csv table (attendance, co-attendance), as `newsgraph export` writes it',
      query: exportQuery,
      response: { type: 'string', description: 'the file, in the media type of its format' },
      async handler(req, res) {
        const q = parse(exportQuery, req.query);
        const { type, ending } = FORMAT_TYPES[q.format];
        const name = q.format === 'csv' ? `newsgraph-${q.table}.csv` : `newsgraph.${ending}`;
        // attachment() would set the type from the file ending, which mime does not know for gexf/graphml.
        res.attachment(name).type(type).send(formatGraph(await exportGraph(store), q.format, q.table));
      },
    },
  ];
}
