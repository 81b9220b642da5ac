// The evaluation printed as a table: precision, recall and F1 per category, jieba's F1 beside.
import type { DevCorpusResult } from './dev-corpus.js';
import type { EvalResult } from './evaluate.js';
import type { PeoplesDailyResult } from './peoples-daily.js';
import { f1, precision, recall, type Score } from './scores.js';
import type { TaggerEval } from './tagger-eval.js';

const fmt = (n: number) => n.toFixed(3);
const row = (label: string, s: Score, base?: Score) =>
  `${label.padEnd(14)} ${fmt(precision(s))}  ${fmt(recall(s))}  ${fmt(f1(s))}   ${base ? fmt(f1(base)) : '  -  '}   (${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;

export function formatEval(result: EvalResult, pd: PeoplesDailyResult | null, pdPath: string): string {
  const lines = [
    `gold: ${result.pages} pages, ${result.articles.gold} articles (${result.articles.extracted} extracted, ${result.articles.paired} paired by headline)`,
    `${'category'.padEnd(14)} P      R      F1      jieba F1`,
    ...Object.entries(result.ours).map(([c, s]) => row(c, s, result.jieba[c as keyof typeof result.jieba])),
    '',
  ];
  lines.push(formatPeoplesDaily(pd, pdPath));
  return lines.join('\n');
}

/** The dev corpus's table: precision, recall and F1 per category (no jieba column: it names no roles). */
export function formatDevCorpus(result: DevCorpusResult): string {
  return [
    `gold: ${result.articles} articles, one per file`,
    `${'category'.padEnd(14)} P      R      F1`,
    ...Object.entries(result.ours).map(([c, s]) => row(c, s).replace(/ {3}- {2}/, '')),
  ].join('\n');
}

/** Per article and category, the items found but not in the gold (−) and the gold items missed (+). */
export function formatMisses(result: Pick<EvalResult, 'misses'>): string {
  const lines: string[] = [];
  for (const { headline, categories } of result.misses) {
    lines.push(headline);
    for (const [category, { wrong, missed }] of Object.entries(categories)) {
      if (wrong.length) lines.push(`  ${category.padEnd(14)} wrong:  ${wrong.join('  ')}`);
      if (missed.length) lines.push(`  ${category.padEnd(14)} missed: ${missed.join('  ')}`);
    }
  }
  return lines.join('\n');
}

export function formatPeoplesDaily(pd: PeoplesDailyResult | null, pdPath: string): string {
  if (!pd) return `People's Daily NER dev split: not found at ${pdPath} (set --peoples-daily)`;
  return `People's Daily NER dev split (${pd.sentences} sentences), persons by exact span:\n${row('PER', pd.ours, pd.jieba)}`;
}

const scores = (s: Score) => ({ precision: precision(s), recall: recall(s), f1: f1(s), ...s });

export function devCorpusJson(result: DevCorpusResult) {
  return { articles: result.articles, ours: Object.fromEntries(Object.entries(result.ours).map(([c, s]) => [c, scores(s)])) };
}

export function evalJson(result: EvalResult, pd: PeoplesDailyResult | null) {
  return {
    articles: result.articles,
    ours: Object.fromEntries(Object.entries(result.ours).map(([c, s]) => [c, scores(s)])),
    jieba: Object.fromEntries(Object.entries(result.jieba).map(([c, s]) => [c, scores(s as Score)])),
    peoplesDaily: pd ? { sentences: pd.sentences, ours: scores(pd.ours), jieba: scores(pd.jieba) } : null,
  };
}

/** The tagger's table: per type its P, R and F1 alone, and the F1 of the rules combined with it and of jieba's tags. */
export function formatTagger(title: string, result: TaggerEval | null, missing: string): string {
  if (!result) return `${title}: ${missing}`;
  const f = (s: Score | null) => (s ? fmt(f1(s)) : '  -  ');
  return [
    `${title} (${result.sentences} sentences), by exact span`,
    `${'type'.padEnd(14)} P      R      F1      combined F1   jieba F1`,
    ...Object.entries(result.types).map(([type, s]) => `${type.padEnd(14)} ${fmt(precision(s.tagger))}  ${fmt(recall(s.tagger))}  ${fmt(f1(s.tagger))}   ${f(s.combined)}         ${f(s.jieba)}`),
  ].join('\n');
}

export function taggerJson(result: TaggerEval | null) {
  if (!result) return null;
  return { sentences: result.sentences, types: Object.fromEntries(Object.entries(result.types).map(([t, s]) => [t, { tagger: scores(s.tagger), combined: s.combined && scores(s.combined), jieba: s.jieba && scores(s.jieba) }])) };
}
