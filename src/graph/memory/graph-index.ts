// The embedded store's graph, derived from the current FactSheets. An entity node is the merge of
// what every article says of it (aliases united, other properties from the article with the
// smallest id, so the result does not depend on ingest order); it goes when the last article that
// mentions it goes. The sheets themselves are not kept: the graph holds all they say, and a sheet
// is read back from it when the snapshot is written. Repeated values (the same person as every
// article describes them, {order: 3}, a sentence several relations cite) are kept once.
import type { ArticleMeta, Entity, FactSheet, Relation } from '../model.js';
import { CompactGraph } from './compact-graph.js';

export type StoreGraph = CompactGraph;

/** What one article says of one entity: shared by every article that says the same. */
type Contribution = Omit<Entity, 'id'>;

interface ArticleEntry {
  entities: string[];
  /** What the article says of each of its entities, in the same order. */
  contributions: Contribution[];
  edges: number[];
}

interface EntityState {
  /** Articles that mention the entity. */
  mentions: number;
  /** The smallest id among them: its contribution gives the node's properties. */
  first: string;
  /** What that first article says of it. */
  firstSays: Contribution;
  /** Each alias with the number of articles that give it. */
  aliases: Map<string, number> | null;
}

const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;

export class GraphIndex {
  readonly graph = new CompactGraph();
  /** Per entity, all in one map so that a write looks each entity up once. */
  private readonly entityStates = new Map<string, EntityState>();
  private readonly articles = new Map<string, ArticleEntry>();
  /** The newest article's ingestedAt, kept as articles come and go, so stats need not look for it. */
  private newest: string | null = null;
  /** The newest article went: looked for again when next asked. */
  private newestGone = false;
  private readonly shared = new Map<string, object>();
  /** The objects `shared` holds: handed in again (as the snapshot does), they need no key. */
  private readonly sharedObjects = new WeakSet<object>();

  /** The newest article's ingestedAt (what Neo4j's stats.cypher gives), null with none. */
  get lastIngest(): string | null {
    if (this.newestGone) {
      this.newest = null;
      for (const id of this.articles.keys()) {
        const at = this.graph.getNodeAttribute(id, 'props').ingestedAt;
        if (typeof at === 'string' && (!this.newest || at > this.newest)) this.newest = at;
      }
      this.newestGone = false;
    }
    return this.newest;
  }

  get size(): number {
    return this.articles.size;
  }

  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  meta(articleId: string): ArticleMeta | null {
    if (!this.articles.has(articleId)) return null;
    const p = this.graph.getNodeAttribute(articleId, 'props');
    return { id: articleId, source: String(p.source), contentHash: String(p.contentHash), extractorVersion: String(p.extractorVersion), pageHash: typeof p.pageHash === 'string' ? p.pageHash : null, pageArticles: typeof p.pageArticles === 'number' ? p.pageArticles : null };
  }

  articleIds(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** Puts the article's facts in place of what it said before. Its evidence should already be
   * slices of its text (shareText), so that each sentence is held once. */
  put(sheet: FactSheet): void {
    this.remove(sheet.article.id);
    const at = sheet.article.ingestedAt;
    if (at && !this.newestGone && (!this.newest || at > this.newest)) this.newest = at;
    const { id, title, ...rest } = sheet.article;
    this.graph.mergeNode(id, { label: 'Article', name: title, props: { id, title, ...rest } });
    const entry: ArticleEntry = { entities: [], contributions: [], edges: [] };
    this.articles.set(id, entry);
    for (const entity of sheet.entities) {
      entry.contributions.push(this.addContribution(entity, id));
      entry.entities.push(this.graph.canonicalId(entity.id));
    }
    // Each node looked up once for the article, not once per edge.
    const articleAt = this.graph.numberOf(id);
    const numbers = new Map<string, number>([[id, articleAt]]);
    for (const entity of sheet.entities) numbers.set(entity.id, this.graph.numberOf(entity.id));
    const numberOf = (node: string) => numbers.get(node) ?? this.graph.numberOf(node);
    for (const entity of sheet.entities) entry.edges.push(this.graph.addEdgeAt(articleAt, numbers.get(entity.id) as number, articleAt, 'MENTIONS', '', EMPTY));
    for (const r of sheet.relations) {
      const source = numberOf(r.source);
      const target = numberOf(r.target);
      if (source >= 0 && target >= 0) entry.edges.push(this.graph.addEdgeAt(source, target, articleAt, r.type, r.evidence, this.share(r.properties)));
    }
    this.graph.fitEdgeLists(numbers.values());
    // Arrays grown by push keep spare room; copies are exact, and a store holds 100k of each.
    entry.entities = entry.entities.slice();
    entry.contributions = entry.contributions.slice();
    entry.edges = entry.edges.slice();
  }

  remove(articleId: string): boolean {
    const entry = this.articles.get(articleId);
    if (!entry) return false;
    if (this.newest !== null && this.graph.getNodeAttribute(articleId, 'props').ingestedAt === this.newest) this.newestGone = true;
    for (const e of entry.edges) this.graph.dropEdge(e);
    this.graph.dropNode(articleId);
    this.articles.delete(articleId);
    entry.entities.forEach((entityId, i) => this.removeContribution(entityId, articleId, entry.contributions[i] as Contribution));
    return true;
  }

  /** The article's FactSheet as it was put, read back from the graph. */
  sheet(articleId: string): FactSheet {
    const entry = this.articles.get(articleId) as ArticleEntry;
    const article = this.graph.getNodeAttribute(articleId, 'props') as unknown as FactSheet['article'];
    const entities = entry.entities.map((id, i) => ({ id, ...(entry.contributions[i] as Contribution) }));
    const relations: Relation[] = [];
    for (const e of entry.edges) {
      if (this.graph.edgeType(e) === 'MENTIONS') continue;
      const a = this.graph.edgeAttributes(e);
      const [source, target] = this.graph.edgeEnds(e);
      relations.push({ type: a.type as Relation['type'], source, target, evidence: a.evidence, properties: a.props as Relation['properties'] });
    }
    return { article, entities, relations };
  }

  *sheets(): Generator<FactSheet> {
    for (const id of this.articles.keys()) yield this.sheet(id);
  }

  /** Entities nothing mentions: none here, since remove drops them; kept for the store seam. */
  orphans(): string[] {
    return this.graph.filterNodes((n, a) => a.label !== 'Article' && this.graph.inDegree(n) === 0 && this.graph.outDegree(n) === 0);
  }

  /** One object for every equal set of properties: most are {} or repeat across articles. */
  private share<T extends object>(value: T): T {
    if (this.sharedObjects.has(value)) return value;
    const key = shareKey(value as Record<string, unknown>);
    if (key === '') return EMPTY as T;
    const known = this.shared.get(key);
    if (known) return known as T;
    this.shared.set(key, value);
    this.sharedObjects.add(value);
    return value;
  }

  /** What the article `articleId` says of the entity, if it mentions it. */
  private contributionAt(articleId: string | undefined, entityId: string): Contribution | undefined {
    const entry = articleId === undefined ? undefined : this.articles.get(articleId);
    return entry?.contributions[entry.entities.indexOf(entityId)];
  }

  /** Most articles say of an entity what the first one said: that contribution is reused as is. */
  private contributionOf(entity: Entity, known: Contribution | undefined): Contribution {
    if (known && known.type === entity.type && known.name === entity.name && (known.properties === entity.properties || sameValues(known.properties, entity.properties))) return known;
    return this.share({ type: entity.type, name: entity.name, properties: entity.properties });
  }

  private addContribution(entity: Entity, articleId: string): Contribution {
    let state = this.entityStates.get(entity.id);
    const contribution = this.contributionOf(entity, state?.firstSays);
    // The node changes only when this article becomes the first to mention the entity or brings an alias.
    let changed = !state;
    if (!state) this.entityStates.set(entity.id, (state = { mentions: 0, first: articleId, firstSays: contribution, aliases: null }));
    state.mentions++;
    if (articleId < state.first) {
      state.first = articleId;
      state.firstSays = contribution;
      changed = true;
    }
    const aliases = (entity.properties.aliases as string[] | undefined) ?? [];
    if (aliases.length) {
      const counts = (state.aliases ??= new Map());
      for (const a of aliases) {
        const n = counts.get(a) ?? 0;
        if (n === 0) changed = true;
        counts.set(a, n + 1);
      }
    }
    if (changed) this.refreshEntity(entity.id, state, state.firstSays);
    return contribution;
  }

  /** Called after the article's edges are gone, so the entity's MENTIONS are those of the other articles. */
  private removeContribution(entityId: string, articleId: string, gone: Contribution): void {
    const state = this.entityStates.get(entityId) as EntityState;
    if (--state.mentions === 0) {
      this.entityStates.delete(entityId);
      this.graph.dropNode(entityId);
      return;
    }
    for (const a of (gone.properties.aliases as string[] | undefined) ?? []) {
      const n = (state.aliases?.get(a) ?? 1) - 1;
      if (n > 0) state.aliases?.set(a, n);
      else state.aliases?.delete(a);
    }
    if (state.first === articleId) {
      let first: string | undefined;
      this.graph.forEachInEdgeOfType(entityId, 'MENTIONS', (_e, _attrs, source) => {
        if (first === undefined || source < first) first = source;
      });
      state.first = first as string;
      state.firstSays = this.contributionAt(state.first, entityId) as Contribution;
    }
    this.refreshEntity(entityId, state, state.firstSays);
  }

  private refreshEntity(entityId: string, state: EntityState, first: Contribution): void {
    const aliases = [...(state.aliases?.keys() ?? [])].sort();
    const props: Record<string, unknown> = { ...first.properties, id: entityId, name: first.name };
    if ('aliases' in first.properties || aliases.length) props.aliases = aliases;
    this.graph.mergeNode(entityId, { label: first.type, name: first.name, props });
  }
}

/**
 * Equal for equal values of the small flat objects facts carry, and much cheaper than
 * JSON.stringify on millions of them; nested values (aliases, an entity's properties) fall back to it.
 */
function shareKey(value: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const k in value) {
    const v = value[k];
    parts.push(k, typeof v === 'string' ? `\u0000s${v}` : typeof v === 'object' && v !== null ? `\u0000${JSON.stringify(v)}` : `\u0000${String(v)}`, '\u0001');
  }
  // Joined rather than concatenated: the key is kept in the map, and a joined string is one flat string.
  return parts.join('');
}

function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}
