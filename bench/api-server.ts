// A server for the API benchmark, run in its own process so the load generator does not share its
// event loop: the newsgraph API on the embedded store or on Neo4j, or the ceiling, a bare node:http
// server answering every path with JSON read from a file. Prints its URL as JSON, serves until killed.
//   tsx bench/api-server.ts memory DATA_DIR | neo4j URI | ceiling BODIES.json
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/api/app.js';
import { listen } from '../src/api/server.js';
import { loadConfig } from '../src/config.js';
import { createMemoryStore } from '../src/graph/memory/memory-store.js';
import { createNeo4jStore } from '../src/graph/neo4j/neo4j-store.js';

const [kind, target] = process.argv.slice(2) as [string, string];

if (kind === 'ceiling') {
  const bodies = new Map(Object.entries(JSON.parse(readFileSync(target, 'utf8')) as Record<string, string>).map(([path, body]) => [path, Buffer.from(body)]));
  const server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'content-length': body?.length ?? 0 });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
} else {
  const store =
    kind === 'memory'
      ? await createMemoryStore({ dataDir: target })
      : await createNeo4jStore({ uri: target, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'newsgraph', database: undefined });
  const server = await listen(createApp({ store, config: loadConfig(process.env) }), 0, '127.0.0.1');
  console.log(JSON.stringify({ url: server.url }));
  process.once('SIGTERM', () => void server.close().finally(() => store.close().finally(() => process.exit(0))));
}
