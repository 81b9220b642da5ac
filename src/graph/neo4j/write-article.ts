// The per-article replace on Neo4j: one managed write transaction that deletes the article's old
// facts and writes the new ones in UNWIND batches, then refreshes the entities either touched. It
// is idempotent, so the driver may retry it on a transient error.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { FactSheet } from '../model.js';
import { cypher } from './cypher-files.js';

function entityRows(sheet: FactSheet) {
  return sheet.entities.map((e) => ({ id: e.id, label: e.type, name: e.name, props: { ...withoutNulls(e.properties) } }));
}

/** Neo4j drops null properties anyway; whole numbers go as Integers, or the driver would send floats. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

export async function replaceArticleTx(tx: ManagedTransaction, sheet: FactSheet): Promise<void> {
  const articleId = sheet.article.id;
  const deleted = await tx.run(cypher('writes/delete-article-facts.cypher'), { articleId });
  const oldIds: string[] = deleted.records[0]?.get('entityIds') ?? [];
  await tx.run(cypher('writes/upsert-article.cypher'), { article: withoutNulls({ ...sheet.article }) });
  await tx.run(cypher('writes/upsert-entities.cypher'), { articleId, entities: entityRows(sheet) });
  const rel = (r: FactSheet['relations'][number]) => ({ evidence: r.evidence, ...withoutNulls(r.properties) });
  const between = sheet.relations.filter((r) => r.type !== 'REPORTED' && r.type !== 'REPORTS');
  await tx.run(cypher('writes/create-relations.cypher'), {
    articleId,
    relations: between.map((r) => ({ type: r.type, source: r.source, target: r.target, props: rel(r) })),
  });
  await tx.run(cypher('writes/create-article-relations.cypher'), {
    articleId,
    reported: sheet.relations.filter((r) => r.type === 'REPORTED').map((r) => ({ person: r.source, props: rel(r) })),
    reports: sheet.relations.filter((r) => r.type === 'REPORTS').map((r) => ({ meeting: r.target, props: rel(r) })),
  });
  const touched = [...new Set([...oldIds, ...sheet.entities.map((e) => e.id)])];
  await tx.run(cypher('writes/refresh-entities.cypher'), { entityIds: touched });
}

export async function removeArticleTx(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const deleted = await tx.run(cypher('writes/delete-article-facts.cypher'), { articleId });
  const oldIds: string[] = deleted.records[0]?.get('entityIds') ?? [];
  const removed = await tx.run(cypher('writes/remove-article.cypher'), { articleId });
  await tx.run(cypher('writes/refresh-entities.cypher'), { entityIds: oldIds });
  return Number(removed.records[0]?.get('removed') ?? 0) > 0;
}
