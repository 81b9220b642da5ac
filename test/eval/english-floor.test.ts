// Guards the English figures printed by `npm run eval`: persons, presided and participants F1 on the
// English gold stay at or above their floor.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { DEFAULT_GOLD_EN_DIR, DEFAULT_PAGES_EN_DIR } from '../../src/eval/paths.js';
import { f1 } from '../../src/eval/scores.js';

const FLOORS = { persons: 0.9, reporters: 0.9, presided: 0.9, participants: 0.9, titles: 0.85, meetings: 0.85, documents: 0.9 } as const;

describe('English extraction against the English gold', () => {
  const result = evaluate(DEFAULT_GOLD_EN_DIR, DEFAULT_PAGES_EN_DIR);
  it.each(Object.entries(FLOORS))('%s F1 stays at or above %d', (category, floor) => {
    expect(f1(result.ours[category as keyof typeof FLOORS])).toBeGreaterThanOrEqual(floor);
  });
  it('pairs every gold article with an extracted one', () => {
    expect(result.articles.paired).toBe(result.articles.gold);
  });
});
