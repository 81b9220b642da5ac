// newsgraph serve [--port] [--ingest PATH…]: serves the API (optionally after ingesting pages) until
// interrupted, then closes the store cleanly.
import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { listen } from '../../api/server.js';
import { extractOptionsOf, loadConfig } from '../../config.js';
import { openStore } from '../../graph/open-store.js';
import { noticeTo, type CliContext } from '../context.js';
import { formatSummary } from '../summary.js';
import { ingestWithProgress } from './ingest.js';
import { Cron } from 'croner';
import { BadRequestError } from '../../errors.js';
import { createIngestRunner } from '../ingest-runner.js';

/** A cron expression croner accepts, or a usage error that says what is wrong with it. */
function cronOf(expression: string): string {
  try {
    new Cron(expression, { paused: true }).stop();
    return expression;
  } catch (error) {
    throw new BadRequestError('reingest', `--reingest "${expression}" is not a cron expression: ${(error as Error).message}`);
  }
}

export function serveCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API on the store')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <address>', 'address to listen on (env HOST, default 127.0.0.1: this machine only; 0.0.0.0 for every interface)')
    .option('--ingest <paths...>', 'ingest these files or folders before serving')
    .option('--reingest <cron>', 'ingest the --ingest paths again on this schedule, e.g. "0 6 * * *" (runs never overlap; gone pages are pruned)')
    .option('--source <name>', 'name the folder given with --ingest (as ingest --source does)')
    .option('--allow-empty', 'an --ingest folder with no pages is no error, and a --reingest of it prunes what it gave')
    .option('--aliases <file>', 'alias file: JSON of name → person name (env NEWSGRAPH_ALIASES, default ./aliases.json)')
    .option('--city <name>', 'city for the pages ingested with --ingest')
    .option('--year <year>', 'year for the pages ingested with --ingest')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (opts: { port?: string; host?: string; ingest?: string[]; reingest?: string; source?: string; allowEmpty?: boolean; city?: string; year?: string; dataDir?: string; aliases?: string }) => {
      if (opts.reingest && !opts.ingest?.length) throw new BadRequestError('reingest', '--reingest needs the paths to ingest: --ingest PATH… --reingest "<cron>"');
      const schedule = opts.reingest ? cronOf(opts.reingest) : null;
      const config = loadConfig(ctx.env, opts);
      const store = await openStore(config, { notice: noticeTo(ctx) });
      try {
        const options = { extract: extractOptionsOf(config), workers: config.workers, source: opts.source, allowEmpty: opts.allowEmpty };
        if (opts.ingest?.length) {
          const summary = await ingestWithProgress(store, opts.ingest, 'serve', { ...options, prune: Boolean(schedule) });
          ctx.out(formatSummary(summary));
        }
        const runner = createIngestRunner(store, options, ctx.out);
        const job = schedule && opts.ingest ? new Cron(schedule, { protect: true }, () => void runner.run('schedule', opts.ingest as string[], { prune: true, queue: false })) : null;
        if (job) ctx.out(`re-ingesting ${opts.ingest?.join(', ')} on "${schedule}"; next run ${job.nextRun()?.toISOString()}`);
        const server = await listen(createApp({ store, config }), config.port, config.host);
        ctx.out(`newsgraph is serving the ${store.kind === 'neo4j' ? 'Neo4j' : 'embedded'} store at ${server.url}`);
        ctx.out(`  web page      ${server.url}/`);
        ctx.out(`  API docs      ${server.url}/api/docs  (OpenAPI: ${server.url}/api/openapi.json)`);
        ctx.out(`  e.g.          ${server.url}/api/people/${encodeURIComponent('邓群策')}/meetings?role=presided`);
        await ctx.untilStopped();
        ctx.out('shutting down');
        job?.stop();
        await runner.idle();
        await server.close();
      } finally {
        await store.close();
      }
    });
}
