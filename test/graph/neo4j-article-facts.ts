// Articles own their facts on Neo4j (issue 17): the saved Browser query that deletes an article,
// run by hand as raw Cypher, leaves the graph the embedded store leaves; and a store written by the
// version before, holding the facts of an article deleted by hand (a bare DETACH DELETE), is
// brought up to date when it is first opened, every fact of a live article kept.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { exportGraph } from '../../src/graph/export-graph.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { browserFiles } from '../../src/graph/neo4j/cypher-files.js';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { STORE_FORMAT } from '../../src/graph/neo4j/store-format.js';
import type { GraphStore } from '../../src/graph/store.js';
import type { FactSheet } from '../../src/graph/model.js';
import { entityId } from '../../src/graph/ids.js';
import { seedFactSheets, seedPageSheets } from '../helpers/fact-sheets.js';

/** A store's graph as export writes it, but for when each article was ingested. */
async function graphOf(store: GraphStore) {
  const graph = await exportGraph(store);
  return { ...graph, nodes: graph.nodes.map((n) => (n.label === 'Article' ? { ...n, properties: { ...n.properties, ingestedAt: null } } : n)) };
}

const counts = async (store: GraphStore) => {
  const { lastIngest: _at, ...rest } = await store.stats();
  return rest;
};

/** The three articles of this page, written by the version before articles owned their facts, the
 * second then deleted in Browser with a bare DETACH DELETE: test/fixtures/neo4j/format-1.json. */
const FORMAT_1 = new URL('../fixtures/neo4j/format-1.json', import.meta.url);

/** The extractor version of the seed sheets the fixture was written from. */
const FORMAT_1_EXTRACTOR = '0.9.1';

/** A seed sheet as the version that wrote the fixture made it: meetings by name and date alone, with
 * no heldBy or heldIn (meeting identity came after the fixture), and that extractor's version. */
function asFormat1(sheet: FactSheet): FactSheet {
  const ids = new Map<string, string>();
  const entities = sheet.entities.map((e) => {
    if (e.type !== 'Meeting') return e;
    const { heldBy: _by, heldIn: _in, ...properties } = e.properties;
    ids.set(e.id, entityId('Meeting', `${e.name}|${typeof e.properties.date === 'string' ? e.properties.date : ''}`));
    return { ...e, id: ids.get(e.id) as string, properties };
  });
  const id = (x: string) => ids.get(x) ?? x;
  return { article: { ...sheet.article, extractorVersion: FORMAT_1_EXTRACTOR }, entities, relations: sheet.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target) })) };
}
const PAGE = '004_c75b4f9da4696006.txt';

interface Dump {
  nodes: Array<{ labels: string[]; properties: Record<string, unknown> }>;
  relationships: Array<{ type: string; start: string; end: string; properties: Record<string, unknown> }>;
}

const ints = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

async function loadDump(driver: Driver, dump: Dump): Promise<void> {
  await driver.executeQuery('UNWIND $nodes AS n CREATE (x:$(n.labels)) SET x = n.properties', { nodes: dump.nodes.map((n) => ({ ...n, properties: ints(n.properties) })) });
  await driver.executeQuery('UNWIND $rels AS r MATCH (s:Article|Entity {id: r.start}) MATCH (t:Article|Entity {id: r.end}) CREATE (s)-[x:$(r.type)]->(t) SET x = r.properties', {
    rels: dump.relationships.map((r) => ({ ...r, properties: ints(r.properties) })),
  });
}

const factsOf = async (driver: Driver, articleId: string) =>
  Number((await driver.executeQuery('MATCH ()-[r]->() WHERE r.articleId = $articleId RETURN count(r) AS n', { articleId })).records[0]?.get('n'));

export function testArticleFacts(config: Neo4jConfig, wipe: () => Promise<void>): void {
  describe('articles own their facts (issue 17)', () => {
    let driver: Driver;
    let memory: GraphStore;
    beforeAll(() => {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    });
    afterAll(async () => {
      await memory?.close();
      await driver?.close();
    });
    const freshMemory = async () => {
      await memory?.close();
      memory = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-facts-')) });
      return memory;
    };

    it('deletes an article with its facts and the entities only it mentioned by the saved Browser query run as raw Cypher, as the embedded store does', async () => {
      await wipe();
      const neo = await createNeo4jStore(config);
      try {
        const mem = await freshMemory();
        await neo.replaceArticles(seedFactSheets());
        await mem.replaceArticles(seedFactSheets());
        const query = browserFiles().queries.find((q) => q.file === 'remove-article.cypher');
        expect(query?.params).toEqual(['articleId']);
        for (const sheet of [seedPageSheets(PAGE)[1]!, seedPageSheets(PAGE)[0]!]) {
          const articleId = sheet.article.id;
          expect(await factsOf(driver, articleId)).toBeGreaterThan(10);
          const { records } = await driver.executeQuery(query!.text, { articleId });
          expect(records[0]?.get('removed')).toBe(1);
          expect(await mem.removeArticle(articleId)).toBe(true);
          expect(await factsOf(driver, articleId)).toBe(0);
          expect(await counts(neo)).toEqual(await counts(mem));
          expect(await graphOf(neo)).toEqual(await graphOf(mem));
          expect((await driver.executeQuery(query!.text, { articleId })).records).toEqual([]);
        }
        expect(await neo.pruneOrphans()).toBe(0);
      } finally {
        await neo.close();
      }
    });

    it('brings a store the version before wrote up to date on first open: the facts of an article deleted by hand go, every other fact stays and is its article’s', async () => {
      await wipe();
      await loadDump(driver, JSON.parse(readFileSync(FORMAT_1, 'utf8')) as Dump);
      const [first, gone, third] = seedPageSheets(PAGE).map(asFormat1);
      expect(await factsOf(driver, gone!.article.id)).toBeGreaterThan(10);
      const mem = await freshMemory();
      await mem.replaceArticles([first!, third!]);

      const neo = await createNeo4jStore(config);
      try {
        expect(neo.notices).toEqual([expect.stringMatching(/^deleted \d+ facts whose article was gone/)]);
        expect(await factsOf(driver, gone!.article.id)).toBe(0);
        expect(await counts(neo)).toEqual(await counts(mem));
        expect(await graphOf(neo)).toEqual(await graphOf(mem));
        const format = await driver.executeQuery('MATCH (f:StoreFormat) RETURN f.version AS version');
        expect(format.records.map((r) => r.get('version'))).toEqual([STORE_FORMAT]);
        // The migrated articles are owned: removing one removes what it said, as on the embedded store.
        expect(await neo.removeArticle(first!.article.id)).toBe(true);
        expect(await mem.removeArticle(first!.article.id)).toBe(true);
        expect(await factsOf(driver, first!.article.id)).toBe(0);
        expect(await graphOf(neo)).toEqual(await graphOf(mem));
      } finally {
        await neo.close();
      }
      const again = await createNeo4jStore(config);
      expect(again.notices).toEqual([]);
      await again.close();
      await wipe();
    });
  });
}
