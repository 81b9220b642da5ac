// Article writes on Neo4j: one managed write transaction replaces a batch of articles (one or
// many): it deletes their old facts, writes the new ones in UNWIND batches, then refreshes every
// entity either touched, once for the whole batch. It is idempotent, so the driver may retry it on
// a transient error; a batch commits whole or not at all.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { FactSheet, Relation } from '../model.js';
import { cypher } from './cypher-files.js';

/** Neo4j drops null properties anyway; whole numbers go as Integers, or the driver would send floats. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

const relationProps = (r: Relation) => ({ evidence: r.evidence, ...withoutNulls(r.properties) });

/** The parameters of every write statement for the sheets, rows tagged with their article. */
export function writeRows(sheets: FactSheet[]) {
  const rows = {
    articles: [] as Array<Record<string, unknown>>,
    entities: [] as Array<Record<string, unknown>>,
    relations: [] as Array<Record<string, unknown>>,
    reported: [] as Array<Record<string, unknown>>,
    reports: [] as Array<Record<string, unknown>>,
  };
  for (const sheet of sheets) {
    const articleId = sheet.article.id;
    rows.articles.push(withoutNulls({ ...sheet.article }));
    for (const e of sheet.entities) rows.entities.push({ articleId, id: e.id, label: e.type, name: e.name, props: withoutNulls(e.properties) });
    for (const r of sheet.relations) {
      if (r.type === 'REPORTED') rows.reported.push({ articleId, person: r.source, props: relationProps(r) });
      else if (r.type === 'REPORTS') rows.reports.push({ articleId, meeting: r.target, props: relationProps(r) });
      else rows.relations.push({ articleId, type: r.type, source: r.source, target: r.target, props: relationProps(r) });
    }
  }
  return rows;
}

async function deleteFacts(tx: ManagedTransaction, articleIds: string[]): Promise<string[]> {
  const deleted = await tx.run(cypher('writes/delete-article-facts.cypher'), { articleIds });
  return deleted.records.flatMap((r) => r.get('entityIds') as string[]);
}

export async function replaceArticlesTx(tx: ManagedTransaction, sheets: FactSheet[]): Promise<void> {
  const oldIds = await deleteFacts(tx, sheets.map((s) => s.article.id));
  const rows = writeRows(sheets);
  await tx.run(cypher('writes/upsert-article.cypher'), { articles: rows.articles });
  await tx.run(cypher('writes/upsert-entities.cypher'), { entities: rows.entities });
  await tx.run(cypher('writes/create-relations.cypher'), { relations: rows.relations });
  await tx.run(cypher('writes/create-article-relations.cypher'), { reported: rows.reported, reports: rows.reports });
  const touched = [...new Set([...oldIds, ...sheets.flatMap((s) => s.entities.map((e) => e.id))])];
  await tx.run(cypher('writes/refresh-entities.cypher'), { entityIds: touched });
}

/** One statement, the one a Browser user runs: the article, its facts, the entities only it mentioned. */
export async function removeArticleTx(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const removed = await tx.run(cypher('writes/remove-article.cypher'), { articleId });
  return removed.records.length > 0;
}
