// newsgraph extract FILE [--json]: what the pipeline reads out of one page, without storing it.
// FILE `-` reads stdin. With --json, stdout holds exactly one JSON document (design.md's contract).
import type { Command } from 'commander';
import { extractOptionsOf, loadConfig } from '../../config.js';
import { extractPage } from '../../extract/extract-page.js';
import { toExtractJson } from '../../extract/extract-json.js';
import { readSource, readStdin } from '../../ingest/read.js';
import { basename } from 'node:path';
import type { CliContext } from '../context.js';
import { pageArticles } from '../../ingest/page-articles.js';

export function extractCommand(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('print the entities and relations extracted from one page (FILE "-" reads stdin)')
    .argument('<file>', 'a page as UTF-8 text, or - for stdin')
    .option('--json', 'print the JSON document of the extract contract')
    .option('--aliases <file>', 'alias file: JSON of name → person name (env NEWSGRAPH_ALIASES, default ./aliases.json)')
    .option('--city <name>', 'city that 市委, 市政府 … refer to (default: inferred)')
    .option('--year <year>', 'year of dates printed without one (default: inferred)')
    .option('--date <YYYY-MM-DD>', 'day the pages were printed: the year of their dates, and 昨日 is the day before (env NEWSGRAPH_DATE)')
    .action(async (file: string, opts: { json?: boolean; city?: string; year?: string; date?: string; aliases?: string }) => {
      const config = loadConfig(ctx.env, opts);
      let page;
      if (file === '-') page = await readStdin();
      else {
        const read = await readSource(file, basename(file));
        if (!read.ok) throw read.error;
        page = read.page;
      }
      const json = toExtractJson(extractPage(pageArticles(page), { ...extractOptionsOf(config), date: config.date }));
      if (opts.json) {
        ctx.out(JSON.stringify(json, null, 2));
        return;
      }
      for (const a of json.articles) {
        const names = new Map(a.entities.map((e) => [e.id, e.name]));
        ctx.out(`# ${a.title}  (${a.date ?? 'no date'}; ${a.byline.join('、') || 'no byline'})`);
        for (const type of ['Person', 'Organization', 'Place', 'Meeting', 'Document']) {
          const of = a.entities.filter((e) => e.type === type).map((e) => e.name);
          if (of.length) ctx.out(`  ${type}: ${of.join('、')}`);
        }
        for (const r of a.relations) {
          if (r.type === 'REPORTS') continue;
          const title = typeof r.properties.title === 'string' ? ` (${r.properties.title})` : '';
          ctx.out(`  ${names.get(r.source) ?? r.source} -${r.type}-> ${names.get(r.target) ?? 'article'}${title}`);
        }
      }
    });
}
