// The embedded store's graph: a graphology multigraph derived from the current FactSheets. An
// entity node is the merge of what every article says of it (aliases united, other properties from
// the article with the smallest id, so the result does not depend on ingest order); it goes when
// the last article that mentions it goes.
import { MultiDirectedGraph } from 'graphology';
import type { Entity, FactSheet } from '../model.js';

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

export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export class GraphIndex {
  readonly graph: StoreGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly contributions = new Map<string, Map<string, Entity>>();
  private readonly edgesOfArticle = new Map<string, string[]>();
  readonly sheets = new Map<string, FactSheet>();

  put(sheet: FactSheet): void {
    this.remove(sheet.article.id);
    const { article } = sheet;
    this.sheets.set(article.id, sheet);
    const { id, title, ...rest } = article;
    this.graph.addNode(id, { label: 'Article', name: title, props: { id, title, ...rest } });
    const edges: string[] = [];
    const touched = new Set<string>();
    for (const entity of sheet.entities) {
      let byArticle = this.contributions.get(entity.id);
      if (!byArticle) this.contributions.set(entity.id, (byArticle = new Map()));
      byArticle.set(id, entity);
      touched.add(entity.id);
    }
    touched.forEach((e) => this.refreshEntity(e));
    const addEdge = (source: string, target: string, attrs: EdgeAttributes) => {
      const key = `${id}:${edges.length}`;
      this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
      edges.push(key);
    };
    for (const entity of sheet.entities) addEdge(id, entity.id, { type: 'MENTIONS', articleId: id, evidence: '', props: {} });
    for (const r of sheet.relations) {
      if (!this.graph.hasNode(r.source) || !this.graph.hasNode(r.target)) continue;
      addEdge(r.source, r.target, { type: r.type, articleId: id, evidence: r.evidence, props: r.properties });
    }
    this.edgesOfArticle.set(id, edges);
  }

  remove(articleId: string): boolean {
    const sheet = this.sheets.get(articleId);
    if (!sheet) return false;
    for (const key of this.edgesOfArticle.get(articleId) ?? []) this.graph.dropEdge(key);
    this.edgesOfArticle.delete(articleId);
    this.graph.dropNode(articleId);
    this.sheets.delete(articleId);
    for (const entity of sheet.entities) {
      const byArticle = this.contributions.get(entity.id);
      byArticle?.delete(articleId);
      this.refreshEntity(entity.id);
    }
    return true;
  }

  /** Entities nothing mentions: none here, since remove drops them; kept for the store seam. */
  orphans(): string[] {
    return this.graph.filterNodes((n, a) => a.label !== 'Article' && this.graph.inDegree(n) === 0 && this.graph.outDegree(n) === 0);
  }

  private refreshEntity(entityId: string): void {
    const byArticle = this.contributions.get(entityId);
    if (!byArticle || byArticle.size === 0) {
      this.contributions.delete(entityId);
      if (this.graph.hasNode(entityId)) this.graph.dropNode(entityId);
      return;
    }
    const ordered = [...byArticle.keys()].sort().map((a) => byArticle.get(a) as Entity);
    const first = ordered[0] as Entity;
    const aliases = new Set<string>();
    for (const e of ordered) for (const a of (e.properties.aliases as string[] | undefined) ?? []) aliases.add(a);
    const props: Record<string, unknown> = { ...first.properties, id: first.id, name: first.name };
    if ('aliases' in first.properties || aliases.size) props.aliases = [...aliases].sort();
    this.graph.mergeNode(entityId, { label: first.type, name: first.name, props });
  }
}
