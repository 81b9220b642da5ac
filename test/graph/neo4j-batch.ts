// The batched Neo4j writer on a real server: a batch commits whole or not at all, and when one
// article of a batch cannot be written the others still are, each alone, and the bad one leaves
// no fact behind. Articles here have ids of their own, so other suites' data is left alone.
// neo4j-store.test.ts runs it, with the other suites that share the test server.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { extractPage } from '../../src/extract/extract-page.js';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { entityId } from '../../src/graph/ids.js';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import type { GraphStore } from '../../src/graph/store.js';
import type { Neo4jConfig } from '../../src/config.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

function sheets(tag: string): FactSheet[] {
  return [...generateCorpus(6, 23)].flatMap((p) => extractPage(pageArticles({ source: `batch-test-${tag}/${p.path}`, text: normalizeText(p.text) })));
}

/** A sheet Neo4j refuses although it is valid: a new person whose name is too long for the name index. */
function unwritable(sheet: FactSheet): FactSheet {
  const name = `${sheet.article.id}${'长'.repeat(40_000)}`;
  return { ...sheet, entities: [...sheet.entities, { id: entityId('Person', name), type: 'Person', name, properties: {} }] };
}

async function factsOf(config: Neo4jConfig, articleId: string): Promise<number> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const { records } = await driver.executeQuery('MATCH ()-[r]->() WHERE r.articleId = $articleId RETURN count(r) AS n', { articleId });
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

export function testBatchedWrites(config: Neo4jConfig): void {
describe('batched Neo4j writes', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await createNeo4jStore(config);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('writes a whole batch in one call, each article with all its facts', async () => {
    const batch = sheets(`whole-${Date.now()}`);
    await store.replaceArticles(batch);
    for (const sheet of batch) {
      expect(await store.articleMeta(sheet.article.id)).toMatchObject({ contentHash: sheet.article.contentHash });
      expect(await factsOf(config, sheet.article.id)).toBe(sheet.relations.length + sheet.entities.length);
    }
  });

  it('commits nothing of a batch that holds an article Neo4j refuses', async () => {
    const [good, other] = sheets(`all-or-nothing-${Date.now()}`) as [FactSheet, FactSheet];
    await expect(store.replaceArticles([good, unwritable(other)])).rejects.toThrow();
    expect(await store.articleMeta(good.article.id)).toBeNull();
    expect(await factsOf(config, good.article.id)).toBe(0);
    expect(await factsOf(config, other.article.id)).toBe(0);
  });

  it('writes the other articles of the batch when one fails, and leaves none of the failed one', async () => {
    const [first, bad, last] = sheets(`fallback-${Date.now()}`) as [FactSheet, FactSheet, FactSheet];
    const results = await applyFactSheets(store, [first, unwritable(bad), last]);
    expect(results.map((r) => ('outcome' in r ? r.outcome : 'error'))).toEqual(['new', 'error', 'new']);
    expect(await store.articleMeta(bad.article.id)).toBeNull();
    expect(await factsOf(config, bad.article.id)).toBe(0);
    expect(await factsOf(config, first.article.id)).toBe(first.relations.length + first.entities.length);
    expect(await factsOf(config, last.article.id)).toBe(last.relations.length + last.entities.length);
  });
});
}
