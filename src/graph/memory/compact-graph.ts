// The embedded store's graph: a directed multigraph with the few graphology-style methods the named
// queries use, laid out for millions of edges. An edge is a slot in parallel columns rather than an
// object of its own: its type, ends and article are numbers in typed arrays (nodes are numbered),
// its evidence and properties references; nodes keep their edges as lists of slot numbers. At 100k
// articles (2M+ edges) this is what keeps the store in RAM.

import { NameIndex } from './name-index.js';

export interface NodeAttributes {
  label: string;
  name: string;
  props: Record<string, unknown>;
}

export interface EdgeAttributes {
  type: string;
  articleId: string;
  evidence: string;
  props: Record<string, unknown>;
}

interface NodeEntry {
  /** The id as stored once: answers hand out this string rather than copies. */
  id: string;
  /** The node's number, what edge columns hold. */
  at: number;
  attrs: NodeAttributes;
  out: number[];
  in: number[];
}

type EdgeVisitor = (edge: number, attrs: EdgeAttributes, source: string, target: string) => void;

const NONE = -1;
/** Lists up to this long are kept without spare capacity (fitEdgeLists): most nodes have few edges. */
const EXACT_LIST = 16;

function withoutItem(list: number[], item: number): void {
  const at = list.lastIndexOf(item);
  if (at >= 0) list.splice(at, 1);
}

export class CompactGraph {
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly byNumber: Array<NodeEntry | undefined> = [];
  private readonly freeNumbers: number[] = [];
  /** Entities by the characters of their names; articles are never searched for. Built when asked
   * (indexNames) or at the first search, and kept up to date from then on: a store opened to ingest
   * (or re-ingest an unchanged archive) searches nothing, and opens faster without it. */
  private names: NameIndex | null = null;

  private capacity = 1024;
  private edgeCount = 0;
  private type = new Uint8Array(this.capacity);
  private source = new Int32Array(this.capacity).fill(NONE);
  private target = new Int32Array(this.capacity).fill(NONE);
  private article = new Int32Array(this.capacity).fill(NONE);
  private readonly evidence: string[] = [];
  private readonly props: Array<Record<string, unknown> | undefined> = [];
  private readonly freeEdges: number[] = [];

  private readonly typeNames: string[] = [];
  private readonly typeNumbers = new Map<string, number>();
  private readonly typeCounts = new Map<string, number>();
  private readonly labelCounts = new Map<string, number>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds the node, or replaces the attributes of the one there, keeping its edges. */
  mergeNode(id: string, attrs: NodeAttributes): void {
    const entry = this.nodes.get(id);
    if (entry) {
      this.count(this.labelCounts, entry.attrs.label, -1);
      if (this.names && !sameNames(entry.attrs, attrs)) {
        this.names.remove(id, namesOf(entry.attrs));
        this.names.add(id, namesOf(attrs));
      }
      entry.attrs = attrs;
    } else {
      this.names?.add(id, namesOf(attrs));
      const at = this.freeNumbers.pop() ?? this.byNumber.length;
      const created: NodeEntry = { id, at, attrs, out: [], in: [] };
      this.nodes.set(id, created);
      this.byNumber[at] = created;
    }
    this.count(this.labelCounts, attrs.label, 1);
  }

  /** Drops the node and every edge that touches it. */
  dropNode(id: string): void {
    const entry = this.nodes.get(id);
    if (!entry) return;
    for (const e of [...entry.out, ...entry.in]) this.dropEdge(e);
    this.count(this.labelCounts, entry.attrs.label, -1);
    this.names?.remove(id, namesOf(entry.attrs));
    this.nodes.delete(id);
    this.byNumber[entry.at] = undefined;
    this.freeNumbers.push(entry.at);
  }

  getNodeAttribute<K extends keyof NodeAttributes>(id: string, key: K): NodeAttributes[K] {
    return this.getNodeAttributes(id)[key];
  }

  getNodeAttributes(id: string): NodeAttributes {
    const entry = this.nodes.get(id);
    if (!entry) throw new Error(`no node "${id}" in the graph`);
    return entry.attrs;
  }

  forEachNode(visit: (id: string, attrs: NodeAttributes) => void): void {
    for (const [id, entry] of this.nodes) visit(id, entry.attrs);
  }

  filterNodes(keep: (id: string, attrs: NodeAttributes) => boolean): string[] {
    const kept: string[] = [];
    for (const [id, entry] of this.nodes) if (keep(id, entry.attrs)) kept.push(id);
    return kept;
  }

  /** Every node whose name or an alias could contain the text (a superset: check each one). */
  nodesNamedWith(text: string): Iterable<string> {
    if (!text) return this.nodes.keys();
    return this.indexNames().candidates(text);
  }

  /** Builds the index of name characters if it is not built yet. */
  indexNames(): NameIndex {
    if (!this.names) {
      this.names = new NameIndex();
      for (const [id, entry] of this.nodes) this.names.add(id, namesOf(entry.attrs));
    }
    return this.names;
  }

  inDegree(id: string): number {
    return this.nodes.get(id)?.in.length ?? 0;
  }

  outDegree(id: string): number {
    return this.nodes.get(id)?.out.length ?? 0;
  }

  /** The node's number, or -1 when there is no such node. */
  numberOf(id: string): number {
    return this.nodes.get(id)?.at ?? NONE;
  }

  /** Adds an edge between existing nodes, given by number (numberOf), and returns its number. */
  addEdgeAt(source: number, target: number, article: number, type: string, evidence: string, props: Record<string, unknown>): number {
    const from = this.byNumber[source] as NodeEntry;
    const to = this.byNumber[target] as NodeEntry;
    const e = this.freeEdges.pop() ?? this.newSlot();
    this.type[e] = this.typeNumber(type);
    this.source[e] = source;
    this.target[e] = target;
    this.article[e] = article;
    this.evidence[e] = evidence;
    this.props[e] = props;
    from.out.push(e);
    to.in.push(e);
    this.count(this.typeCounts, type, 1);
    return e;
  }

  /**
   * Copies the short edge lists of these nodes (numbers) to exact size. A push leaves room for a
   * dozen more, which a node with few edges never uses; the caller fits the lists once it has
   * added a batch of edges, rather than copying a list for every edge.
   */
  fitEdgeLists(nodes: Iterable<number>): void {
    for (const at of nodes) {
      const entry = this.byNumber[at];
      if (!entry) continue;
      if (entry.out.length < EXACT_LIST) entry.out = entry.out.slice();
      if (entry.in.length < EXACT_LIST) entry.in = entry.in.slice();
    }
  }

  dropEdge(e: number): void {
    const from = this.byNumber[this.source[e] ?? NONE];
    const to = this.byNumber[this.target[e] ?? NONE];
    if (this.source[e] === NONE || !from || !to) return;
    withoutItem(from.out, e);
    withoutItem(to.in, e);
    this.count(this.typeCounts, this.edgeType(e), -1);
    // Slots are reused; emptied ones hold nothing that keeps strings or objects alive.
    this.source[e] = this.target[e] = this.article[e] = NONE;
    this.evidence[e] = '';
    this.props[e] = undefined;
    this.freeEdges.push(e);
  }

  edgeAttributes(e: number): EdgeAttributes {
    return {
      type: this.edgeType(e),
      articleId: this.idOf(this.article[e] as number),
      evidence: this.evidence[e] as string,
      props: this.props[e] as Record<string, unknown>,
    };
  }

  edgeEnds(e: number): [string, string] {
    return [this.idOf(this.source[e] as number), this.idOf(this.target[e] as number)];
  }

  edgeType(e: number): string {
    return this.typeNames[this.type[e] as number] as string;
  }

  forEachInEdge(node: string, visit: EdgeVisitor): void {
    for (const e of this.nodes.get(node)?.in ?? []) visit(e, this.edgeAttributes(e), this.idOf(this.source[e] as number), node);
  }

  forEachOutEdge(node: string, visit: EdgeVisitor): void {
    for (const e of this.nodes.get(node)?.out ?? []) visit(e, this.edgeAttributes(e), node, this.idOf(this.target[e] as number));
  }

  /** The edges of one type into the node: types are compared as numbers before any edge is built. */
  forEachInEdgeOfType(node: string, type: string, visit: EdgeVisitor): void {
    const t = this.typeNumbers.get(type);
    if (t === undefined) return;
    for (const e of this.nodes.get(node)?.in ?? []) if (this.type[e] === t) visit(e, this.edgeAttributes(e), this.idOf(this.source[e] as number), node);
  }

  /** The edges of one type out of the node, as forEachInEdgeOfType. */
  forEachOutEdgeOfType(node: string, type: string, visit: EdgeVisitor): void {
    const t = this.typeNumbers.get(type);
    if (t === undefined) return;
    for (const e of this.nodes.get(node)?.out ?? []) if (this.type[e] === t) visit(e, this.edgeAttributes(e), node, this.idOf(this.target[e] as number));
  }

  /** Every edge at the node, out then in; a loop is visited once. */
  forEachEdge(node: string, visit: EdgeVisitor): void {
    const entry = this.nodes.get(node);
    if (!entry) return;
    for (const e of entry.out) visit(e, this.edgeAttributes(e), node, this.idOf(this.target[e] as number));
    for (const e of entry.in) if (this.source[e] !== entry.at) visit(e, this.edgeAttributes(e), this.idOf(this.source[e] as number), node);
  }

  /** Edges and nodes counted by type and label, kept up to date on every change. */
  edgeCounts(): Record<string, number> {
    return Object.fromEntries(this.typeCounts);
  }

  nodeCounts(): Record<string, number> {
    return Object.fromEntries(this.labelCounts);
  }

  /** The stored copy of an id, or the id itself when no node has it. */
  canonicalId(id: string): string {
    return this.nodes.get(id)?.id ?? id;
  }

  private idOf(at: number): string {
    return (this.byNumber[at] as NodeEntry).id;
  }

  /** A slot past the last one, the columns doubled when they are full. */
  private newSlot(): number {
    if (this.edgeCount === this.capacity) {
      this.capacity *= 2;
      const grow = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T, fill?: number): T => {
        const next = make(this.capacity);
        if (fill !== undefined) next.fill(fill, old.length);
        next.set(old);
        return next;
      };
      this.type = grow(this.type, (n) => new Uint8Array(n));
      this.source = grow(this.source, (n) => new Int32Array(n), NONE);
      this.target = grow(this.target, (n) => new Int32Array(n), NONE);
      this.article = grow(this.article, (n) => new Int32Array(n), NONE);
    }
    return this.edgeCount++;
  }

  private typeNumber(type: string): number {
    let n = this.typeNumbers.get(type);
    if (n === undefined) {
      n = this.typeNames.push(type) - 1;
      if (n > 255) throw new Error('more than 256 relationship types');
      this.typeNumbers.set(type, n);
    }
    return n;
  }

  private count(counts: Map<string, number>, key: string, by: number): void {
    const n = (counts.get(key) ?? 0) + by;
    if (n === 0) counts.delete(key);
    else counts.set(key, n);
  }
}

function namesOf(attrs: NodeAttributes): string[] {
  if (attrs.label === 'Article') return [];
  const aliases = attrs.props.aliases as string[] | undefined;
  return aliases?.length ? [attrs.name, ...aliases] : [attrs.name];
}

/** Whether the two give the name index the same names: asked on every merge, so no arrays are made. */
function sameNames(a: NodeAttributes, b: NodeAttributes): boolean {
  if ((a.label === 'Article') !== (b.label === 'Article')) return false;
  if (a.label === 'Article') return true;
  if (a.name !== b.name) return false;
  const x = (a.props.aliases as string[] | undefined) ?? [];
  const y = (b.props.aliases as string[] | undefined) ?? [];
  return x.length === y.length && x.every((n, i) => n === y[i]);
}
