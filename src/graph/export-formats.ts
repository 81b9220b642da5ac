// The exported graph in the formats analysts open elsewhere: JSON and JSON Lines for programs,
// GEXF (Gephi) and GraphML (yEd, Cytoscape, NetworkX) for graph tools, and two CSV tables for
// spreadsheets: who took part in which meeting (meeting, date, person, role, order), and how many
// meetings each two people shared (a square matrix). GEXF is written by graphology-gexf; GraphML,
// which no maintained package writes, is written here in its plain form (keys, nodes, edges).
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { ExportedGraph } from './export-graph.js';
import { ROLE_TYPE, TYPE_ROLE } from './model.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_TABLES = ['attendance', 'co-attendance'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The media type and file ending of each format. */
export const FORMAT_TYPES: Record<ExportFormat, { type: string; ending: string }> = {
  json: { type: 'application/json', ending: 'json' },
  jsonl: { type: 'application/jsonl', ending: 'jsonl' },
  gexf: { type: 'application/gexf+xml', ending: 'gexf' },
  graphml: { type: 'application/graphml+xml', ending: 'graphml' },
  csv: { type: 'text/csv', ending: 'csv' },
};


/** A property as one value graph tools read: lists joined with "; ", objects as JSON. */
function flat(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ');
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function flatProperties(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, flat(v)]));
}

/** The graph for graphology's writers: each node its label and name, each edge its type. */
function graphologyOf(graph: ExportedGraph): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) {
    const name = String(n.properties.name ?? n.properties.title ?? n.id);
    g.addNode(n.id, { ...flatProperties(n.properties), label: name, type: n.label });
  }
  graph.relationships.forEach((r, i) => {
    if (g.hasNode(r.source) && g.hasNode(r.target)) g.addDirectedEdgeWithKey(`e${i}`, r.source, r.target, { ...flatProperties(r.properties), label: r.type, type: r.type });
  });
  return g;
}

/** Text made safe inside XML or HTML, attribute values included. */
export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function graphml(graph: ExportedGraph): string {
  const g = graphologyOf(graph);
  const keys = (kind: 'node' | 'edge', attributes: Array<Record<string, unknown>>) => {
    const types = new Map<string, string>();
    for (const a of attributes) for (const [k, v] of Object.entries(a)) if (!types.has(k) || types.get(k) !== typeof v) types.set(k, types.has(k) ? 'string' : typeof v);
    return [...types].map(([name, type]) => ({ id: `${kind[0]}_${name}`, name, kind, type: type === 'number' ? 'double' : type === 'boolean' ? 'boolean' : 'string' }));
  };
  const nodeKeys = keys('node', g.mapNodes((_n, a) => a));
  const edgeKeys = keys('edge', g.mapEdges((_e, a) => a));
  const data = (attributes: Record<string, unknown>, ks: typeof nodeKeys) =>
    ks.filter((k) => attributes[k.name] !== undefined && attributes[k.name] !== '').map((k) => `<data key="${k.id}">${escapeXml(String(attributes[k.name]))}</data>`).join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...edgeKeys].map((k) => `  <key id="${k.id}" for="${k.kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph edgedefault="directed">',
    ...g.mapNodes((n, a) => `    <node id="${escapeXml(n)}">${data(a, nodeKeys)}</node>`),
    ...g.mapEdges((e, a, s, t) => `    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data(a, edgeKeys)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

/** A CSV field, quoted where it holds a comma, quote or line break (RFC 4180). */
const field = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: unknown[][]): string => rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';

/** Who took part in which meeting: one row per person, meeting and role. */
export function attendanceRows(graph: ExportedGraph): unknown[][] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const rows = graph.relationships
    .filter((r) => r.type in TYPE_ROLE && nodes.get(r.target)?.label === 'Meeting' && nodes.get(r.source)?.label === 'Person')
    .map((r) => {
      const meeting = nodes.get(r.target)!;
      const person = nodes.get(r.source)!;
      const order = typeof r.properties.order === 'number' ? r.properties.order : null;
      return [meeting.id, meeting.properties.name, meeting.properties.date ?? null, person.id, person.properties.name, TYPE_ROLE[r.type], order, r.properties.articleId ?? null, r.properties.evidence ?? null];
    });
  // By date (unknown last), meeting, then who presided, attended (in listed order) and spoke: each
  // row's key made once.
  const rank = (role: unknown) => String(Object.keys(ROLE_TYPE).indexOf(String(role)));
  const keyed = rows.map((row) => ({ row, key: [String(row[2] ?? '\uffff'), String(row[1]), String(row[0]), rank(row[5]), String(row[6] ?? '').padStart(6, '0'), String(row[4]), String(row[3])].join('\u0000') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [['meeting_id', 'meeting', 'date', 'person_id', 'person', 'role', 'order', 'article_id', 'evidence'], ...keyed.map((k) => k.row)];
}

/** How many meetings each two people took part in together (in any role): a square matrix of the
 * people who shared one at least, by name, the diagonal empty. */
export function coAttendanceRows(graph: ExportedGraph): unknown[][] {
  const names = new Map(graph.nodes.filter((n) => n.label === 'Person').map((n) => [n.id, String(n.properties.name)]));
  const byMeeting = new Map<string, Set<string>>();
  for (const r of graph.relationships) {
    if (!(r.type in TYPE_ROLE) || !names.has(r.source)) continue;
    let people = byMeeting.get(r.target);
    if (!people) byMeeting.set(r.target, (people = new Set()));
    people.add(r.source);
  }
  const shared = new Map<string, number>();
  const pair = (a: string, b: string) => `${a}\u0000${b}`;
  for (const people of byMeeting.values()) {
    const list = [...people];
    for (const a of list) for (const b of list) if (a !== b) shared.set(pair(a, b), (shared.get(pair(a, b)) ?? 0) + 1);
  }
  const people = [...new Set([...shared.keys()].map((k) => k.split('\u0000')[0] as string))].sort((a, b) => {
    const [x, y] = [names.get(a) as string, names.get(b) as string];
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return [
    ['person_id', 'person', ...people.map((p) => names.get(p))],
    ...people.map((a) => [a, names.get(a), ...people.map((b) => (a === b ? null : (shared.get(pair(a, b)) ?? 0)))]),
  ];
}

/** The graph written in a format; `table` chooses the CSV table. */
export function formatGraph(graph: ExportedGraph, format: ExportFormat, table: CsvTable = 'attendance'): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(graph, null, 2)}\n`;
    case 'jsonl':
      return [...graph.nodes.map((n) => ({ kind: 'node', ...n })), ...graph.relationships.map((r) => ({ kind: 'relationship', ...r }))].map((x) => `${JSON.stringify(x)}\n`).join('');
    case 'gexf':
      return writeGexf(graphologyOf(graph), { pretty: true });
    case 'graphml':
      return graphml(graph);
    case 'csv':
      return csv(table === 'attendance' ? attendanceRows(graph) : coAttendanceRows(graph));
  }
}
