// The whole graph as plain JSON (nodes with their properties, relationships with theirs), read
// through the named queries so it is the same from either store, in a stable order.
import { ENTITY_LABELS, type NodeLabel } from './model.js';
import type { GraphStore } from './store.js';

export interface ExportedNode {
  id: string;
  label: NodeLabel;
  properties: Record<string, unknown>;
}

export interface ExportedRelationship {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ExportedGraph {
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

const PAGE = 200;

async function allPages<T>(fetch: (limit: number, offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch(PAGE, offset);
    items.push(...page.items);
    if (offset + PAGE >= page.total) return items;
  }
}

export async function exportGraph(store: GraphStore): Promise<ExportedGraph> {
  const nodes: ExportedNode[] = [];
  const relationships: ExportedRelationship[] = [];
  for (const label of ENTITY_LABELS) {
    for (const summary of await allPages((limit, offset) => store.entities(label, 'name', limit, offset))) {
      const entity = await store.entity(summary.id);
      if (!entity) continue;
      nodes.push({ id: entity.id, label, properties: { name: entity.name, aliases: entity.aliases, ...entity.properties } });
      for (const link of entity.links) {
        if (link.direction !== 'out') continue;
        relationships.push({ type: link.type, source: entity.id, target: link.other.id, properties: { ...link.properties, evidence: link.evidence, articleId: link.articleId } });
      }
    }
  }
  for (const ref of await allPages((limit, offset) => store.articles(limit, offset))) {
    const article = await store.article(ref.id);
    if (!article) continue;
    const { id, reporters: _reporters, entities, meetings, ...properties } = article;
    nodes.push({ id, label: 'Article', properties });
    for (const e of entities) relationships.push({ type: 'MENTIONS', source: id, target: e.id, properties: { articleId: id } });
    for (const m of meetings) relationships.push({ type: 'REPORTS', source: id, target: m.id, properties: { articleId: id } });
  }
  return { nodes, relationships };
}
