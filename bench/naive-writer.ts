// The naive Neo4j writer the batched one is measured against: what a first version would do, one
// Cypher statement (one round trip) per fact, each article in its own transaction. Kept in the
// benchmark only; it writes the same graph as the store for new articles.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { FactSheet } from '../src/graph/fact-sheet.js';

function props(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

export async function writeNaively(driver: Driver, sheets: FactSheet[]): Promise<void> {
  for (const sheet of sheets) {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        const articleId = sheet.article.id;
        await tx.run('MERGE (a:Article {id: $id}) SET a = $props', { id: articleId, props: props({ ...sheet.article }) });
        for (const e of sheet.entities) {
          await tx.run('MERGE (e:Entity {id: $id}) ON CREATE SET e.name = $name SET e:$($label), e += $props', { id: e.id, name: e.name, label: e.type, props: props(e.properties) });
          await tx.run('MATCH (a:Article {id: $articleId}), (e:Entity {id: $id}) CREATE (a)-[m:MENTIONS]->(e) SET m = $props, m.articleId = $articleId, m.name = $name', {
            articleId,
            id: e.id,
            name: e.name,
            props: props(e.properties),
          });
        }
        for (const r of sheet.relations) {
          // Matched by their indexed labels, as any writer would: the naive part is the round trips.
          const [from, to] = r.type === 'REPORTED' ? ['Entity', 'Article'] : r.type === 'REPORTS' ? ['Article', 'Entity'] : ['Entity', 'Entity'];
          await tx.run(`MATCH (s:${from} {id: $source}), (t:${to} {id: $target}) CREATE (s)-[r:$($type)]->(t) SET r = $props, r.articleId = $articleId`, {
            source: r.source,
            target: r.target,
            type: r.type,
            articleId,
            props: { evidence: r.evidence, ...props(r.properties) },
          });
        }
      });
    } finally {
      await session.close();
    }
  }
}
