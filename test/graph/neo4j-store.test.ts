// The Neo4j store on a real server: the conformance suite, ingest runs, the web page, batched
// writes, Neo4j going away and coming back, then the same answers as the embedded store for every
// named query over every person and meeting of the seeds. All in this one file, run in order,
// since they share the test server's one database and most of them wipe it.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { entityId } from '../../src/graph/ids.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import type { GraphStore } from '../../src/graph/store.js';
import { testWebPage } from '../web/web-suite.js';
import { startTcpRelay } from '../helpers/tcp-relay.js';
import { testIngestRuns } from './ingest-suite.js';
import { testSourceIdentity } from './source-identity-suite.js';
import { testBrowserGuide } from './neo4j-browser-guide.js';
import { testBatchedWrites } from './neo4j-batch.js';
import { testArticleFacts } from './neo4j-article-facts.js';
import { testNeo4jFaults } from './neo4j-faults.js';
import { seedFactSheets } from '../helpers/fact-sheets.js';
import { testStore } from './store-conformance.js';

const server = inject('neo4j');
const BROWSER_DIR = fileURLToPath(new URL('../../cypher/browser', import.meta.url));
const QUERIES_DIR = fileURLToPath(new URL('../../cypher/queries', import.meta.url));
const config = { uri: server.uri ?? '', user: server.user, password: server.password, database: undefined };

async function wipe(): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

describe.skipIf(!server.uri)('Neo4j store', () => {
  testStore('Neo4j', { open: () => createNeo4jStore(config), reset: wipe });
  testIngestRuns('Neo4j', { open: () => createNeo4jStore(config), reset: wipe });
  testSourceIdentity('Neo4j', { open: () => createNeo4jStore(config), reset: wipe });
  testWebPage('Neo4j', async () => {
    await wipe();
    return createNeo4jStore(config);
  });
  testBatchedWrites(config);
  testArticleFacts(config, wipe);
  // Neo4j going away, as the client sees it: the server stays up, and a TCP relay in front of it is
  // cut (every connection reset, new ones refused) and restored on the same port.
  testNeo4jFaults('a relay to the test server cut and restored', async () => {
    const { hostname, port } = new URL(config.uri);
    const relay = await startTcpRelay(hostname, Number(port));
    return {
      config: { ...config, uri: `bolt://127.0.0.1:${relay.port}` },
      down: () => relay.cut(),
      up: () => relay.restore(),
      close: () => relay.close(),
    };
  });

  it('lets two processes connect at once, and admits exactly one of them to the ingest lock when both take it at once, 200 times over', async () => {
    // Two stores, two drivers: what two ingest processes would be.
    const [a, b] = await Promise.all([createNeo4jStore(config), createNeo4jStore(config)]);
    try {
      let taken = 0;
      for (let round = 0; round < 200; round++) {
        const results = await Promise.allSettled([a.lockIngest(`a ${round}`), b.lockIngest(`b ${round}`)]);
        const held = results.filter((r) => r.status === 'fulfilled');
        expect(held, `round ${round}`).toHaveLength(1);
        const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(refused.reason).toMatchObject({ code: 'STORE_BUSY' });
        taken++;
        await (held[0] as PromiseFulfilledResult<() => Promise<void>>).value();
      }
      expect(taken).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  /** Runs `check` with the seeds written to a fresh database, through a store and a session of its own. */
  async function onSeeds(check: (store: GraphStore, session: Session) => Promise<void>): Promise<void> {
    await wipe();
    const store = await createNeo4jStore(config);
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const session = driver.session();
    try {
      await store.replaceArticles(seedFactSheets());
      await check(store, session);
    } finally {
      await session.close();
      await driver.close();
      await store.close();
    }
  }

  /** The operators of a named query's PROFILE plan, and how many rows it gave. */
  async function profile(session: Session, file: string, params: Record<string, unknown>): Promise<{ operators: string[]; rows: number }> {
    const result = await session.run(`PROFILE ${readFileSync(join(QUERIES_DIR, file), 'utf8')}`, params);
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      for (const child of plan.children as Array<typeof plan>) walk(child);
    };
    walk(result.summary.profile as unknown as { operatorType: string; children: unknown[] });
    return { operators, rows: result.records.length };
  }

  it('searches through the TEXT indexes of names and aliases, never a scan of every entity (PROFILE)', () =>
    onSeeds(async (store, session) => {
      const { operators } = await profile(session, 'search.cypher', { q: '邓群', label: null, offset: neo4j.int(0), limit: neo4j.int(10) });
      expect(operators.filter((o) => /LabelScan|AllNodesScan/.test(o))).toEqual([]);
      expect(operators.filter((o) => /NodeIndexContainsScan/.test(o)).length).toBeGreaterThanOrEqual(2);
      // And the answers are the embedded store's, aliases included.
      expect((await store.search('邓群', undefined, 10, 0)).items.map((h) => h.name)).toContain('邓群策');
    }));

  it('reads a person, his meetings and co-attendees, a meeting, a neighbourhood and a path from index look-ups, never a scan (PROFILE)', () =>
    onSeeds(async (store, session) => {
      const deng = entityId('Person', '邓群策');
      const zhu = entityId('Person', '朱健');
      const meeting = (await store.personMeetings(deng, undefined, 1, 0))?.items[0]?.id;
      expect(meeting).toBeDefined();
      const page = { offset: neo4j.int(0), limit: neo4j.int(20) };
      const cases: Array<[string, Record<string, unknown>]> = [
        ['person.cypher', { id: deng }],
        ['person-meetings.cypher', { id: deng, types: ['PRESIDED', 'ATTENDED', 'SPOKE_AT'], ...page }],
        ['co-attendees.cypher', { id: deng, ...page }],
        ['meeting.cypher', { id: meeting }],
        ['neighbourhood.cypher', { id: deng, depth: neo4j.int(2), limit: neo4j.int(50) }],
        ['shortest-path.cypher', { from: deng, to: zhu }],
      ];
      for (const [file, params] of cases) {
        const { operators, rows } = await profile(session, file, params);
        expect(operators.filter((o) => /LabelScan|AllNodesScan/.test(o)), file).toEqual([]);
        expect(operators.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o)), file).toBe(true);
        expect(rows, file).toBeGreaterThan(0);
      }
    }));

  it('refuses a wrong password with a message naming NEO4J_PASSWORD', async () => {
    const opening = createNeo4jStore({ ...config, password: 'not-the-password' });
    await expect(opening).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(opening).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  describe('compared with the embedded store', () => {
    let neo: GraphStore;
    let memory: GraphStore;
    beforeAll(async () => {
      await wipe();
      neo = await createNeo4jStore(config);
      memory = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-cmp-')) });
      await applyFactSheets(neo, seedFactSheets());
      await applyFactSheets(memory, seedFactSheets());
    });
    afterAll(async () => {
      await neo?.close();
      await memory?.close();
    });

    it('runs every saved Neo4j Browser query with rows to show, and a graph to draw where its comment says so', async () => {
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      try {
        const files = readdirSync(BROWSER_DIR).filter((f) => f.endsWith('.cypher'));
        expect(files.length).toBeGreaterThanOrEqual(5);
        for (const file of files) {
          const text = readFileSync(join(BROWSER_DIR, file), 'utf8');
          const { records } = await driver.executeQuery(text);
          expect(records.length, file).toBeGreaterThan(0);
          const comment = text.split('\n').filter((l) => l.startsWith('//')).join(' ');
          const nodes = records.flatMap((r) => r.keys.map((k) => r.get(k))).filter((v) => v instanceof neo4j.types.Node);
          if (/graph view/.test(comment)) expect(nodes.length, file).toBeGreaterThan(1);
        }
      } finally {
        await driver.close();
      }
    });

    it('holds the same nodes and relationships', async () => {
      const counts = ({ lastIngest: _at, ...rest }: Awaited<ReturnType<GraphStore['stats']>>) => rest;
      expect(counts(await neo.stats())).toEqual(counts(await memory.stats()));
    });

    it('answers every named query the same for every meeting and person', async () => {
      const meetings = await memory.meetings({ limit: 200, offset: 0 });
      expect(await neo.meetings({ limit: 200, offset: 0 })).toEqual(meetings);
      for (const m of meetings.items) expect(await neo.meeting(m.id)).toEqual(await memory.meeting(m.id));
      const hits = await Promise.all(['邓', '朱', '张', '市', '会议', '胡', '陈'].map((q) => memory.search(q, undefined, 200, 0)));
      for (const [i, q] of ['邓', '朱', '张', '市', '会议', '胡', '陈'].entries()) expect(await neo.search(q, undefined, 200, 0)).toEqual(hits[i]);
      const personIds = hits.flatMap((h) => h.items).filter((h) => h.type === 'Person').map((h) => h.id);
      for (const id of personIds) {
        expect(await neo.person(id)).toEqual(await memory.person(id));
        for (const role of [undefined, 'presided', 'attended', 'spoke'] as const) {
          expect(await neo.personMeetings(id, role, 200, 0)).toEqual(await memory.personMeetings(id, role, 200, 0));
        }
        expect(await neo.meetings({ personId: id, from: '2021-01-01', limit: 200, offset: 0 })).toEqual(await memory.meetings({ personId: id, from: '2021-01-01', limit: 200, offset: 0 }));
        expect(await neo.coAttendees(id, 200, 0)).toEqual(await memory.coAttendees(id, 200, 0));
      }
    });

    it('answers the entity, article and graph queries the same for every node', async () => {
      const ids: string[] = [];
      for (const label of ['Person', 'Organization', 'Place', 'Meeting', 'Document'] as const) {
        for (const sort of ['name', 'articles'] as const) {
          const page = await memory.entities(label, sort, 200, 0);
          expect(await neo.entities(label, sort, 200, 0)).toEqual(page);
          if (sort === 'name') ids.push(...page.items.map((e) => e.id));
        }
      }
      const articles = await memory.articles(200, 0);
      expect(await neo.articles(200, 0)).toEqual(articles);
      for (const a of articles.items) {
        const { ingestedAt: _a, ...fromMemory } = (await memory.article(a.id))!;
        const { ingestedAt: _b, ...fromNeo } = (await neo.article(a.id))!;
        expect(fromNeo).toEqual(fromMemory);
      }
      for (const id of ids) {
        expect(await neo.entity(id)).toEqual(await memory.entity(id));
        expect(await neo.neighbourhood(id, 1, 200)).toEqual(await memory.neighbourhood(id, 1, 200));
        expect(await neo.neighbourhood(id, 2, 25)).toEqual(await memory.neighbourhood(id, 2, 25));
      }
      for (const [i, from] of ids.entries()) {
        const to = ids[(i * 7 + 3) % ids.length]!;
        expect(await neo.shortestPath(from, to)).toEqual(await memory.shortestPath(from, to));
      }
      expect(await neo.participation()).toEqual(await memory.participation());
      expect(await neo.entity('per_0000000000000000')).toBeNull();
      expect(await neo.shortestPath(ids[0]!, 'per_0000000000000000')).toBeNull();
    });

    testBrowserGuide(server, () => neo);
  });
});
