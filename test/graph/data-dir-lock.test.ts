// The data-directory lock between processes: two processes taking it at the same instant, on a free
// directory and on one whose owner was killed, and exactly one of them holds it, every time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LOCK_MODULE = fileURLToPath(new URL('../../dist/graph/memory/data-dir-lock.js', import.meta.url));
const ROUNDS = 300;

// A taker answers one line per command: "take AT" takes the lock at the instant AT (ms since the
// epoch, to the microsecond), "release" gives it up, "die" exits holding it, as kill -9 leaves it.
const TAKER = `
  const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
  const dir = process.argv[1];
  let release = null;
  const now = () => performance.timeOrigin + performance.now();
  let pending = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    pending += chunk;
    for (let nl = pending.indexOf('\\n'); nl >= 0; nl = pending.indexOf('\\n')) {
      const [command, at] = pending.slice(0, nl).split(' ');
      pending = pending.slice(nl + 1);
      if (command === 'take') {
        while (now() < Number(at)) {}
        try {
          release = lockDataDir(dir);
          process.stdout.write('taken\\n');
        } catch (error) {
          process.stdout.write(/in use by process/.test(error.message) ? 'busy\\n' : 'error ' + error.message + '\\n');
        }
      } else if (command === 'release') {
        release?.();
        release = null;
        process.stdout.write('released\\n');
      } else if (command === 'die') process.kill(process.pid, 'SIGKILL');
    }
  });`;

interface Taker {
  ask(command: string): Promise<string>;
  child: ChildProcessWithoutNullStreams;
}

function startTaker(dir: string): Taker {
  const child = spawn(process.execPath, ['--input-type=module', '-e', TAKER, dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else answers.push(line);
    }
  });
  return {
    child,
    ask(command) {
      const answer = new Promise<string>((resolve) => {
        const ready = answers.shift();
        if (ready !== undefined) resolve(ready);
        else waiting.push(resolve);
      });
      child.stdin.write(`${command}\n`);
      return answer;
    },
  };
}

describe('the data-directory lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-lock-'));
  let takers: Taker[] = [];
  /** The lock files a killed owner left: restored before each round that races over a dead owner. */
  let leftByTheDead: Array<[string, Buffer]> = [];

  beforeAll(async () => {
    const victim = startTaker(dir);
    expect(await victim.ask(`take 0`)).toBe('taken');
    const died = new Promise((resolve) => victim.child.once('exit', resolve));
    victim.child.stdin.write('die\n');
    await died;
    leftByTheDead = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]);
    expect(leftByTheDead.length).toBeGreaterThan(0);
    takers = [startTaker(dir), startTaker(dir)];
  });

  afterAll(() => {
    for (const t of takers) t.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`admits exactly one of two processes taking it at the same instant, ${ROUNDS} times, half of them over a killed owner's lock`, async () => {
    const outcomes = { free: 0, overDead: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const overDead = round % 2 === 1;
      if (overDead) for (const [name, bytes] of leftByTheDead) writeFileSync(join(dir, name), bytes);
      const at = performance.timeOrigin + performance.now() + 15;
      const answers = await Promise.all(takers.map((t) => t.ask(`take ${at}`)));
      expect([...answers].sort(), `round ${round}`).toEqual(['busy', 'taken']);
      outcomes[overDead ? 'overDead' : 'free']++;
      expect(await takers[answers.indexOf('taken')]!.ask('release')).toBe('released');
    }
    expect(outcomes).toEqual({ free: ROUNDS / 2, overDead: ROUNDS / 2 });
    // Released, it leaves nothing behind to be taken over.
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);

  it('takes a lock held on another host (another container on a shared volume) to be live, and says how to clear it', async () => {
    const { lockDataDir } = (await import(LOCK_MODULE)) as typeof import('../../src/graph/memory/data-dir-lock.js');
    const shared = mkdtempSync(join(tmpdir(), 'newsgraph-lock-host-'));
    // pid 1 on another host: here it would be init, alive; in the other container it is the server.
    writeFileSync(join(shared, 'lock.0'), '1 another-container');
    expect(() => lockDataDir(shared)).toThrow(/in use by process 1 on another-container .*delete the lock\.\* files/);
    // A lock of this host whose process is gone is taken over.
    writeFileSync(join(shared, 'lock.0'), `${leftByTheDead[0]?.[1].toString().split(' ')[0]} ${hostname()}`);
    const release = lockDataDir(shared);
    release();
    expect(readdirSync(shared)).toEqual([]);
  });
});
