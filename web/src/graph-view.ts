// The graph view: an entity's neighbourhood drawn with sigma over a graphology graph, coloured by
// type and laid out by ForceAtlas2. Clicking a node opens its page once it is clear no second click
// follows; double-clicking expands it in place (its own neighbourhood is fetched and merged). The
// renderer is killed when its page is left, so nothing is drawn into a container that is gone.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { enc, getJson, type NodeType } from './api.js';
import { h, hrefOf, TYPE_NAMES } from './dom.js';
import { drawHoverInside, placeLabels, type Disc, type LabelData, type PlacedLabel } from './graph-labels.js';

interface Subgraph {
  nodes: Array<{ id: string; type: NodeType; name: string; depth: number; date?: string | null }>;
  edges: Array<{ source: string; type: string; target: string; count: number }>;
  truncated: boolean;
}

export const TYPE_COLOURS: Record<string, string> = {
  Person: '#e4572e',
  Meeting: '#3b6fb6',
  Organization: '#2f9e6b',
  Place: '#7a5bc2',
  Document: '#c08a1a',
  Article: '#7d8696',
};

/** What the console (and the browser tests) can reach: the live graph and its renderer. */
declare global {
  interface Window {
    newsgraph?: { graph: Graph; sigma: Sigma; expand(id: string): Promise<void>; opening(): boolean; labels(): PlacedLabel[] };
  }
}

let current: Sigma | null = null;

/** How long a click waits for a second one before it opens the node's page. */
const DOUBLE_CLICK_MS = 300;

/** Ends the graph view on screen, if any: called before another page replaces it. */
export function closeGraph(): void {
  current?.kill();
  current = null;
  delete window.newsgraph;
}

/** A node's starting angle around its centre, as a fraction of a turn read from its id, so the same
 * graph is drawn the same way each time it is opened. */
function turnOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

function merge(graph: Graph, sub: Subgraph, around?: { x: number; y: number }): void {
  for (const n of sub.nodes) {
    if (graph.hasNode(n.id)) continue;
    const angle = turnOf(n.id) * 2 * Math.PI;
    const r = around ? 0.5 : 1 + n.depth * 2;
    graph.addNode(n.id, {
      // 市委常委会扩大会议 is held every few weeks: a meeting is labelled with its date.
      label: n.type === 'Meeting' && n.date ? `${n.name} · ${n.date}` : n.name,
      date: n.date ?? null,
      nodeType: n.type,
      depth: n.depth,
      x: (around?.x ?? 0) + r * Math.cos(angle) * (n.depth || 0.01),
      y: (around?.y ?? 0) + r * Math.sin(angle) * (n.depth || 0.01),
      size: n.type === 'Person' ? 9 : n.type === 'Meeting' ? 7 : 5,
      color: TYPE_COLOURS[n.type] ?? '#999',
    });
  }
  for (const e of sub.edges) {
    const key = `${e.source}|${e.type}|${e.target}`;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, e.source, e.target, { label: e.type, size: Math.min(1 + e.count, 4), color: '#c7ccd6' });
  }
}

/** A view of a few nodes is framed wider than the nodes, so two nodes sit near the middle rather
 * than pinned in opposite corners of the box. */
function frame(graph: Graph, renderer: Sigma): void {
  if (graph.order > 4 || graph.order === 0) {
    if (renderer.getCustomBBox()) renderer.setCustomBBox(null).refresh();
    return;
  }
  const xs = graph.mapNodes((_n, a) => a.x as number);
  const ys = graph.mapNodes((_n, a) => a.y as number);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const half = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1) * 1.5;
  // Set, the frame waits for the next render; refreshed, it holds from now on.
  renderer.setCustomBBox({ x: [cx - half, cx + half], y: [cy - half, cy + half] }).refresh();
}

/** ForceAtlas2 in its lin-log mode, which draws clusters apart (a person's meetings around them, another
 * person's around theirs), so a view leaves room for the labels between them. */
function layout(graph: Graph): void {
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations: 150, settings: { ...settings, linLogMode: true, barnesHutOptimize: graph.order > 300 } });
}

/** What the view hides, chosen in its legend and kept across redraws of the same view: types, and
 * meetings outside a date range (YYYY-MM-DD; a meeting whose year is not known is outside any range). */
interface Hidden {
  types: Set<string>;
  from: string;
  to: string;
}

function isHidden(hidden: Hidden, data: Record<string, unknown>): boolean {
  if (hidden.types.has(data.nodeType as string)) return true;
  if (data.nodeType !== 'Meeting' || (!hidden.from && !hidden.to)) return false;
  const date = typeof data.date === 'string' && !data.date.startsWith('-') ? data.date : null;
  return date === null || (!!hidden.from && date < hidden.from) || (!!hidden.to && date > hidden.to);
}

/** Draws the neighbourhood of `id` into a panel and returns the panel: a legend whose types show or
 * hide their nodes, and a choice of depth (one hop, or two). */
export function graphView(id: string, depth: 1 | 2 = 1): HTMLElement {
  const canvasHost = h('div', { class: 'graph', 'data-center': id });
  const status = h('span', {}, 'loading graph…');
  const hidden: Hidden = { types: new Set(), from: '', to: '' };
  const filters = Object.entries(TYPE_COLOURS).map(([type, colour]) => {
    const button = h('button', { type: 'button', class: 'type-filter', 'data-type': type, 'aria-pressed': 'true', style: `--c:${colour}` }, TYPE_NAMES[type] ?? type);
    button.addEventListener('click', () => {
      if (hidden.types.has(type)) hidden.types.delete(type);
      else hidden.types.add(type);
      button.setAttribute('aria-pressed', String(!hidden.types.has(type)));
      current?.refresh();
    });
    return button;
  });
  const range = (end: 'from' | 'to') => {
    const input = h('input', { type: 'date', class: `date-${end}`, 'aria-label': `meetings ${end}` }) as HTMLInputElement;
    input.addEventListener('change', () => {
      hidden[end] = input.value;
      current?.refresh();
    });
    return input;
  };
  const depthChoice = h('select', { class: 'depth', 'aria-label': 'depth' }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2' }, '2 hops'));
  (depthChoice as HTMLSelectElement).value = String(depth);
  const expandButton = h('button', { type: 'button', class: 'expand' }, 'expand');
  depthChoice.addEventListener('change', () => void draw(id, Number((depthChoice as HTMLSelectElement).value) as 1 | 2, canvasHost, status, hidden, expandButton));
  const legend = h('div', { class: 'legend' }, ...filters, h('span', { class: 'dates' }, 'meetings ', range('from'), ' – ', range('to')), depthChoice, expandButton, status);
  const panel = h('div', { class: 'graph-panel' }, canvasHost, legend);
  void draw(id, depth, canvasHost, status, hidden, expandButton);
  return panel;
}

/** A view with more nodes than this draws fewer labels, on a coarser grid (one a cell of the grid),
 * so a ring of sixty meetings is not a wall of text; the others show on hover, or once zoomed in.
 * A smaller view offers every label, and the placer leaves out only those that would cover another. */
const CROWDED = 40;
const labelGrid = (order: number) => (order > CROWDED ? { labelGridCellSize: 160, labelDensity: 1 } : { labelGridCellSize: 100, labelDensity: 100 });

async function draw(id: string, depth: 1 | 2, host: HTMLElement, status: HTMLElement, hidden: Hidden, expandButton: HTMLButtonElement): Promise<void> {
  closeGraph();
  let sub: Subgraph;
  try {
    sub = await getJson<Subgraph>(`/api/graph/neighbourhood/${enc(id)}?depth=${depth}&limit=80`);
  } catch (error) {
    status.textContent = `graph unavailable: ${(error as Error).message}`;
    return;
  }
  if (!host.isConnected) return;
  const graph = new Graph({ multi: true, type: 'directed' });
  // The labels Sigma offers in a frame are drawn once it has offered them all, the centre's first.
  const chosen: LabelData[] = [];
  let placed: PlacedLabel[] = [];
  merge(graph, sub);
  layout(graph);
  const renderer = new Sigma(graph, host, {
    renderEdgeLabels: false,
    defaultDrawNodeLabel: (_context, data) => void chosen.push({ ...data }),
    defaultDrawNodeHover: (context, data, settings) => drawHoverInside(context, data, settings, renderer.getDimensions(), placed),
    labelFont: 'Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif',
    labelRenderedSizeThreshold: 0,
    ...labelGrid(graph.order),
    defaultEdgeType: 'arrow',
    // A type switched off in the legend is not drawn, nor are its edges.
    nodeReducer: (_node, data) => (isHidden(hidden, data) ? { ...data, hidden: true } : data),
  });
  const rank = (node: string) => (graph.hasNode(node) ? (graph.getNodeAttribute(node, 'depth') as number) : 9);
  renderer.on('beforeRender', () => (chosen.length = 0));
  renderer.on('afterRender', () => {
    const context = renderer.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const discs = graph.mapNodes((node) => {
      const shown = renderer.getNodeDisplayData(node);
      if (!shown || shown.hidden) return null;
      const at = renderer.framedGraphToViewport(shown);
      return { node, x: at.x, y: at.y, size: renderer.scaleSize(shown.size) };
    });
    placed = placeLabels(context, chosen, discs.filter((d): d is Disc => d !== null), renderer.getSettings(), renderer.getDimensions(), rank);
  });
  // The constructor drew a frame before these were listening.
  renderer.refresh();
  current = renderer;
  frame(graph, renderer);
  const expand = async (nodeId: string) => {
    const more = await getJson<Subgraph>(`/api/graph/neighbourhood/${enc(nodeId)}?depth=1&limit=40`);
    const at = graph.getNodeAttributes(nodeId) as { x: number; y: number };
    merge(graph, more, at);
    layout(graph);
    renderer.setSettings(labelGrid(graph.order));
    frame(graph, renderer);
    renderer.refresh();
    host.dataset.nodes = String(graph.order);
  };
  // A real double click is two clicks first: the page opens only when no second click came.
  let opening: ReturnType<typeof setTimeout> | undefined;
  renderer.on('clickNode', ({ node }) => {
    clearTimeout(opening);
    opening = setTimeout(() => {
      opening = undefined;
      if (current === renderer) location.hash = hrefOf(node);
    }, DOUBLE_CLICK_MS);
  });
  renderer.on('doubleClickNode', (event) => {
    clearTimeout(opening);
    opening = undefined;
    event.preventSigmaDefault();
    void expand(event.node);
  });
  // The button expands the node last pointed at, for those who cannot double-click (a touch screen).
  expandButton.disabled = true;
  expandButton.textContent = 'expand: point at a node';
  expandButton.onclick = () => {
    const node = expandButton.dataset.node;
    if (node && graph.hasNode(node)) void expand(node);
  };
  renderer.on('enterNode', ({ node }) => {
    host.style.cursor = 'pointer';
    expandButton.dataset.node = node;
    expandButton.textContent = `expand ${String(graph.getNodeAttribute(node, 'label'))}`;
    expandButton.disabled = false;
  });
  renderer.on('leaveNode', () => (host.style.cursor = ''));
  host.dataset.nodes = String(graph.order);
  const crowded = graph.order > CROWDED ? ' · point at a node for its name' : '';
  status.textContent = `${graph.order} nodes${sub.truncated ? ' (cut; double-click a node to expand it)' : ' · click to open, double-click to expand'}${crowded}`;
  window.newsgraph = { graph, sigma: renderer, expand, opening: () => opening !== undefined, labels: () => placed.map((box) => ({ ...box })) };
}
