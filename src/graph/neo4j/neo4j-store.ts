// The Neo4j store: the same GraphStore as the embedded one, on a Neo4j 5 server. One driver per
// store; managed transactions (retried by the driver on transient errors); every value a parameter;
// the schema applied on connect; reads run the named queries in cypher/queries.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import type {
  ArticleDetail,
  ArticleMeta,
  ArticleRef,
  CoAttendee,
  EntityDetail,
  EntitySummary,
  Link,
  MeetingDetail,
  MeetingSummary,
  Page,
  Participation,
  PersonDetail,
  PersonMeeting,
  PersonMeetings,
  SearchHit,
  Stats,
  Subgraph,
  IngestRunRecord,
  GraphNode,
} from '../model.js';
import { ROLE_TYPE } from '../model.js';
import { StoreBusyError } from '../../errors.js';
import type { GraphStore } from '../store.js';
import { cypher, statements } from './cypher-files.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { STORE_FORMAT, upgradeStoreFormat } from './store-format.js';
import { removeArticleTx, replaceArticlesTx } from './write-article.js';

/** What a schema statement answers when another process created the same index or constraint first. */
const SCHEMA_RACE_LOST = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);
const LOCK_TTL_MS = 60_000;

export interface Neo4jStoreOptions extends Neo4jConfig {
  /** Applies cypher/schema.cypher on connect (default true). */
  applySchema?: boolean;
  /** How long the driver retries a transaction that failed for a transient reason, such as the
   * server being unreachable, before the store gives up with the error (default 15 s). */
  retryMs?: number;
}

/** Cypher cannot drop keys from a map: the store moves what is shown apart out of the property maps. */
function shapeEntity(entity: EntityDetail): EntityDetail {
  const drop = (props: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...entity,
    properties: drop(entity.properties, ['id', 'name', 'aliases', 'aliasText']),
    links: entity.links.map((l: Link) => ({ ...l, properties: drop(l.properties, ['evidence', 'articleId']) })),
  };
}

/**
 * How long a read retries, and how long it waits for a connection, before the store is unavailable.
 * The driver waits about a second (± a fifth) before its first retry and doubles that after: with
 * half a second here, a read is tried twice and gives up within 1.2 s; with a second, a short first
 * wait let a third try in, at up to 3.2 s.
 */
const READ_RETRY_MS = 500;
const READ_CONNECTION_TIMEOUT_MS = 1_500;

export async function createNeo4jStore(config: Neo4jStoreOptions): Promise<GraphStore> {
  // Integers come back as JS numbers: every count and order here is far below 2^53.
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: config.retryMs ?? 15_000,
  });
  // Reads fail fast: a question asked while Neo4j is away is answered 503 in about a second, not
  // after the retries a write rides out a restart with (health checks give up sooner than those).
  const readDriver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: READ_CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: Math.min(config.retryMs ?? READ_RETRY_MS, READ_RETRY_MS),
  });
  const sessionConfig = { database: config.database };

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateNeo4jError(error, config.uri);
    }
  }

  async function read<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return guarded(async () => {
      const session = readDriver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(fn);
      } finally {
        await session.close();
      }
    });
  }

  async function write<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return guarded(async () => {
      const session = driver.session(sessionConfig);
      try {
        return await session.executeWrite(fn);
      } finally {
        await session.close();
      }
    });
  }

  async function one(path: string, params: Record<string, unknown>): Promise<Record<string, unknown> | null> {
    return read(async (tx) => {
      const result = await tx.run(cypher(path), params);
      return (result.records[0]?.toObject() as Record<string, unknown> | undefined) ?? null;
    });
  }

  const notices: string[] = [];
  try {
    await guarded(() => driver.verifyConnectivity(sessionConfig));
    if (config.applySchema !== false) {
      await guarded(async () => {
        const session = driver.session(sessionConfig);
        try {
          // The full-text index of an earlier version (another analyzer, or aliases as a list) is
          // made again by the schema below: IF NOT EXISTS would keep it as it was.
          // Such an index marks a store of that version: its entities get aliasText once, here, not
          // on every connect.
          const fulltext = (await session.run(cypher('queries/fulltext-index-config.cypher'))).records[0];
          if (fulltext && (fulltext.get('analyzer') !== 'cjk' || !(fulltext.get('properties') as string[]).includes('aliasText'))) {
            await session.run('DROP INDEX entity_names IF EXISTS');
            await session.executeWrite((tx) => tx.run(cypher('writes/fill-alias-text.cypher')));
          }
          for (const statement of statements('schema.cypher')) {
            // Retried when Neo4j breaks a deadlock between two processes connecting at once.
            await session.executeWrite((tx) => tx.run(statement)).catch((error: unknown) => {
              // IF NOT EXISTS does not serialise them either: the one that loses finds the
              // other's index made, which is what it wanted.
              if (!SCHEMA_RACE_LOST.has((error as { code?: string }).code ?? '')) throw error;
            });
          }
          // A store of an earlier version fills the articles' full-text index once, here: a search
          // before it is online would fail.
          await session.run("CALL db.awaitIndex('article_text', 600)");
          const upgraded = await upgradeStoreFormat(session);
          if (upgraded?.facts) notices.push(`deleted ${upgraded.facts} facts whose article was gone (deleted by hand), with the entities no article mentions, bringing the store to format ${STORE_FORMAT}`);
        } finally {
          await session.close();
        }
      });
    }
  } catch (error) {
    await Promise.all([driver.close(), readDriver.close()]);
    throw error;
  }

  return {
    kind: 'neo4j',
    notices,
    async articleMeta(id) {
      const row = await one('queries/article-meta.cypher', { id });
      return (row?.meta as ArticleMeta | undefined) ?? null;
    },
    async articleMetas(ids) {
      return read(async (tx) => {
        const result = await tx.run(cypher('queries/article-metas.cypher'), { ids });
        return new Map(result.records.map((r) => [(r.get('meta') as ArticleMeta).id, r.get('meta') as ArticleMeta]));
      });
    },
    async replaceArticle(sheet) {
      await write((tx) => replaceArticlesTx(tx, [sheet]));
    },
    async replaceArticles(sheets) {
      if (sheets.length) await write((tx) => replaceArticlesTx(tx, sheets));
    },
    async removeArticle(id) {
      return write((tx) => removeArticleTx(tx, id));
    },
    async pruneOrphans() {
      return write(async (tx) => {
        const result = await tx.run(cypher('writes/prune-orphans.cypher'));
        return Number(result.records[0]?.get('removed') ?? 0);
      });
    },
    async articleSources() {
      return read(async (tx) => {
        const result = await tx.run(cypher('queries/article-sources.cypher'));
        return result.records.map((r) => r.get('meta') as ArticleMeta);
      });
    },
    async sourceRoots() {
      return read(async (tx) => (await tx.run(cypher('queries/source-roots.cypher'))).records.map((r) => ({ name: r.get('name') as string, path: r.get('path') as string })));
    },
    async recordSourceRoot(root) {
      await write((tx) => tx.run(cypher('writes/record-source-root.cypher'), { name: root.name, path: root.path }));
    },
    async recordRun(run) {
      await write((tx) =>
        tx.run(cypher('writes/record-run.cypher'), {
          id: run.id,
          trigger: run.trigger,
          status: run.status,
          startedAt: run.startedAt,
          endedAt: run.endedAt,
          paths: run.paths,
          counts: Object.fromEntries(Object.entries(run.counts).map(([k, v]) => [k, neo4j.int(v)])),
          errors: JSON.stringify(run.errors),
          record: JSON.stringify(run),
        }),
      );
    },
    async runs(limit, offset) {
      const row = await one('queries/runs.cypher', { offset: neo4j.int(offset), limit: neo4j.int(limit), now: Date.now() });
      const items = ((row?.items as Array<{ record: string; status: IngestRunRecord['status'] }> | undefined) ?? []).map((r) => ({ ...(JSON.parse(r.record) as IngestRunRecord), status: r.status }));
      return { items, total: Number(row?.total ?? 0), limit, offset };
    },
    async lockIngest(owner) {
      const row = await write(async (tx) => {
        const result = await tx.run(cypher('writes/lock-ingest.cypher'), { owner, now: Date.now(), expires: Date.now() + LOCK_TTL_MS });
        return result.records[0]?.toObject() as { taken: boolean; owner: string; since: number } | undefined;
      });
      if (!row?.taken) {
        throw new StoreBusyError(`another ingest run (${row?.owner ?? 'unknown'}, since ${new Date(Number(row?.since)).toISOString()}) is writing to this Neo4j database; try again when it ends`);
      }
      // Renewed while held, so a process that dies frees the lock within LOCK_TTL_MS.
      const renew = setInterval(() => {
        write((tx) => tx.run(cypher('writes/renew-ingest-lock.cypher'), { owner, expires: Date.now() + LOCK_TTL_MS })).catch(() => undefined);
      }, LOCK_TTL_MS / 3);
      renew.unref();
      return async () => {
        clearInterval(renew);
        await write((tx) => tx.run(cypher('writes/release-ingest-lock.cypher'), { owner })).catch(() => undefined);
      };
    },
    async meetings(f) {
      const row = await one('queries/meetings.cypher', {
        personId: f.personId ?? null,
        types: f.personId && f.role ? [ROLE_TYPE[f.role]] : null,
        from: f.from ?? null,
        to: f.to ?? null,
        latest: f.order === 'latest',
        offset: neo4j.int(f.offset),
        limit: neo4j.int(f.limit),
      });
      return { items: (row?.items as MeetingSummary[]) ?? [], total: Number(row?.total ?? 0), limit: f.limit, offset: f.offset };
    },
    async meeting(id) {
      const row = await one('queries/meeting.cypher', { id });
      return (row?.meeting as MeetingDetail | undefined) ?? null;
    },
    async person(id) {
      const row = await one('queries/person.cypher', { id });
      return (row?.person as PersonDetail | undefined) ?? null;
    },
    async personMeetings(id, role, limit, offset) {
      const types = role ? [ROLE_TYPE[role]] : Object.values(ROLE_TYPE);
      const row = await one('queries/person-meetings.cypher', { id, types, offset: neo4j.int(offset), limit: neo4j.int(limit) });
      if (!row?.found) return null;
      return { person: { id, name: String(row.name) }, items: row.items as PersonMeeting[], total: Number(row.total), limit, offset } satisfies PersonMeetings;
    },
    async search(q, label, limit, offset) {
      const row = await one('queries/search.cypher', { q, label: label ?? null, offset: neo4j.int(offset), limit: neo4j.int(limit) });
      return { items: (row?.items as SearchHit[]) ?? [], total: Number(row?.total ?? 0), limit, offset };
    },
    async searchArticles(terms, limit, offset) {
      const lucene = terms.map((t) => `"${t.text.replace(/["\\]/g, '\\$&')}"`).join(' AND ');
      const row = await one('queries/search-articles.cypher', { lucene, patterns: terms.map((t) => t.pattern), offset: neo4j.int(offset), limit: neo4j.int(limit) });
      return { items: (row?.items as Array<ArticleRef & { text: string }>) ?? [], total: Number(row?.total ?? 0), limit, offset };
    },
    async stats() {
      const row = await one('queries/stats.cypher', {});
      const nodes = Object.fromEntries((row?.nodes as Array<[string, number]>) ?? []);
      const relationships = Object.fromEntries((row?.relationships as Array<[string, number]>) ?? []);
      return { nodes, relationships, articles: nodes.Article ?? 0, lastIngest: (row?.lastIngest as string | null) ?? null } satisfies Stats;
    },
    async entities(label, sort, limit, offset) {
      const row = await one('queries/entities.cypher', { label, sort, offset: neo4j.int(offset), limit: neo4j.int(limit) });
      return { items: (row?.items as EntitySummary[]) ?? [], total: Number(row?.total ?? 0), limit, offset };
    },
    async entity(id) {
      const row = await one('queries/entity.cypher', { id });
      const entity = row?.entity as EntityDetail | undefined;
      return entity ? shapeEntity(entity) : null;
    },
    async articles(limit, offset, order = 'oldest') {
      const row = await one('queries/articles.cypher', { newest: order === 'newest', offset: neo4j.int(offset), limit: neo4j.int(limit) });
      return { items: (row?.items as ArticleRef[]) ?? [], total: Number(row?.total ?? 0), limit, offset };
    },
    async article(id) {
      const row = await one('queries/article.cypher', { id });
      return (row?.article as ArticleDetail | undefined) ?? null;
    },
    async coAttendees(id, limit, offset) {
      const row = await one('queries/co-attendees.cypher', { id, offset: neo4j.int(offset), limit: neo4j.int(limit) });
      if (!row?.found) return null;
      return { items: row.items as CoAttendee[], total: Number(row.total), limit, offset } satisfies Page<CoAttendee>;
    },
    async neighbourhood(id, depth, limit) {
      const row = await one('queries/neighbourhood.cypher', { id, depth: neo4j.int(depth), limit: neo4j.int(limit) });
      return row ? ({ nodes: row.nodes, edges: row.edges, truncated: row.truncated } as Subgraph) : null;
    },
    async shortestPath(from, to) {
      if (from === to) {
        // A path from a node to itself is that node alone: the neighbourhood query cut at one node.
        const row = await one('queries/neighbourhood.cypher', { id: from, depth: neo4j.int(1), limit: neo4j.int(1) });
        // A path's nodes carry no date, as shortest-path.cypher gives them.
        const nodes = (row?.nodes as GraphNode[] | undefined)?.map(({ date: _date, ...node }) => node);
        return nodes ? ({ nodes, edges: [], truncated: false } as Subgraph) : null;
      }
      const row = await one('queries/shortest-path.cypher', { from, to });
      return row?.found ? ({ nodes: row.nodes, edges: row.edges, truncated: false } as Subgraph) : null;
    },
    async participation() {
      const row = await one('queries/participation.cypher', {});
      return (row?.links as Participation[] | undefined) ?? [];
    },
    async close() {
      await Promise.all([driver.close(), readDriver.close()]);
    },
  };
}
