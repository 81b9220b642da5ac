// newsgraph remove ARTICLE_ID…: deletes articles from the store, each with every fact it
// contributed and the entities only it mentioned, on either store. An id the store does not hold
// fails the command (exit 1) before anything is removed.
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openStore } from '../../graph/open-store.js';
import { removeArticles } from '../../graph/remove-articles.js';
import { noticeTo, type CliContext } from '../context.js';

export function removeCommand(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description('delete articles (art_… ids, as query articles lists them) with their facts and the entities only they mentioned; an article whose page is still in an ingested folder comes back on its next ingest')
    .argument('<article-ids...>', 'the ids of the articles to delete')
    .option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR)')
    .action(async (ids: string[], opts: { dataDir?: string }) => {
      const store = await openStore(loadConfig(ctx.env, { dataDir: opts.dataDir }), { notice: noticeTo(ctx) });
      try {
        const { removed, entities, relations } = await removeArticles(store, ids);
        for (const id of removed) ctx.out(`removed ${id} with its facts`);
        ctx.out(`store now holds ${entities} entities and ${relations} relationships`);
      } finally {
        await store.close();
      }
    });
}
