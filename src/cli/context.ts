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

export function exitCode(ctx: CliContext, code: number): void {
  ctx.exitCode = Math.max(ctx.exitCode, code);
}
