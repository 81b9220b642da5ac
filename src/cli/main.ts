// The newsgraph command: builds the subcommands, runs one, and is the only place that turns errors
// into messages and exit codes (1 for a failed run or bad input, 2 for a usage error, 3 for a prune
// refused because a folder holds no pages). runCommand runs a command line on any context, so tests
// run commands in-process; runMain gives it the process.
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import { removeCommand } from './commands/remove.js';
import { repairCommand } from './commands/repair.js';
import { serveCommand } from './commands/serve.js';
import type { CliContext } from './context.js';

/** Exit codes other than 1: usage errors, and a prune refused because a folder holds no pages. */
const EXIT_CODES: Record<string, number> = { BAD_REQUEST: 2, CONFIG_INVALID: 2, SOURCE_EMPTY: 3 };

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('newsgraph')
    .description('Chinese city-newspaper pages → a knowledge graph of people, bodies, places, meetings and documents')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s.trimEnd()), writeErr: (s) => ctx.err(s.trimEnd()) });
  ingestCommand(program, ctx);
  serveCommand(program, ctx);
  extractCommand(program, ctx);
  queryCommand(program, ctx);
  evalCommand(program, ctx);
  exportCommand(program, ctx);
  removeCommand(program, ctx);
  repairCommand(program, ctx);
  for (const c of program.commands) c.exitOverride();
  for (const c of program.commands.flatMap((c) => c.commands)) c.exitOverride();
  return program;
}

/** Runs one command line with what ctx gives it; resolves to the exit code it ends with. */
export async function runCommand(argv: string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof NewsgraphError) {
      ctx.err(`newsgraph: ${error.message}`);
      return EXIT_CODES[error.code] ?? 1;
    }
    ctx.err(`newsgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

/** Until SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function runMain(argv: string[], env: Record<string, string | undefined> = process.env): Promise<void> {
  const ctx: CliContext = {
    env,
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    untilStopped: untilSignal,
    exitCode: 0,
  };
  process.exitCode = await runCommand(argv, ctx);
}
