// 3. Neo4j ingest: the store's batched writer (many articles per transaction, one UNWIND statement
// per kind of fact) against the naive writer (one statement per fact), on the same FactSheets,
// each into an emptied database.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { extractPage } from '../src/extract/extract-page.js';
import type { FactSheet } from '../src/graph/fact-sheet.js';
import { createNeo4jStore } from '../src/graph/neo4j/neo4j-store.js';
import { applyFactSheets } from '../src/graph/replace-article.js';
import { normalizeText } from '../src/ingest/normalize.js';
import { pageFiles } from './lib/corpus-files.js';
import { round, timed } from './lib/measure.js';
import { wipeNeo4j, type BenchNeo4j } from './lib/neo4j-server.js';
import { writeNaively } from './naive-writer.js';
import { pageArticles } from '../src/ingest/page-articles.js';

export interface Neo4jFigures {
  articles: number;
  batched_articles_s: number;
  naive_articles_s: number;
  neo4j_batched_vs_naive: number;
  relationships: number;
}

export function sheetsOf(corpus: string, articles: number): FactSheet[] {
  const sheets: FactSheet[] = [];
  for (const path of pageFiles(corpus)) {
    if (sheets.length >= articles) break;
    sheets.push(...extractPage(pageArticles({ source: path.slice(path.indexOf('corpora') + 'corpora/'.length), text: normalizeText(readFileSync(path, 'utf8')) })));
  }
  return sheets.slice(0, articles);
}

async function relationshipCount(server: BenchNeo4j): Promise<number> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

/**
 * Writes the sheets with the batched writer and leaves them in the database (the API bench reads them).
 * Each writer first writes a batch into the emptied database and it is emptied again: a server just
 * started compiles its queries on first use, which a long-running server has long done, and the
 * figure is of the writer, not of that warm-up.
 */
export async function measureNeo4jWriters(server: BenchNeo4j, sheets: FactSheet[], batchSize = 200): Promise<Neo4jFigures> {
  const warmUp = sheets.slice(0, batchSize);
  await wipeNeo4j(server);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  let naive;
  try {
    await writeNaively(driver, warmUp);
    await wipeNeo4j(server);
    naive = await timed(() => writeNaively(driver, sheets));
  } finally {
    await driver.close();
  }
  const naiveRelationships = await relationshipCount(server);
  await wipeNeo4j(server);
  const options = { uri: server.uri, user: server.user, password: server.password, database: undefined };
  const warming = await createNeo4jStore(options);
  try {
    await applyFactSheets(warming, warmUp);
  } finally {
    await warming.close();
  }
  await wipeNeo4j(server);
  const store = await createNeo4jStore(options);
  let batched;
  try {
    batched = await timed(async () => {
      for (let i = 0; i < sheets.length; i += batchSize) {
        const results = await applyFactSheets(store, sheets.slice(i, i + batchSize));
        const failed = results.find((r) => 'error' in r);
        if (failed && 'error' in failed) throw failed.error;
      }
    });
  } finally {
    await store.close();
  }
  const relationships = await relationshipCount(server);
  if (relationships !== naiveRelationships) throw new Error(`the two writers wrote different graphs: ${relationships} and ${naiveRelationships} relationships`);
  return {
    articles: sheets.length,
    batched_articles_s: round(sheets.length / batched.seconds, 1),
    naive_articles_s: round(sheets.length / naive.seconds, 1),
    neo4j_batched_vs_naive: round(naive.seconds / batched.seconds, 1),
    relationships,
  };
}
