// Vitest global setup: finds a Neo4j server for the Neo4j tests. With NEWSGRAPH_TEST_NEO4J_URI it
// uses that server (its data is wiped by the tests); otherwise, where Java and Maven are installed,
// it starts a throw-away local server on ports 7688/7475 (NEWSGRAPH_TEST_NEO4J_BOLT_PORT/_HTTP_PORT)
// in .neo4j/test-home and stops it after.
// Without either, the Neo4j tests are skipped, unless NEWSGRAPH_REQUIRE_NEO4J=1 (CI) makes that fatal.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export interface Neo4jTestServer {
  uri: string | null;
  user: string;
  password: string;
  skipReason: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The ports can be moved so that two checkouts can run their tests side by side.
const TEST_SERVER_ENV = {
  NEO4J_HOME_DIR: `${ROOT}.neo4j/test-home`,
  NEO4J_BOLT_PORT: process.env.NEWSGRAPH_TEST_NEO4J_BOLT_PORT ?? '7688',
  NEO4J_HTTP_PORT: process.env.NEWSGRAPH_TEST_NEO4J_HTTP_PORT ?? '7475',
  NEO4J_PASSWORD: 'newsgraph',
};
const HOW_TO_ENABLE = 'install Java 17 and Maven (the tests then start a local Neo4j), or run `npm run neo4j:start` and set NEWSGRAPH_TEST_NEO4J_URI=bolt://localhost:7687';

function has(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
}

function serverScript(verb: 'start' | 'stop'): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}scripts/neo4j-server.ts`, verb], {
    env: { ...process.env, ...TEST_SERVER_ENV },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export default function setup(project: TestProject): () => void {
  const required = process.env.NEWSGRAPH_REQUIRE_NEO4J === '1';
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'newsgraph';
  let server: Neo4jTestServer;
  let started = false;
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) {
    server = { uri: process.env.NEWSGRAPH_TEST_NEO4J_URI, user, password, skipReason: null };
  } else if (process.env.NEWSGRAPH_SKIP_NEO4J === '1') {
    server = { uri: null, user, password, skipReason: 'NEWSGRAPH_SKIP_NEO4J=1' };
  } else if (!has('java') || !has('mvn')) {
    server = { uri: null, user, password, skipReason: `no Java or Maven on this machine; to enable them, ${HOW_TO_ENABLE}` };
  } else {
    const start = serverScript('start');
    started = start.ok;
    server = start.ok
      ? { uri: `bolt://localhost:${TEST_SERVER_ENV.NEO4J_BOLT_PORT}`, user: 'neo4j', password: TEST_SERVER_ENV.NEO4J_PASSWORD, skipReason: null }
      : { uri: null, user, password, skipReason: `the local test Neo4j did not start:\n${start.output.slice(-1500)}` };
  }
  if (server.skipReason) {
    if (required) throw new Error(`NEWSGRAPH_REQUIRE_NEO4J=1 but no Neo4j for the tests: ${server.skipReason}`);
    console.warn(`\n[newsgraph] Neo4j tests are skipped: ${server.skipReason}\n`);
  }
  project.provide('neo4j', server);
  return () => {
    if (started) serverScript('stop');
  };
}
