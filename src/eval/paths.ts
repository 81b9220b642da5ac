// Where the evaluation finds its data by default: the gold, the seed pages and the real articles of
// this checkout, and the People's Daily split and the dev corpus beside the repository (they are
// never copied into it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_GOLD_DIR = join(ROOT, 'test', 'gold');
export const DEFAULT_PAGES_DIR = join(ROOT, 'seeds');
export const DEFAULT_GOLD_EN_DIR = join(ROOT, 'test', 'gold-en');
export const DEFAULT_PAGES_EN_DIR = join(ROOT, 'test', 'fixtures', 'english');
export const DEFAULT_PEOPLES_DAILY = join(ROOT, '..', 'shared', 'bench', 'peoples-daily-ner', 'dev.jsonl');
/** CLUENER2020's training and dev sentences: the tagger learns from train.json, the eval reads dev.json. */
export const DEFAULT_CLUENER_DIR = join(ROOT, '..', 'shared', 'train', 'cluener2020');
export const DEFAULT_DEV_CORPUS = join(ROOT, '..', 'shared', 'dev-corpus');
/** Real articles kept with the project (test/real-news/README.md), in the dev corpus's format. */
export const DEFAULT_REAL_NEWS = join(ROOT, 'test', 'real-news');
