// newsgraph export [--format F] [--table T] [--out FILE]: the whole graph for other tools or an
// archive: JSON or JSON Lines (nodes and relationships with their properties and evidence), GEXF or
// GraphML for graph tools, or a CSV table (who attended which meeting, or who met whom how often).
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config.js';
import { exportGraph } from '../../graph/export-graph.js';
import { CSV_TABLES, EXPORT_FORMATS, formatGraph, type CsvTable, type ExportFormat } from '../../graph/export-formats.js';
import { openStore } from '../../graph/open-store.js';
import { noticeTo, type CliContext } from '../context.js';

export function exportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(
      'write the whole graph: json (default) or jsonl as { nodes: [{id, label, properties}], relationships: [{type, source, target, properties}] }, gexf or graphml for graph tools, or a csv table: attendance (meeting, date, person, role, order, evidence) or co-attendance (a matrix of shared meetings)',
    )
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).default('json'))
    .addOption(new Option('--table <table>', 'the csv table to write').choices(CSV_TABLES).default('attendance'))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (opts: { format: ExportFormat; table: CsvTable; out?: string; dataDir?: string }) => {
      const store = await openStore(loadConfig(ctx.env, { dataDir: opts.dataDir }), { notice: noticeTo(ctx), readOnlyWhenLocked: true });
      try {
        const graph = await exportGraph(store);
        const text = formatGraph(graph, opts.format, opts.table);
        if (opts.out) {
          writeFileSync(opts.out, text);
          const what = opts.format === 'csv' ? `the ${opts.table} table (${text.split('\r\n').length - 2} rows)` : `${graph.nodes.length} nodes and ${graph.relationships.length} relationships`;
          ctx.err(`exported ${what} to ${opts.out}`);
        } else ctx.out(text.replace(/\r?\n$/, ''));
      } finally {
        await store.close();
      }
    });
}
