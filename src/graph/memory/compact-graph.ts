// The embedded store's graph: a directed multigraph with the few graphology-style methods the named
// queries use, laid out for millions of edges. An edge is a slot in parallel arrays (type, source,
// target, article, evidence, properties) rather than an object of its own, and nodes keep their
// edges as lists of slot numbers; at 100k articles (3M+ edges) this is what keeps the store in RAM.

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
  /** The id as stored once: edges point at this string rather than keep copies of their own. */
  id: string;
  attrs: NodeAttributes;
  out: number[];
  in: number[];
}

type EdgeVisitor = (edge: number, attrs: EdgeAttributes, source: string, target: string) => void;

export class CompactGraph {
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly type: string[] = [];
  private readonly source: string[] = [];
  private readonly target: string[] = [];
  private readonly article: string[] = [];
  private readonly evidence: string[] = [];
  private readonly props: Array<Record<string, unknown>> = [];
  private readonly free: number[] = [];
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
      entry.attrs = attrs;
    } else this.nodes.set(id, { id, attrs, out: [], in: [] });
    this.count(this.labelCounts, attrs.label, 1);
  }

  /** Drops the node and every edge that touches it. */
  dropNode(id: string): void {
    const entry = this.nodes.get(id);
    if (!entry) return;
    for (const e of [...entry.out, ...entry.in]) this.dropEdge(e);
    this.count(this.labelCounts, entry.attrs.label, -1);
    this.nodes.delete(id);
  }

  getNodeAttribute<K extends keyof NodeAttributes>(id: string, key: K): NodeAttributes[K] {
    const entry = this.nodes.get(id);
    if (!entry) throw new Error(`no node "${id}" in the graph`);
    return entry.attrs[key];
  }

  forEachNode(visit: (id: string, attrs: NodeAttributes) => void): void {
    for (const [id, entry] of this.nodes) visit(id, entry.attrs);
  }

  filterNodes(keep: (id: string, attrs: NodeAttributes) => boolean): string[] {
    const kept: string[] = [];
    for (const [id, entry] of this.nodes) if (keep(id, entry.attrs)) kept.push(id);
    return kept;
  }

  inDegree(id: string): number {
    return this.nodes.get(id)?.in.length ?? 0;
  }

  outDegree(id: string): number {
    return this.nodes.get(id)?.out.length ?? 0;
  }

  /** Adds an edge between two existing nodes and returns its number. */
  addEdge(source: string, target: string, attrs: EdgeAttributes): number {
    const from = this.nodes.get(source);
    const to = this.nodes.get(target);
    if (!from || !to) throw new Error(`an edge needs both its nodes: "${source}" → "${target}"`);
    const e = this.free.pop() ?? this.type.length;
    this.type[e] = this.canonicalType(attrs.type);
    this.source[e] = from.id;
    this.target[e] = to.id;
    this.article[e] = attrs.articleId;
    this.evidence[e] = attrs.evidence;
    this.props[e] = attrs.props;
    from.out.push(e);
    to.in.push(e);
    this.count(this.typeCounts, attrs.type, 1);
    return e;
  }

  dropEdge(e: number): void {
    const source = this.source[e];
    const target = this.target[e];
    if (source === undefined || target === undefined) return;
    const out = this.nodes.get(source)?.out;
    out?.splice(out.indexOf(e), 1);
    const into = this.nodes.get(target)?.in;
    into?.splice(into.indexOf(e), 1);
    this.count(this.typeCounts, this.type[e] as string, -1);
    // Slots are reused; emptied ones hold nothing that keeps strings or objects alive.
    this.type[e] = this.source[e] = this.target[e] = this.article[e] = this.evidence[e] = undefined as unknown as string;
    this.props[e] = undefined as unknown as Record<string, unknown>;
    this.free.push(e);
  }

  edgeAttributes(e: number): EdgeAttributes {
    return { type: this.type[e] as string, articleId: this.article[e] as string, evidence: this.evidence[e] as string, props: this.props[e] as Record<string, unknown> };
  }

  edgeEnds(e: number): [string, string] {
    return [this.source[e] as string, this.target[e] as string];
  }

  edgeType(e: number): string {
    return this.type[e] as string;
  }

  forEachInEdge(node: string, visit: EdgeVisitor): void {
    for (const e of this.nodes.get(node)?.in ?? []) visit(e, this.edgeAttributes(e), this.source[e] as string, node);
  }

  forEachOutEdge(node: string, visit: EdgeVisitor): void {
    for (const e of this.nodes.get(node)?.out ?? []) visit(e, this.edgeAttributes(e), node, this.target[e] as string);
  }

  /** Every edge at the node, out then in; a loop is visited once. */
  forEachEdge(node: string, visit: EdgeVisitor): void {
    const entry = this.nodes.get(node);
    if (!entry) return;
    for (const e of entry.out) visit(e, this.edgeAttributes(e), node, this.target[e] as string);
    for (const e of entry.in) if (this.source[e] !== node) visit(e, this.edgeAttributes(e), this.source[e] as string, node);
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

  private readonly types = new Map<string, string>();

  private canonicalType(type: string): string {
    const known = this.types.get(type);
    if (known !== undefined) return known;
    this.types.set(type, type);
    return type;
  }

  private count(counts: Map<string, number>, key: string, by: number): void {
    const n = (counts.get(key) ?? 0) + by;
    if (n === 0) counts.delete(key);
    else counts.set(key, n);
  }
}
