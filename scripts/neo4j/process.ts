// The server process: launch detached, find it again through its pid file,
// wait until it really serves queries, and stop it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { NEO4J_USER, SERVER_MAIN_CLASS, type ServerSettings, javaBinary, serverJavaArgs } from './settings.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the command line, not just the pid: a stale pid file may name a pid the
 * OS has since reused, and a server that died while we wait is a zombie whose
 * cmdline is empty.
 */
function isOurServer(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(SERVER_MAIN_CLASS);
  } catch {
    return !existsSync('/proc'); // no /proc (macOS): trust the pid
  }
}

/** Pid of the server started from this home, or undefined (stale pid files are removed). */
export function runningPid(s: ServerSettings): number | undefined {
  if (!existsSync(s.pidFile)) return undefined;
  const pid = Number(readFileSync(s.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isOurServer(pid)) return pid;
  rmSync(s.pidFile, { force: true });
  return undefined;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Starts the JVM in its own session (detached) so it outlives this script;
 * its stdout/stderr go to logs/console.log, the server's own logs to logs/neo4j.log.
 */
export function launch(s: ServerSettings): number {
  const out = openSync(s.consoleLog, 'a');
  try {
    const child = spawn(javaBinary(), serverJavaArgs(s), {
      cwd: s.home,
      detached: true,
      stdio: ['ignore', out, out],
    });
    if (child.pid === undefined) {
      throw new Error('java could not be started; install a JDK 17 or 21 and put it on PATH');
    }
    // An ENOENT for java arrives asynchronously; without a listener it would crash us.
    child.once('error', (error) => console.error(`java failed: ${error.message}`));
    child.unref();
    writeFileSync(s.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** Runs RETURN 1 over Bolt with the configured credentials; resolves to an error text or undefined. */
async function queryOnce(s: ServerSettings): Promise<string | undefined> {
  const driver = neo4j.driver(s.boltUrl, neo4j.auth.basic(NEO4J_USER, s.password), {
    connectionTimeout: 5000,
    logging: { level: 'error', logger: () => {} },
  });
  const session = driver.session();
  try {
    await session.run('RETURN 1 AS one');
    return undefined;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return `${code ?? 'error'}: ${message ?? String(error)}`;
  } finally {
    await session.close();
    await driver.close();
  }
}

const isAuthFailure = (text: string): boolean => /Unauthorized|authentication failure|AuthenticationRateLimit/i.test(text);

/**
 * Waits until Bolt accepts connections and a real query succeeds. Fails early if
 * the process dies or the password is rejected (which no amount of waiting fixes).
 */
export async function waitUntilReady(s: ServerSettings, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'Bolt port not open yet';
  while (Date.now() < deadline) {
    if (!isOurServer(pid)) throw new Error(`the server process (pid ${pid}) exited during start`);
    if (await portAnswers(s.boltPort)) {
      const failure = await queryOnce(s);
      if (failure === undefined) return;
      if (isAuthFailure(failure)) {
        throw new Error(
          `the server is up but rejects user '${NEO4J_USER}' with the password ${s.passwordSource}.\n` +
            `The password is only set before the very first start: use the password it was first started ` +
            `with, or delete ${s.dataDir} (all data) and start again.\n${failure}`,
        );
      }
      lastError = failure;
    }
    await sleep(500);
  }
  throw new Error(`the server did not answer on ${s.boltUrl} within ${timeoutMs / 1000} s (${lastError})`);
}

/** SIGTERM lets Neo4j shut down cleanly (it checkpoints); SIGKILL only after the grace period. */
export async function stopProcess(pid: number, graceMs: number): Promise<'stopped' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(250);
  }
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  return 'killed';
}

/** Last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return `(no ${file})`;
  const text = readFileSync(file, 'utf8').trimEnd();
  return text === '' ? '(empty)' : text.split('\n').slice(-lines).join('\n');
}
