// Vitest global setup: finds a Neo4j server for the Neo4j tests. With NEWSGRAPH_TEST_NEO4J_URI it
// uses that server (its data is wiped by the tests; NEWSGRAPH_TEST_NEO4J_BROWSER_URL names its
// Neo4j Browser for the guide test); otherwise, where Java and Maven are installed,
// it starts a throw-away local server in .neo4j/test-home on ports the OS finds free (or
// NEWSGRAPH_TEST_NEO4J_BOLT_PORT/_HTTP_PORT) and stops it after.
// Without either, the Neo4j tests are skipped, unless NEWSGRAPH_REQUIRE_NEO4J=1 (CI) makes that fatal.
// The tests wipe their database: they take an empty one and leave it empty (see refusal below).
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/ports.js';

export interface Neo4jTestServer {
  uri: string | null;
  /** Neo4j Browser on that server (http://host:port/browser/), when its address is known. */
  browserUrl: string | null;
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
const TEST_SERVER_PASSWORD = 'newsgraph';
const HOW_TO_ENABLE = 'install Java 17 and Maven (the tests then start a local Neo4j), or run `npm run neo4j:start` and set NEWSGRAPH_TEST_NEO4J_URI to its Bolt URL';

function has(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Where the throw-away server lives, on ports free now unless the environment names them. */
async function testServerEnv(): Promise<Record<string, string>> {
  return {
    NEO4J_HOME_DIR: `${ROOT}.neo4j/test-home`,
    NEO4J_BOLT_PORT: process.env.NEWSGRAPH_TEST_NEO4J_BOLT_PORT || String(await freePort()),
    NEO4J_HTTP_PORT: process.env.NEWSGRAPH_TEST_NEO4J_HTTP_PORT || String(await freePort()),
    NEO4J_PASSWORD: TEST_SERVER_PASSWORD,
  };
}

/** Runs scripts/neo4j-server.ts without blocking: vitest's own work (ending its workers) goes on meanwhile. */
function serverScript(env: Record<string, string>, verb: 'start' | 'stop'): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}scripts/neo4j-server.ts`, verb], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}

/** How many nodes the database holds; wipes it first when `wipe`. */
async function nodes(server: Neo4jTestServer, wipe: boolean): Promise<number> {
  const driver = neo4j.driver(server.uri as string, neo4j.auth.basic(server.user, server.password));
  try {
    if (wipe) {
      // CALL … IN TRANSACTIONS runs only in an implicit (auto-commit) transaction: a session's run.
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
      } finally {
        await session.close();
      }
    }
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    return Number(records[0]?.get('n') ?? 0);
  } finally {
    await driver.close();
  }
}

/**
 * The Neo4j tests wipe the database they use, so they take one that is empty (or the throw-away
 * server's, which is theirs) and leave it empty. A database that holds data they did not write is
 * refused, unless NEWSGRAPH_TEST_NEO4J_WIPE=1 says it may be wiped. Null when the database may be used.
 */
async function refusal(server: Neo4jTestServer, ours: boolean): Promise<string | null> {
  try {
    const held = await nodes(server, ours || process.env.NEWSGRAPH_TEST_NEO4J_WIPE === '1');
    if (held === 0) return null;
    return `the database at ${server.uri} holds ${held} nodes, and the Neo4j tests wipe theirs: point NEWSGRAPH_TEST_NEO4J_URI at an empty database, or set NEWSGRAPH_TEST_NEO4J_WIPE=1 to let them wipe this one`;
  } catch (error) {
    return `cannot read the database at ${server.uri}: ${(error as Error).message}`;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const required = process.env.NEWSGRAPH_REQUIRE_NEO4J === '1';
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'newsgraph';
  let server: Neo4jTestServer;
  let started: Record<string, string> | null = null;
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) {
    server = { uri: process.env.NEWSGRAPH_TEST_NEO4J_URI, browserUrl: process.env.NEWSGRAPH_TEST_NEO4J_BROWSER_URL || null, user, password, skipReason: null };
  } else if (process.env.NEWSGRAPH_SKIP_NEO4J === '1') {
    server = { uri: null, browserUrl: null, user, password, skipReason: 'NEWSGRAPH_SKIP_NEO4J=1' };
  } else if (!has('java') || !has('mvn')) {
    server = { uri: null, browserUrl: null, user, password, skipReason: `no Java or Maven on this machine; to enable them, ${HOW_TO_ENABLE}` };
  } else {
    const env = await testServerEnv();
    // A server left running by a run that was cut short listens on the ports it was given then.
    await serverScript(env, 'stop');
    const start = await serverScript(env, 'start');
    if (start.ok) started = env;
    server = start.ok
      ? { uri: `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`, browserUrl: `http://127.0.0.1:${env.NEO4J_HTTP_PORT}/browser/`, user: 'neo4j', password: TEST_SERVER_PASSWORD, skipReason: null }
      : { uri: null, browserUrl: null, user, password, skipReason: `the local test Neo4j did not start:\n${start.output.slice(-1500)}` };
  }
  if (server.uri) {
    const refused = await refusal(server, started !== null);
    if (refused) server = { ...server, uri: null, browserUrl: null, skipReason: refused };
  }
  if (server.skipReason) {
    if (required) throw new Error(`NEWSGRAPH_REQUIRE_NEO4J=1 but no Neo4j for the tests: ${server.skipReason}`);
    console.warn(`\n[newsgraph] Neo4j tests are skipped: ${server.skipReason}\n`);
  }
  project.provide('neo4j', server);
  return async () => {
    // Left as found: empty.
    if (server.uri) await nodes(server, true).catch((error: Error) => console.warn(`[newsgraph] could not empty the test database: ${error.message}`));
    if (started) await serverScript(started, 'stop');
  };
}
