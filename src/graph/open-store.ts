// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded one.
import type { Config } from '../config.js';
import { createMemoryStore } from './memory/memory-store.js';
import type { GraphStore } from './store.js';

/** `notice` hears what opening found that a user should know (a torn journal tail cut off). */
export async function openStore(config: Config, notice: (text: string) => void = () => undefined): Promise<GraphStore> {
  if (config.neo4j) {
    const { createNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return createNeo4jStore(config.neo4j);
  }
  const store = await createMemoryStore({ dataDir: config.dataDir });
  for (const text of store.notices) notice(text);
  return store;
}
