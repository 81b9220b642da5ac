// The embedded store, the default: a compact graph in memory, made durable by the journal in the
// data directory. Every write is journalled and fsynced before it is applied, and the journal is
// folded into a fresh snapshot once it grows long or the store closes.
import v8 from 'node:v8';
import type { ArticleMeta, FactSheet } from '../model.js';
import type { GraphStore } from '../store.js';
import { lockDataDir } from './data-dir-lock.js';
import { GraphIndex } from './graph-index.js';
import { Journal, type JournalReport } from './journal.js';
import { shareText } from './snapshot-codec.js';
import { RunLog } from './run-log.js';
import { SourceRootsFile } from './source-roots-file.js';
import { StoreBusyError, StoreUnavailableError } from '../../errors.js';
import * as e from './entity-queries.js';
import * as gq from './graph-queries.js';
import * as q from './queries.js';

export interface MemoryStoreOptions {
  dataDir: string;
  /**
   * Journal entries after which the next write folds them into a new snapshot; at least as many
   * as the store holds articles, so rewriting the snapshot costs a constant share of each write.
   */
  compactAfter?: number;
  /** Keep every sound article and entry, set the damaged ones aside, instead of refusing to open. */
  repair?: boolean;
  /**
   * Read the store as it stands while another process owns it: no lock taken, nothing written
   * (writes refuse), what that process writes meanwhile not seen.
   */
  readOnly?: boolean;
  /**
   * When the index a search by name reads is built: as the store opens (a server's first search
   * is then as quick as any), or at the first search, for a process that searches nothing
   * (ingest: a re-ingest of an unchanged archive opens the store and closes it).
   */
  nameIndex?: 'at-open' | 'at-first-search';
}

/**
 * Once the graph is built: it is most of the heap and lives as long as the process, while what each
 * write allocates dies young. V8 by default lets the heap grow to twice what is live or more before
 * it collects, which at 100k articles is half a gigabyte of garbage held; growing it by a fifth keeps
 * the process near its live size, and ingest is no slower for it (npm run bench). Not before the
 * load, which would pay for many more collections while the graph is being built.
 */
function keepHeapNearLive(): void {
  v8.setFlagsFromString('--heap-growing-percent=20');
}

export type MemoryStore = GraphStore & {
  /** What opening found: a torn journal tail cut off, or what a repair dropped. */
  readonly opened: JournalReport;
  readonly notices: string[];
};

function noticesOf(dir: string, report: JournalReport): string[] {
  if (!report.tornBytes) return [];
  const kept = report.sideFiles.find((f) => f.includes('torn'));
  return [`cut a torn tail of ${report.tornBytes} bytes off the journal in ${dir}: a write a crash cut short, never acknowledged (its bytes are kept in ${kept})`];
}

export async function createMemoryStore(options: MemoryStoreOptions): Promise<MemoryStore> {
  const readOnly = options.readOnly === true;
  const release = readOnly ? () => undefined : lockDataDir(options.dataDir);
  const journal = new Journal(options.dataDir);
  const compactAfter = options.compactAfter ?? 2000;
  const index = new GraphIndex();
  const runLog = new RunLog(options.dataDir, readOnly);
  const sourceRoots = new SourceRootsFile(options.dataDir);
  // The data-directory lock keeps other processes out; within this one, runs take turns.
  let ingestOwner: { owner: string; since: string } | null = null;
  // Moves on with every write, so answers cached against it are never stale.
  let version = 0;
  let opened: JournalReport;
  try {
    opened = journal.load((entry) => (entry.op === 'put' ? index.put(entry.sheet) : index.remove(entry.id)), { repair: options.repair, readOnly });
    // A repaired store is written out whole at once, so the damage is gone from its files.
    if (options.repair) journal.compact(index.sheets(), index.size);
  } catch (error) {
    release();
    throw error;
  }
  if (options.nameIndex !== 'at-first-search') index.graph.indexNames();
  keepHeapNearLive();
  const g = index.graph;

  // Articles in the last snapshot: the journal may grow as long as that before it is folded in, so
  // snapshots are written at doubling sizes and their total cost stays linear in the archive.
  let snapshotArticles = index.size;
  const maybeCompact = () => {
    if (journal.pending < Math.max(compactAfter, snapshotArticles)) return;
    journal.compact(index.sheets(), index.size);
    snapshotArticles = index.size;
  };

  const writable = () => {
    if (readOnly) throw new StoreUnavailableError(`the embedded store in ${options.dataDir} was opened to read only, while another process owns it`);
  };

  const replaceArticles = (sheets: FactSheet[]) => {
    writable();
    if (sheets.length === 0) return;
    // One fsync for the whole batch; each article is its own journal line, so each is atomic.
    journal.append(sheets.map((sheet) => ({ op: 'put', sheet })));
    version++;
    for (const sheet of sheets) index.put(shareText(sheet));
    maybeCompact();
  };

  return {
    kind: 'memory',
    opened,
    notices: noticesOf(options.dataDir, opened),
    version: () => version,
    async articleMeta(id) {
      return index.meta(id);
    },
    async articleMetas(ids) {
      const found = new Map<string, ArticleMeta>();
      for (const id of ids) {
        const meta = index.meta(id);
        if (meta) found.set(id, meta);
      }
      return found;
    },
    async replaceArticle(sheet) {
      replaceArticles([sheet]);
    },
    async replaceArticles(sheets) {
      replaceArticles(sheets);
    },
    async removeArticle(id) {
      writable();
      if (!index.has(id)) return false;
      journal.append([{ op: 'remove', id }]);
      version++;
      index.remove(id);
      maybeCompact();
      return true;
    },
    async pruneOrphans() {
      writable();
      const orphans = index.orphans();
      if (orphans.length) version++;
      orphans.forEach((n) => g.dropNode(n));
      return orphans.length;
    },
    async articleSources() {
      return [...index.articleIds()].map((id) => index.meta(id) as ArticleMeta).sort((a, b) => q.byText(a.id, b.id));
    },
    async sourceRoots() {
      return sourceRoots.list();
    },
    async recordSourceRoot(root) {
      writable();
      sourceRoots.record(root);
    },
    async recordRun(run) {
      writable();
      runLog.append(run);
      version++;
    },
    async runs(limit, offset) {
      return runLog.list(limit, offset);
    },
    async lockIngest(owner) {
      writable();
      if (ingestOwner) throw new StoreBusyError(`another ingest run (${ingestOwner.owner}, since ${ingestOwner.since}) is writing to this store; try again when it ends`);
      ingestOwner = { owner, since: new Date().toISOString() };
      return async () => {
        ingestOwner = null;
      };
    },
    async meetings(filter) {
      return q.meetings(g, filter);
    },
    async meeting(id) {
      return q.meeting(g, id);
    },
    async person(id) {
      return q.person(g, id);
    },
    async personMeetings(id, role, limit, offset) {
      return q.personMeetings(g, id, role, limit, offset);
    },
    async search(text, label, limit, offset) {
      return q.search(g, text, label, limit, offset);
    },
    async stats() {
      return q.stats(g, index.lastIngest);
    },
    async entities(label, sort, limit, offset) {
      return e.entities(g, label, sort, limit, offset);
    },
    async entity(id) {
      return e.entity(g, id);
    },
    async searchArticles(terms, limit, offset) {
      return e.searchArticles(g, terms, limit, offset);
    },
    async articles(limit, offset, order) {
      return e.articles(g, limit, offset, order);
    },
    async article(id) {
      return e.article(g, id);
    },
    async coAttendees(id, limit, offset) {
      return gq.coAttendees(g, id, limit, offset);
    },
    async neighbourhood(id, depth, limit) {
      return gq.neighbourhood(g, id, depth, limit);
    },
    async shortestPath(from, to) {
      return gq.shortestPath(g, from, to);
    },
    async participation() {
      return gq.participation(g);
    },
    async close() {
      try {
        if (journal.pending > 0 && !readOnly) journal.compact(index.sheets(), index.size);
        journal.closeFile();
      } finally {
        release();
      }
    },
  };
}
