// Local Neo4j Community server for development and tests, without Docker:
// the jars come from Maven Central (scripts/neo4j/pom.xml), the home lives in
// the git-ignored .neo4j/home (or $NEO4J_HOME_DIR).
//
//   tsx scripts/neo4j-server.ts start    resolve jars if needed, start, wait until a query runs
//   tsx scripts/neo4j-server.ts stop     stop the server started by `start`
//   tsx scripts/neo4j-server.ts status   exit 0 if running, 3 if not
//
// Env: NEO4J_PASSWORD (default newsgraph), NEO4J_BOLT_PORT (7687),
// NEO4J_HTTP_PORT (7474), NEO4J_HOME_DIR, NEO4J_START_TIMEOUT (seconds, 120).
import { ensureLib, hasStartedBefore, prepareHome, setInitialPassword } from './neo4j/install.js';
import { launch, portAnswers, runningPid, stopProcess, tail, waitUntilReady } from './neo4j/process.js';
import { NEO4J_USER, type ServerSettings, loadSettings } from './neo4j/settings.js';

const EXIT_NOT_RUNNING = 3; // same code as `neo4j status` and LSB init scripts
const STOP_GRACE_MS = 60_000;

function printConnectionInfo(s: ServerSettings): void {
  console.log(`  Bolt:     ${s.boltUrl}`);
  console.log(`  Browser:  ${s.browserUrl}`);
  console.log(`  User:     ${NEO4J_USER}, password ${s.passwordSource}`);
  console.log(`  Home:     ${s.home} (logs in logs/neo4j.log)`);
}

function startTimeoutMs(): number {
  const seconds = Number(process.env.NEO4J_START_TIMEOUT || 120);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 120) * 1000;
}

/** Another process on our ports would make the server fail to bind with a less obvious error. */
async function assertPortsFree(s: ServerSettings): Promise<void> {
  for (const [name, port, envName] of [
    ['Bolt', s.boltPort, 'NEO4J_BOLT_PORT'],
    ['HTTP', s.httpPort, 'NEO4J_HTTP_PORT'],
  ] as const) {
    if (await portAnswers(port)) {
      throw new Error(
        `port ${port} (${name}) is already in use by another process, not by the server of ${s.home}.\n` +
          `Stop that process or choose another port with ${envName}.`,
      );
    }
  }
}

async function start(s: ServerSettings): Promise<number> {
  const existing = runningPid(s);
  if (existing !== undefined) {
    console.log(`Neo4j is already running (pid ${existing}).`);
    printConnectionInfo(s);
    return 0;
  }
  const began = Date.now();
  await assertPortsFree(s);
  ensureLib(s);
  prepareHome(s);
  if (!hasStartedBefore(s)) {
    console.log(`First start: setting the password of user '${NEO4J_USER}'.`);
    setInitialPassword(s);
  }
  const pid = launch(s);
  console.log(`Starting Neo4j (pid ${pid}), waiting for ${s.boltUrl}...`);
  try {
    await waitUntilReady(s, pid, startTimeoutMs());
  } catch (error) {
    console.error(`Neo4j failed to start: ${(error as Error).message}`);
    console.error(`\n--- ${s.logsDir}/neo4j.log (tail) ---\n${tail(`${s.logsDir}/neo4j.log`)}`);
    console.error(`\n--- ${s.consoleLog} (tail) ---\n${tail(s.consoleLog, 15)}`);
    if (runningPid(s) !== undefined) await stopProcess(pid, STOP_GRACE_MS);
    return 1;
  }
  console.log(`Neo4j is ready after ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  printConnectionInfo(s);
  return 0;
}

async function stop(s: ServerSettings): Promise<number> {
  const pid = runningPid(s);
  if (pid === undefined) {
    console.log('Neo4j is not running.');
    return 0;
  }
  process.stdout.write(`Stopping Neo4j (pid ${pid})... `);
  const how = await stopProcess(pid, STOP_GRACE_MS);
  console.log(how === 'stopped' ? 'stopped.' : `killed after ${STOP_GRACE_MS / 1000} s without a clean shutdown.`);
  return 0;
}

async function status(s: ServerSettings): Promise<number> {
  const pid = runningPid(s);
  if (pid === undefined) {
    console.log(`Neo4j is not running (home ${s.home}).`);
    return EXIT_NOT_RUNNING;
  }
  const bolt = (await portAnswers(s.boltPort)) ? 'Bolt answering' : 'Bolt not answering yet';
  console.log(`Neo4j is running (pid ${pid}, ${bolt}).`);
  printConnectionInfo(s);
  return 0;
}

const COMMANDS: Record<string, (s: ServerSettings) => Promise<number>> = { start, stop, status };

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (command === undefined) {
    console.error('usage: tsx scripts/neo4j-server.ts <start|stop|status>');
    return 2;
  }
  return command(loadSettings());
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`neo4j-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
