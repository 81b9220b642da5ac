// The newsgraph command run in this process, through the same runCommand the binary's main calls:
// what it prints is collected, the exit code is returned, and a long-running command (serve,
// ingest --watch) is stopped by the test instead of a signal.
import { runCommand } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string | undefined>;

function context(env: Env, untilStopped: () => Promise<void>) {
  const out: string[] = [];
  const err: string[] = [];
  const listeners = new Set<() => void>();
  const printed = (lines: string[]) => (text: string) => {
    lines.push(text);
    for (const listener of listeners) listener();
  };
  const ctx: CliContext = { env, out: printed(out), err: printed(err), untilStopped, exitCode: 0 };
  return { ctx, out, err, listeners };
}

/** Runs `newsgraph ARGS` to its end. Only `env` is the environment it sees. */
export async function cli(args: string[], env: Env = {}): Promise<CliResult> {
  const { ctx, out, err } = context(env, () => Promise.resolve());
  const code = await runCommand(args, ctx);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export interface LongRunning {
  /** Resolves with the first match of `re` in what the command printed, once it is printed. */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** Asks the command to stop, as SIGTERM does, and resolves to its exit code. */
  stop(): Promise<number>;
  output(): string;
}

/** Starts a command that runs until it is stopped. */
export function startCli(args: string[], env: Env = {}): LongRunning {
  let requestStop!: () => void;
  const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
  const { ctx, out, err, listeners } = context(env, () => stopRequested);
  const output = () => [...out, ...err].join('\n');
  let ended = false;
  const done = runCommand(args, ctx).finally(() => {
    ended = true;
    for (const listener of listeners) listener();
  });
  const waitFor = (re: RegExp, ms = 30_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const deadline = AbortSignal.timeout(ms);
      const check = () => {
        const m = re.exec(output());
        if (m || ended || deadline.aborted) {
          listeners.delete(check);
          deadline.removeEventListener('abort', check);
          if (m) resolve(m);
          else reject(new Error(`${ended ? 'the command ended' : `no output within ${ms} ms`} without ${re}:\n${output()}`));
        }
      };
      listeners.add(check);
      deadline.addEventListener('abort', check);
      check();
    });
  return {
    waitFor,
    stop: () => {
      requestStop();
      return done;
    },
    output,
  };
}
