// Where the evaluation finds its data by default: the gold and the seed pages of this checkout, and
// the People's Daily split beside the repository (it is never copied into it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_GOLD_DIR = join(ROOT, 'test', 'gold');
export const DEFAULT_PAGES_DIR = join(ROOT, 'seeds');
export const DEFAULT_GOLD_EN_DIR = join(ROOT, 'test', 'gold-en');
export const DEFAULT_PAGES_EN_DIR = join(ROOT, 'test', 'fixtures', 'english');
export const DEFAULT_PEOPLES_DAILY = join(ROOT, '..', 'shared', 'bench', 'peoples-daily-ner', 'dev.jsonl');
export const DEFAULT_DEV_CORPUS = join(ROOT, '..', 'shared', 'dev-corpus');
