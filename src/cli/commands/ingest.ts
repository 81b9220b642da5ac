// newsgraph ingest PATH…: reads pages into the store, a progress bar while it runs, a summary after.
import type { Command } from 'commander';
import { loadAliases } from '../../extract/aliases.js';
import { loadConfig } from '../../config.js';
import { ingestPaths, type IngestSummary } from '../../graph/ingest-run.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import type { ExtractOptions } from '../../extract/extract-page.js';
import { createProgress } from '../progress.js';
import { formatSummary } from '../summary.js';
import { exitCode, type CliContext } from '../context.js';

export async function ingestWithProgress(store: GraphStore, paths: string[], extract: ExtractOptions): Promise<IngestSummary> {
  const progress = createProgress();
  try {
    return await ingestPaths(store, paths, { extract, onFiles: (n) => progress.start(n), onFile: (p) => progress.tick(p) });
  } finally {
    progress.stop();
  }
}

export function ingestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read pages (files or folders) into the store; unchanged articles are skipped')
    .argument('<paths...>', 'files or folders of newspaper pages (UTF-8 text)')
    .option('--aliases <file>', 'alias file: JSON of name → person name (env NEWSGRAPH_ALIASES, default ./aliases.json)')
    .option('--city <name>', 'city that 市委, 市政府 … refer to (default: inferred from each page)')
    .option('--year <year>', 'year of dates printed without one (default: inferred from each page)')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (paths: string[], opts: { city?: string; year?: string; dataDir?: string; aliases?: string }) => {
      const config = loadConfig(ctx.env, opts);
      const store = await openStore(config);
      try {
        const summary = await ingestWithProgress(store, paths, { city: config.city, year: config.year, aliases: loadAliases(config.aliasesFile, config.aliasesRequired) });
        ctx.out(formatSummary(summary));
        exitCode(ctx, summary.failures.length > 0 ? 1 : 0);
      } finally {
        await store.close();
      }
    });
}
