// newsgraph eval [--gold DIR]: precision, recall and F1 per category against gold annotations,
// with the jieba-tag baseline beside, and persons on the People's Daily NER dev split.
import type { Command } from 'commander';
import { evaluate } from '../../eval/evaluate.js';
import { DEFAULT_GOLD_DIR, DEFAULT_PAGES_DIR, DEFAULT_PEOPLES_DAILY } from '../../eval/paths.js';
import { scorePeoplesDaily } from '../../eval/peoples-daily.js';
import { evalJson, formatEval } from '../../eval/report.js';
import type { CliContext } from '../context.js';

export function evalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description("score extraction against gold annotations (and persons on the People's Daily NER dev split)")
    .option('--gold <dir>', 'folder of gold JSON files', DEFAULT_GOLD_DIR)
    .option('--pages <dir>', 'folder holding the pages the gold files name', DEFAULT_PAGES_DIR)
    .option('--peoples-daily <file>', "People's Daily NER dev.jsonl (env NEWSGRAPH_PEOPLES_DAILY)")
    .option('--json', 'print the scores as JSON')
    .action((opts: { gold: string; pages: string; peoplesDaily?: string; json?: boolean }) => {
      const pdPath = opts.peoplesDaily ?? ctx.env.NEWSGRAPH_PEOPLES_DAILY ?? DEFAULT_PEOPLES_DAILY;
      const result = evaluate(opts.gold, opts.pages);
      const pd = scorePeoplesDaily(pdPath);
      ctx.out(opts.json ? JSON.stringify(evalJson(result, pd), null, 2) : formatEval(result, pd, pdPath));
    });
}
