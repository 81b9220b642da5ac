// Brings a Neo4j store of an earlier graph format up to date when it is opened, once: the version
// it was last brought to is kept on a :StoreFormat node (bookkeeping, outside the graph's counts).
// Version 2: articles own their facts. What version 1 wrote is already shaped so (every fact leaves
// its article or an entity the article mentions); what it may hold besides are the facts of articles
// deleted by hand in Browser, which no article owns: those go, with the entities no article mentions.
import type { Session } from 'neo4j-driver';
import { cypher } from './cypher-files.js';

export const STORE_FORMAT = 2;

export interface FormatReport {
  /** The version the store was found at (1 for a store written before versions were kept). */
  from: number;
  /** Facts deleted because their article was gone (the entities no article mentions went with them). */
  facts: number;
}

/** Null when the store was already at this version. Idempotent: two processes may run it at once. */
export async function upgradeStoreFormat(session: Session): Promise<FormatReport | null> {
  const found = (await session.executeRead((tx) => tx.run(cypher('queries/store-format.cypher')))).records[0]?.get('version') as number | null | undefined;
  const from = found ?? 1;
  if (from >= STORE_FORMAT) return null;
  const report = await session.executeWrite(async (tx) => {
    const unowned = (await tx.run(cypher('writes/delete-unowned-facts.cypher'))).records[0];
    const entityIds = (unowned?.get('entityIds') as string[] | undefined) ?? [];
    await tx.run(cypher('writes/refresh-entities.cypher'), { entityIds });
    await tx.run(cypher('writes/delete-unmentioned-entities.cypher'));
    await tx.run(cypher('writes/record-store-format.cypher'), { version: STORE_FORMAT });
    return { from, facts: Number(unowned?.get('facts') ?? 0) };
  });
  return report;
}
