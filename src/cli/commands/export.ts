// newsgraph export [--out FILE]: the whole graph as JSON (nodes and relationships with their
// properties and evidence), for other tools or for an archive.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { exportGraph } from '../../graph/export-graph.js';
import { openStore } from '../../graph/open-store.js';
import { noticeTo, type CliContext } from '../context.js';

export function exportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write the whole graph as JSON: { nodes: [{id, label, properties}], relationships: [{type, source, target, properties}] }')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (opts: { out?: string; dataDir?: string }) => {
      const store = await openStore(loadConfig(ctx.env, { dataDir: opts.dataDir }), { notice: noticeTo(ctx), readOnlyWhenLocked: true });
      try {
        const graph = await exportGraph(store);
        const json = JSON.stringify(graph, null, 2);
        if (opts.out) {
          writeFileSync(opts.out, `${json}\n`);
          ctx.err(`exported ${graph.nodes.length} nodes and ${graph.relationships.length} relationships to ${opts.out}`);
        } else ctx.out(json);
      } finally {
        await store.close();
      }
    });
}
