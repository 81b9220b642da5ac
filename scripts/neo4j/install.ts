// Prepares a Neo4j home before a start: the jars (from Maven Central via
// scripts/neo4j/pom.xml), the folders, neo4j.conf and the initial password.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ADMIN_MAIN_CLASS,
  NEO4J_USER,
  POM_FILE,
  type ServerSettings,
  classpath,
  javaBinary,
  renderNeo4jConf,
} from './settings.js';

/**
 * Written into lib/ after Maven succeeded, holding a hash of the pom. Its absence
 * means an interrupted or missing resolve; a different hash means the pom changed
 * (e.g. a version bump), so lib/ is rebuilt instead of mixing two versions.
 */
const LIB_MARKER = '.resolved-from-pom';

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM_FILE)).digest('hex');
}

export function libIsCurrent(s: ServerSettings): boolean {
  const marker = path.join(s.libDir, LIB_MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === pomHash();
}

function runMaven(s: ServerSettings, offline: boolean): { ok: boolean; output: string } {
  const args = ['-q', '-B', '-f', POM_FILE, 'package', `-Dneo4j.lib.dir=${s.libDir}`];
  if (offline) args.unshift('-o');
  const result = spawnSync('mvn', args, { encoding: 'utf8' });
  if (result.error) {
    throw new Error(`cannot run mvn (${result.error.message}); install Maven and put it on PATH`);
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * Fills lib/ with the server jars. Tries Maven offline first, so a wiped home is
 * rebuilt from ~/.m2 without the network; falls back to resolving from Maven
 * Central (about 140 MB on the very first run).
 */
export function ensureLib(s: ServerSettings): void {
  if (libIsCurrent(s)) return;
  rmSync(s.libDir, { recursive: true, force: true });
  console.log(`Resolving Neo4j jars into ${s.libDir} (Maven)...`);
  let result = runMaven(s, true);
  if (!result.ok) {
    console.log('Not all jars are in ~/.m2 yet: downloading from Maven Central...');
    result = runMaven(s, false);
  }
  if (!result.ok) {
    throw new Error(`Maven could not resolve the Neo4j jars:\n${result.output.trim()}`);
  }
  writeFileSync(path.join(s.libDir, LIB_MARKER), `${pomHash()}\n`);
}

export function prepareHome(s: ServerSettings): void {
  for (const dir of [s.confDir, s.dataDir, s.logsDir, s.runDir, s.pluginsDir, s.importDir]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(path.join(s.confDir, 'neo4j.conf'), renderNeo4jConf(s));
}

/** The system database exists once the server has started at least once. */
export function hasStartedBefore(s: ServerSettings): boolean {
  return existsSync(path.join(s.dataDir, 'databases', 'system'));
}

/**
 * Sets the password of user neo4j with the admin tool's
 * `dbms set-initial-password` (what `neo4j-admin` runs), from the same jars.
 * It writes data/dbms/auth.ini, which the server only reads when it creates the
 * system database, so this only matters before the first start.
 */
export function setInitialPassword(s: ServerSettings): void {
  const result = spawnSync(
    javaBinary(),
    ['-cp', classpath(s), ADMIN_MAIN_CLASS, 'dbms', 'set-initial-password', s.password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: s.home, NEO4J_CONF: s.confDir } },
  );
  if (result.error) {
    throw new Error(`cannot run java (${result.error.message}); install a JDK 17 or 21 and put it on PATH`);
  }
  if (result.status !== 0) {
    throw new Error(
      `setting the initial password of '${NEO4J_USER}' failed ` +
        `(Neo4j requires at least 8 characters):\n${`${result.stdout}${result.stderr}`.trim()}`,
    );
  }
}
