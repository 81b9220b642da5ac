// newsgraph ingest PATH… [--prune] [--watch]: reads pages into the store, a progress bar while it
// runs, a summary after; with --watch it stays and ingests again whenever a page is added, changed
// or removed.
import type { Command } from 'commander';
import { watch } from 'chokidar';
import { extractOptionsOf, loadConfig } from '../../config.js';
import { defaultWorkers } from '../../extract/extract-pool.js';
import { ingestPathsJob } from '../../graph/ingest-job.js';
import type { IngestOptions, IngestSummary } from '../../graph/ingest-run.js';
import type { IngestRunRecord } from '../../graph/model.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import { createIngestRunner } from '../ingest-runner.js';
import { createProgress } from '../progress.js';
import { formatSummary } from '../summary.js';
import { exitCode, type CliContext, noticeTo } from '../context.js';

/** Changes within this many ms are taken in by one run (a site saving a day's pages at once). */
const SETTLE_MS = 1000;

export async function ingestWithProgress(store: GraphStore, paths: string[], trigger: IngestRunRecord['trigger'], options: IngestOptions): Promise<IngestSummary> {
  const progress = createProgress();
  try {
    const { summary } = await ingestPathsJob(store, paths, trigger, { ...options, onFiles: (n) => progress.start(n), onFile: (p) => progress.tick(p) });
    return summary;
  } finally {
    progress.stop();
  }
}

export function ingestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read pages (files or folders) into the store; unchanged articles are skipped')
    .argument('<paths...>', 'files or folders of newspaper pages (text or HTML; UTF-8, UTF-16, GBK/GB18030 or Big5)')
    .option('--source <name>', 'name the folder given, so its pages keep their keys wherever it is found later (kept in the store; default: the folder\'s real path)')
    .option('--prune', 'remove the articles whose file is gone from these folders, and entities left with no facts (refused for a folder with no pages)')
    .option('--allow-empty', 'a folder with no pages is no error, and --prune of it removes every article it gave')
    .option('--watch', 'stay running and ingest again whenever a page is added, changed or removed (implies --prune)')
    .option('--aliases <file>', 'alias file: JSON of name → person name (env NEWSGRAPH_ALIASES, default ./aliases.json)')
    .option('--city <name>', 'city that 市委, 市政府 … refer to (default: inferred from each page)')
    .option('--year <year>', 'year of dates printed without one (default: inferred from each page)')
    .option('--date <YYYY-MM-DD>', 'day the pages were printed: the year of their dates, and 昨日 is the day before (env NEWSGRAPH_DATE)')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .option('--workers <n>', `extraction threads (env NEWSGRAPH_WORKERS; default one per core, ${defaultWorkers()} here, for runs of more than a few dozen files)`)
    .action(async (paths: string[], opts: { city?: string; year?: string; date?: string; dataDir?: string; aliases?: string; source?: string; prune?: boolean; allowEmpty?: boolean; watch?: boolean; workers?: string }) => {
      const config = loadConfig(ctx.env, opts);
      const store = await openStore(config, { notice: noticeTo(ctx), searchesNothing: true });
      const options = { extract: { ...extractOptionsOf(config), date: config.date }, workers: config.workers, source: opts.source, allowEmpty: opts.allowEmpty };
      try {
        const summary = await ingestWithProgress(store, paths, 'cli', { ...options, prune: Boolean(opts.prune || opts.watch) });
        ctx.out(formatSummary(summary));
        if (!opts.watch) {
          exitCode(ctx, summary.failures.length > 0 ? 1 : 0);
          return;
        }
        const runner = createIngestRunner(store, options, ctx.out);
        const watcher = watch(paths, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: SETTLE_MS / 2 } });
        let timer: NodeJS.Timeout | undefined;
        watcher.on('all', (event, path) => {
          ctx.out(`${event} ${path}`);
          clearTimeout(timer);
          timer = setTimeout(() => void runner.run('watch', paths, { prune: true, queue: true }), SETTLE_MS);
        });
        watcher.on('error', (error) => ctx.err(`watch error: ${(error as Error).message}`));
        // Until its first scan is done, chokidar counts a new file as one it found there, and
        // ignoreInitial drops it: say "watching" only once a page added now is seen.
        await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
        ctx.out(`watching ${paths.join(', ')} for changes (Ctrl-C to stop)`);
        await ctx.untilStopped();
        clearTimeout(timer);
        await watcher.close();
        await runner.idle();
      } finally {
        await store.close();
      }
    });
}
