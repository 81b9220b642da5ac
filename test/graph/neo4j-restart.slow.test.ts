// Neo4j going away for real: a server of this file's own (on free ports, in .neo4j/fault-home) is
// stopped and started again under the same fault suite the default tier runs through a relay.
// Slow (each start of the server takes a while); needs Java and Maven.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { freePort } from '../helpers/ports.js';
import { testNeo4jFaults } from './neo4j-faults.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const canStart = ['java', 'mvn'].every((command) => spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0);
if (!canStart && process.env.NEWSGRAPH_REQUIRE_NEO4J === '1') throw new Error('NEWSGRAPH_REQUIRE_NEO4J=1 but Java or Maven is missing, so no Neo4j server can be started');

function server(env: Record<string, string>, verb: 'start' | 'stop'): void {
  const run = spawnSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}scripts/neo4j-server.ts`, verb], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`neo4j ${verb} failed:\n${run.stdout}${run.stderr}`);
}

describe.skipIf(!canStart)('a Neo4j server of its own', () => {
  testNeo4jFaults('the server stopped and started again', async () => {
    const bolt = await freePort();
    const env = { NEO4J_HOME_DIR: `${ROOT}.neo4j/fault-home`, NEO4J_BOLT_PORT: String(bolt), NEO4J_HTTP_PORT: String(await freePort()), NEO4J_PASSWORD: 'newsgraph' };
    // A server left running by a run that was cut short listens on the ports it was given then.
    server(env, 'stop');
    server(env, 'start');
    return {
      config: { uri: `bolt://127.0.0.1:${bolt}`, user: 'neo4j', password: 'newsgraph', database: undefined },
      down: () => server(env, 'stop'),
      up: async () => server(env, 'start'),
      close: async () => server(env, 'stop'),
    };
  }, 300_000);
});
