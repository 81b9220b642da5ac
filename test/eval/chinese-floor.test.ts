// Guards the Chinese figures printed by `npm run eval`: every category's F1 on the seeds' hand gold
// stays at or above its floor (raised as extraction improves), and so does PER F1 on the People's
// Daily dev split where that benchmark is present beside the project.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { DEFAULT_GOLD_DIR, DEFAULT_PAGES_DIR, DEFAULT_PEOPLES_DAILY } from '../../src/eval/paths.js';
import { scorePeoplesDaily } from '../../src/eval/peoples-daily.js';
import { f1 } from '../../src/eval/scores.js';

const FLOORS = {
  persons: 0.98,
  reporters: 0.99,
  presided: 0.99,
  participants: 0.99,
  titles: 0.94,
  organizations: 0.6,
  places: 0.53,
  documents: 0.9,
  meetings: 0.88,
} as const;
const PEOPLES_DAILY_PER_FLOOR = 0.39;

describe('Chinese extraction against the seeds’ hand gold', () => {
  const result = evaluate(DEFAULT_GOLD_DIR, DEFAULT_PAGES_DIR);
  it.each(Object.entries(FLOORS))('%s F1 stays at or above %d', (category, floor) => {
    expect(f1(result.ours[category as keyof typeof FLOORS])).toBeGreaterThanOrEqual(floor);
  });
  it('pairs every gold article with an extracted one, and splits no page into more', () => {
    expect(result.articles.paired).toBe(result.articles.gold);
    expect(result.articles.extracted).toBe(result.articles.gold);
  });
  it('beats the jieba-tag baseline on persons, organisations and places', () => {
    for (const c of ['persons', 'organizations', 'places'] as const) expect(f1(result.ours[c])).toBeGreaterThan(f1(result.jieba[c]!));
  });
});

describe.skipIf(!existsSync(DEFAULT_PEOPLES_DAILY))('persons on the People’s Daily NER dev split', () => {
  it(`PER F1 stays at or above ${PEOPLES_DAILY_PER_FLOOR}`, () => {
    const result = scorePeoplesDaily(DEFAULT_PEOPLES_DAILY)!;
    expect(f1(result.ours)).toBeGreaterThanOrEqual(PEOPLES_DAILY_PER_FLOOR);
  });
});
