// The Neo4j the benchmark writes to: NEWSGRAPH_BENCH_NEO4J_URI when set (its data is wiped), else a
// local server of its own started through scripts/neo4j-server.ts in .neo4j/bench-home, on ports
// NEWSGRAPH_BENCH_NEO4J_BOLT_PORT/_HTTP_PORT (7691/7481), stopped after. Null when neither works.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ROOT } from './measure.js';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): void;
}

const PASSWORD = process.env.NEO4J_PASSWORD ?? 'newsgraph';

function serverScript(verb: 'start' | 'stop', env: Record<string, string>): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'neo4j-server.ts'), verb], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export async function wipeNeo4j(server: BenchNeo4j): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

export function findNeo4j(): { server: BenchNeo4j | null; note: string } {
  const user = process.env.NEO4J_USER ?? 'neo4j';
  if (process.env.NEWSGRAPH_BENCH_NEO4J_URI) {
    return { server: { uri: process.env.NEWSGRAPH_BENCH_NEO4J_URI, user, password: PASSWORD, stop: () => {} }, note: `Neo4j at ${process.env.NEWSGRAPH_BENCH_NEO4J_URI}` };
  }
  const env = {
    NEO4J_HOME_DIR: join(ROOT, '.neo4j', 'bench-home'),
    NEO4J_BOLT_PORT: process.env.NEWSGRAPH_BENCH_NEO4J_BOLT_PORT ?? '7691',
    NEO4J_HTTP_PORT: process.env.NEWSGRAPH_BENCH_NEO4J_HTTP_PORT ?? '7481',
    NEO4J_PASSWORD: PASSWORD,
  };
  const started = serverScript('start', env);
  if (!started.ok) return { server: null, note: `no Neo4j reachable (set NEWSGRAPH_BENCH_NEO4J_URI, or install Java 17 and Maven): ${started.output.trim().split('\n').at(-1) ?? ''}` };
  return {
    server: { uri: `bolt://localhost:${env.NEO4J_BOLT_PORT}`, user: 'neo4j', password: PASSWORD, stop: () => void serverScript('stop', env) },
    note: `local Neo4j started on port ${env.NEO4J_BOLT_PORT}`,
  };
}
