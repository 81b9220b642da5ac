// newsgraph repair: opens the embedded store keeping every sound article and journal entry, sets
// the damaged ones aside in side files, writes the store out whole, and says what it dropped. For a
// store that refuses to open because its journal or snapshot is damaged.
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { BadRequestError } from '../../errors.js';
import { createMemoryStore } from '../../graph/memory/memory-store.js';
import type { CliContext } from '../context.js';

export function repairCommand(program: Command, ctx: CliContext): void {
  program
    .command('repair')
    .description("repair the embedded store's data directory: keep every sound article, set damaged journal lines and snapshot articles aside, say what was dropped")
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (opts: { dataDir?: string }) => {
      const config = loadConfig(ctx.env, { dataDir: opts.dataDir });
      if (config.neo4j) throw new BadRequestError('store', 'repair works on the embedded store; Neo4j keeps its own transaction log (unset NEO4J_URI to repair the embedded store)');
      const store = await createMemoryStore({ dataDir: config.dataDir, repair: true });
      try {
        const { opened } = store;
        const articles = (await store.stats()).articles;
        const dropped = [
          ...opened.snapshotProblems,
          ...(opened.damagedLines.length ? [`dropped damaged journal line${opened.damagedLines.length > 1 ? 's' : ''} ${opened.damagedLines.join(', ')}`] : []),
          ...(opened.tornBytes ? [`cut a torn journal tail of ${opened.tornBytes} bytes (never acknowledged)`] : []),
        ];
        if (!dropped.length) {
          ctx.out(`${config.dataDir} is sound: ${articles} articles, nothing to repair`);
          return;
        }
        for (const line of dropped) ctx.out(line);
        if (opened.sideFiles.length) ctx.out(`what was set aside is kept in ${opened.sideFiles.join(', ')} in ${config.dataDir}`);
        ctx.out(`repaired ${config.dataDir}: ${articles} articles kept`);
      } finally {
        await store.close();
      }
    });
}
