// newsgraph eval [--gold DIR]: precision, recall and F1 per category against gold annotations,
// with the jieba-tag baseline beside, and persons on the People's Daily NER dev split.
import type { Command } from 'commander';
import { evaluate } from '../../eval/evaluate.js';
import { evaluateDevCorpus } from '../../eval/dev-corpus.js';
import { DEFAULT_CLUENER_DIR, DEFAULT_DEV_CORPUS, DEFAULT_GOLD_DIR, DEFAULT_GOLD_EN_DIR, DEFAULT_PAGES_DIR, DEFAULT_PAGES_EN_DIR, DEFAULT_PEOPLES_DAILY, DEFAULT_REAL_NEWS } from '../../eval/paths.js';
import { existsSync } from 'node:fs';
import { scorePeoplesDaily } from '../../eval/peoples-daily.js';
import { devCorpusJson, evalJson, formatDevCorpus, formatEval, formatMisses, formatPeoplesDaily, formatTagger, taggerJson } from '../../eval/report.js';
import { evaluateTaggerOnCluener, evaluateTaggerOnPeoplesDaily } from '../../eval/tagger-eval.js';
import { join } from 'node:path';
import type { CliContext } from '../context.js';

export function evalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description("score extraction against gold annotations (and persons on the People's Daily NER dev split)")
    .option('--gold <dir>', 'folder of gold JSON files', DEFAULT_GOLD_DIR)
    .option('--pages <dir>', 'folder holding the pages the gold files name', DEFAULT_PAGES_DIR)
    .option('--gold-en <dir>', 'folder of English gold JSON files', DEFAULT_GOLD_EN_DIR)
    .option('--pages-en <dir>', 'folder holding the English pages', DEFAULT_PAGES_EN_DIR)
    .option('--peoples-daily <file>', "People's Daily NER dev.jsonl (env NEWSGRAPH_PEOPLES_DAILY)")
    .option('--cluener <file>', 'CLUENER2020 dev.json, for the learned tagger (env NEWSGRAPH_CLUENER_DEV)')
    .option('--dev-corpus <dir>', 'folder of real articles with gold.json (env NEWSGRAPH_DEV_CORPUS)')
    .option('--real-news <dir>', "the project's own real articles with gold.json, in the dev corpus's format", DEFAULT_REAL_NEWS)
    .option('--json', 'print the scores as JSON')
    .option('--misses', 'also list, per gold article, the items found wrongly and the items missed')
    .action((opts: { gold: string; pages: string; goldEn: string; pagesEn: string; peoplesDaily?: string; cluener?: string; devCorpus?: string; realNews: string; json?: boolean; misses?: boolean }) => {
      const pdPath = opts.peoplesDaily ?? ctx.env.NEWSGRAPH_PEOPLES_DAILY ?? DEFAULT_PEOPLES_DAILY;
      const result = existsSync(opts.gold) ? evaluate(opts.gold, opts.pages) : null;
      const english = existsSync(opts.goldEn) ? evaluate(opts.goldEn, opts.pagesEn) : null;
      const pd = scorePeoplesDaily(pdPath);
      const devPath = opts.devCorpus ?? ctx.env.NEWSGRAPH_DEV_CORPUS ?? DEFAULT_DEV_CORPUS;
      const dev = existsSync(devPath) ? evaluateDevCorpus(devPath) : null;
      const real = existsSync(opts.realNews) ? evaluateDevCorpus(opts.realNews) : null;
      const cluenerPath = opts.cluener ?? ctx.env.NEWSGRAPH_CLUENER_DEV ?? join(DEFAULT_CLUENER_DIR, 'dev.json');
      const taggerCluener = evaluateTaggerOnCluener(cluenerPath);
      const taggerPd = evaluateTaggerOnPeoplesDaily(pdPath);
      if (opts.json) {
        const tagger = { cluener: taggerJson(taggerCluener), peoplesDaily: taggerJson(taggerPd) };
        const json = { chinese: result && evalJson(result, pd), devCorpus: dev && devCorpusJson(dev), realNews: real && devCorpusJson(real), english: english && evalJson(english, null), tagger };
        ctx.out(JSON.stringify(json, null, 2));
        return;
      }
      ctx.out(result ? `Chinese gold (${opts.gold})\n${formatEval(result, pd, pdPath)}` : `no Chinese gold at ${opts.gold}\n${formatPeoplesDaily(pd, pdPath)}`);
      if (result && opts.misses) ctx.out(`\nMisses on the Chinese gold\n${formatMisses(result)}`);
      ctx.out(dev ? `\nDev corpus of real articles (${devPath})\n${formatDevCorpus(dev)}` : `\nno dev corpus at ${devPath} (set --dev-corpus)`);
      if (dev && opts.misses) ctx.out(`\nMisses on the dev corpus\n${formatMisses(dev)}`);
      if (real) ctx.out(`\nReal articles kept with the project (${opts.realNews})\n${formatDevCorpus(real)}`);
      if (real && opts.misses) ctx.out(`\nMisses on the real articles kept with the project\n${formatMisses(real)}`);
      if (english) ctx.out(`\nEnglish gold (${opts.goldEn})\n${formatEval(english, null, '').split('\n').filter((l) => !l.startsWith("People's Daily")).join('\n')}`);
      if (english && opts.misses) ctx.out(`\nMisses on the English gold\n${formatMisses(english)}`);
      ctx.out(`\nThe learned tagger: alone, combined with the rules (persons), and jieba's tags`);
      ctx.out(formatTagger('CLUENER2020 dev', taggerCluener, `not found at ${cluenerPath} (set --cluener)`));
      ctx.out(formatTagger("People's Daily NER dev split", taggerPd, `not found at ${pdPath} (set --peoples-daily)`));
    });
}
