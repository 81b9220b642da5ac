// The corpora the benchmark runs on, generated once into bench/corpora/<articles> (git-ignored)
// and reused by later runs; a marker file says the folder is complete.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../generate-corpus.js';
import { ROOT } from './measure.js';

export const SEED = 7;

export function corpusDir(articles: number): string {
  const dir = join(ROOT, 'bench', 'corpora', String(articles));
  const marker = join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === `${articles} ${SEED}`) return dir;
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(articles, dir, SEED);
  writeFileSync(marker, `${articles} ${SEED}`);
  return dir;
}

/** Every page file under a corpus folder, in name order. */
export function pageFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (name.startsWith('.')) return [];
      return statSync(full).isDirectory() ? pageFiles(full) : [full];
    });
}
