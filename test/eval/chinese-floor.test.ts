// Guards the Chinese figures printed by `npm run eval`: every category's F1 on the seeds' gold stays
// at or above its floor, and person recognition on the People's Daily dev split (when that split is
// present beside the repository) stays at or above its own. Floors are raised as extraction improves.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { DEFAULT_GOLD_DIR, DEFAULT_PAGES_DIR, DEFAULT_PEOPLES_DAILY } from '../../src/eval/paths.js';
import { scorePeoplesDaily } from '../../src/eval/peoples-daily.js';
import { f1 } from '../../src/eval/scores.js';
import type { Category } from '../../src/eval/categories.js';

const FLOORS: Record<Category, number> = {
  persons: 0.98,
  reporters: 0.99,
  presided: 0.99,
  participants: 0.99,
  titles: 0.97,
  organizations: 0.85,
  places: 0.7,
  documents: 0.9,
  meetings: 0.95,
};

const PEOPLES_DAILY_PER_FLOOR = 0.835;

describe("Chinese extraction against the seeds' gold", () => {
  const result = evaluate(DEFAULT_GOLD_DIR, DEFAULT_PAGES_DIR);
  it.each(Object.entries(FLOORS))('%s F1 stays at or above %d', (category, floor) => {
    expect(f1(result.ours[category as Category])).toBeGreaterThanOrEqual(floor);
  });
  it('pairs every gold article with an extracted one', () => {
    expect(result.articles.paired).toBe(result.articles.gold);
  });
});

describe.skipIf(!existsSync(DEFAULT_PEOPLES_DAILY))("persons on the People's Daily NER dev split", () => {
  it(`PER F1 stays at or above ${PEOPLES_DAILY_PER_FLOOR}`, () => {
    const pd = scorePeoplesDaily(DEFAULT_PEOPLES_DAILY);
    expect(pd && f1(pd.ours)).toBeGreaterThanOrEqual(PEOPLES_DAILY_PER_FLOOR);
  });
});
