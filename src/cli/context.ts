// What a command may touch of the outside world, passed in so tests can run commands in-process.
export interface CliContext {
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  /** Resolves when a long-running command (serve, ingest --watch) is asked to stop: SIGINT or SIGTERM. */
  untilStopped(): Promise<void>;
  /** Set by a command that finished but must report failure (some files failed to ingest). */
  exitCode: number;
}

/** Where a command tells what opening its store found (a torn journal tail cut off, a read-only open). */
export function noticeTo(ctx: CliContext): (text: string) => void {
  return (text) => ctx.err(`newsgraph: ${text}`);
}

export function exitCode(ctx: CliContext, code: number): void {
  ctx.exitCode = Math.max(ctx.exitCode, code);
}
