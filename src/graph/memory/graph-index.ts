// The embedded store's graph, derived from the current FactSheets. An entity node is the merge of
// what every article says of it (aliases united, other properties from the article with the
// smallest id, so the result does not depend on ingest order); it goes when the last article that
// mentions it goes. The sheets themselves are not kept: the graph holds all they say, and a sheet
// is read back from it when the snapshot is written. Repeated values (the same person as every
// article describes them, {order: 3}, a sentence several relations cite) are kept once.
import type { ArticleMeta, Entity, FactSheet, Relation } from '../model.js';
import { CompactGraph } from './compact-graph.js';
import { shareText } from './snapshot-codec.js';

export type StoreGraph = CompactGraph;

/** What one article says of one entity: shared by every article that says the same. */
type Contribution = Omit<Entity, 'id'>;

interface ArticleEntry {
  entities: string[];
  /** What the article says of each of its entities, in the same order. */
  contributions: Contribution[];
  edges: number[];
}

const EMPTY: Record<string, never> = Object.freeze({}) as Record<string, never>;

export class GraphIndex {
  readonly graph = new CompactGraph();
  private readonly mentions = new Map<string, number>();
  private readonly firstArticle = new Map<string, string>();
  private readonly aliasCounts = new Map<string, Map<string, number>>();
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly shared = new Map<string, object>();

  get size(): number {
    return this.articles.size;
  }

  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  meta(articleId: string): ArticleMeta | null {
    if (!this.articles.has(articleId)) return null;
    const p = this.graph.getNodeAttribute(articleId, 'props');
    return { id: articleId, source: String(p.source), contentHash: String(p.contentHash), extractorVersion: String(p.extractorVersion) };
  }

  articleIds(): IterableIterator<string> {
    return this.articles.keys();
  }

  put(sheet: FactSheet): void {
    this.remove(sheet.article.id);
    const { id, title, ...rest } = sheet.article;
    this.graph.mergeNode(id, { label: 'Article', name: title, props: { id, title, ...rest } });
    const entry: ArticleEntry = { entities: [], contributions: [], edges: [] };
    this.articles.set(id, entry);
    for (const entity of sheet.entities) {
      entry.contributions.push(this.addContribution(entity, id));
      entry.entities.push(this.graph.canonicalId(entity.id));
    }
    shareText(sheet);
    const add = (source: string, target: string, type: string, evidence: string, props: Record<string, unknown>) => {
      entry.edges.push(this.graph.addEdge(source, target, { type, articleId: id, evidence, props: this.share(props) }));
    };
    for (const entity of sheet.entities) add(id, entity.id, 'MENTIONS', '', EMPTY);
    for (const r of sheet.relations) {
      if (this.graph.hasNode(r.source) && this.graph.hasNode(r.target)) add(r.source, r.target, r.type, r.evidence, r.properties);
    }
    // Arrays grown by push keep spare room; copies are exact, and a store holds 100k of each.
    entry.entities = entry.entities.slice();
    entry.contributions = entry.contributions.slice();
    entry.edges = entry.edges.slice();
  }

  remove(articleId: string): boolean {
    const entry = this.articles.get(articleId);
    if (!entry) return false;
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
    const key = shareKey(value as Record<string, unknown>);
    if (key === '') return EMPTY as T;
    const known = this.shared.get(key);
    if (known) return known as T;
    this.shared.set(key, value);
    return value;
  }

  /** What the article `articleId` says of the entity, if it mentions it. */
  private contributionAt(articleId: string | undefined, entityId: string): Contribution | undefined {
    const entry = articleId === undefined ? undefined : this.articles.get(articleId);
    return entry?.contributions[entry.entities.indexOf(entityId)];
  }

  /** Most articles say of an entity what the first one said: that contribution is reused as is. */
  private contributionOf(entity: Entity, known: Contribution | undefined): Contribution {
    if (known && known.type === entity.type && known.name === entity.name && sameValues(known.properties, entity.properties)) return known;
    return this.share({ type: entity.type, name: entity.name, properties: entity.properties });
  }

  private addContribution(entity: Entity, articleId: string): Contribution {
    const contribution = this.contributionOf(entity, this.contributionAt(this.firstArticle.get(entity.id), entity.id));
    this.mentions.set(entity.id, (this.mentions.get(entity.id) ?? 0) + 1);
    // The node changes only when this article becomes the first to mention the entity or brings an alias.
    let changed = !this.graph.hasNode(entity.id);
    const first = this.firstArticle.get(entity.id);
    if (first === undefined || articleId < first) {
      this.firstArticle.set(entity.id, articleId);
      changed = true;
    }
    const aliases = (entity.properties.aliases as string[] | undefined) ?? [];
    if (aliases.length) {
      let counts = this.aliasCounts.get(entity.id);
      if (!counts) this.aliasCounts.set(entity.id, (counts = new Map()));
      for (const a of aliases) {
        const n = counts.get(a) ?? 0;
        if (n === 0) changed = true;
        counts.set(a, n + 1);
      }
    }
    const firstNow = this.firstArticle.get(entity.id);
    if (changed) this.refreshEntity(entity.id, firstNow === articleId ? contribution : (this.contributionAt(firstNow, entity.id) as Contribution));
    return contribution;
  }

  /** Called after the article's edges are gone, so the entity's MENTIONS are those of the other articles. */
  private removeContribution(entityId: string, articleId: string, gone: Contribution): void {
    const left = (this.mentions.get(entityId) ?? 1) - 1;
    if (left === 0) {
      this.mentions.delete(entityId);
      this.aliasCounts.delete(entityId);
      this.firstArticle.delete(entityId);
      this.graph.dropNode(entityId);
      return;
    }
    this.mentions.set(entityId, left);
    const counts = this.aliasCounts.get(entityId);
    for (const a of (gone.properties.aliases as string[] | undefined) ?? []) {
      const n = (counts?.get(a) ?? 1) - 1;
      if (n > 0) counts?.set(a, n);
      else counts?.delete(a);
    }
    if (this.firstArticle.get(entityId) === articleId) {
      let first: string | undefined;
      this.graph.forEachInEdge(entityId, (_e, attrs, source) => {
        if (attrs.type === 'MENTIONS' && (first === undefined || source < first)) first = source;
      });
      this.firstArticle.set(entityId, first as string);
    }
    this.refreshEntity(entityId, this.contributionAt(this.firstArticle.get(entityId), entityId) as Contribution);
  }

  private refreshEntity(entityId: string, first: Contribution): void {
    const aliases = [...(this.aliasCounts.get(entityId)?.keys() ?? [])].sort();
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
