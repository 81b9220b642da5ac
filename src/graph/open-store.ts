// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded one.
import type { Config } from '../config.js';
import { createMemoryStore } from './memory/memory-store.js';
import type { GraphStore } from './store.js';

export async function openStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    const { createNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return createNeo4jStore(config.neo4j);
  }
  return createMemoryStore({ dataDir: config.dataDir });
}
