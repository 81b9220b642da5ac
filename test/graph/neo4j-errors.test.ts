// What a user sees when Neo4j is not there: a StoreUnavailableError that says how to fix it.
import { describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { freePort } from '../helpers/ports.js';

describe('the Neo4j store without a server', () => {
  it('fails to open with a StoreUnavailableError that says how to start one', async () => {
    // A port nothing listens on: the OS handed it out free, and nobody took it since.
    const opening = createNeo4jStore({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'newsgraph', database: undefined });
    await expect(opening).rejects.toMatchObject({ name: 'StoreUnavailableError', code: 'STORE_UNAVAILABLE' });
    await expect(opening).rejects.toThrow(/not reachable.*npm run neo4j:start/);
  });
});
