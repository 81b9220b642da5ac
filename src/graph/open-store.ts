// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded one.
import type { Config } from '../config.js';
import { StoreLockedError } from '../errors.js';
import { createMemoryStore } from './memory/memory-store.js';
import type { GraphStore } from './store.js';

export interface OpenOptions {
  /** Hears what opening found that a user should know (a torn journal tail cut off, a read-only open). */
  notice?: (text: string) => void;
  /**
   * For commands that only read (query, export): an embedded store another process owns (a
   * running serve) is read as it stands instead of refused.
   */
  readOnlyWhenLocked?: boolean;
  /** For commands that search nothing (ingest): the embedded store's name index waits for a search. */
  searchesNothing?: boolean;
}

export async function openStore(config: Config, options: OpenOptions = {}): Promise<GraphStore> {
  const notice = options.notice ?? (() => undefined);
  if (config.neo4j) {
    const { createNeo4jStore } = await import('./neo4j/neo4j-store.js');
    const store = await createNeo4jStore(config.neo4j);
    for (const text of store.notices ?? []) notice(text);
    return store;
  }
  try {
    const store = await createMemoryStore({ dataDir: config.dataDir, nameIndex: options.searchesNothing ? 'at-first-search' : 'at-open' });
    for (const text of store.notices) notice(text);
    return store;
  } catch (error) {
    if (!(error instanceof StoreLockedError) || !options.readOnlyWhenLocked) throw error;
    const store = await createMemoryStore({ dataDir: config.dataDir, readOnly: true });
    notice(`process ${error.owner} owns the embedded store in ${config.dataDir}: reading it as it stands (what it writes from now on is not seen)`);
    return store;
  }
}
