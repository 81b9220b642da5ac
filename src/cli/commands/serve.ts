// newsgraph serve [--port] [--ingest PATH…]: serves the API (optionally after ingesting pages) until
// interrupted, then closes the store cleanly.
import type { Command } from 'commander';
import { loadAliases } from '../../extract/aliases.js';
import { createApp } from '../../api/app.js';
import { listen } from '../../api/server.js';
import { loadConfig } from '../../config.js';
import { openStore } from '../../graph/open-store.js';
import type { CliContext } from '../context.js';
import { formatSummary } from '../summary.js';
import { ingestWithProgress } from './ingest.js';

export function serveCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API on the store')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--ingest <paths...>', 'ingest these files or folders before serving')
    .option('--aliases <file>', 'alias file: JSON of name → person name (env NEWSGRAPH_ALIASES, default ./aliases.json)')
    .option('--city <name>', 'city for the pages ingested with --ingest')
    .option('--year <year>', 'year for the pages ingested with --ingest')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (opts: { port?: string; ingest?: string[]; city?: string; year?: string; dataDir?: string; aliases?: string }) => {
      const config = loadConfig(ctx.env, opts);
      const store = await openStore(config);
      try {
        if (opts.ingest?.length) {
          const summary = await ingestWithProgress(store, opts.ingest, { city: config.city, year: config.year, aliases: loadAliases(config.aliasesFile, config.aliasesRequired) });
          ctx.out(formatSummary(summary));
        }
        const server = await listen(createApp({ store, config }), config.port, config.host);
        ctx.out(`newsgraph is serving the ${store.kind === 'neo4j' ? 'Neo4j' : 'embedded'} store at ${server.url}`);
        ctx.out(`  web page      ${server.url}/`);
        ctx.out(`  API docs      ${server.url}/api/docs  (OpenAPI: ${server.url}/api/openapi.json)`);
        ctx.out(`  e.g.          ${server.url}/api/people/${encodeURIComponent('邓群策')}/meetings?role=presided`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        ctx.out('shutting down');
        await server.close();
      } finally {
        await store.close();
      }
    });
}
