// Guards the figures `npm run eval` prints for the real articles kept with the project
// (test/real-news): every category's F1 stays at or above its floor. Floors are raised as
// extraction improves; no rule names these articles' people.
import { describe, expect, it } from 'vitest';
import { evaluateDevCorpus, type DevCategory } from '../../src/eval/dev-corpus.js';
import { DEFAULT_REAL_NEWS } from '../../src/eval/paths.js';
import { f1 } from '../../src/eval/scores.js';

const FLOORS: Record<DevCategory, number> = {
  persons: 0.96,
  reporters: 0.99,
  presided: 0.99,
  participants: 0.96,
  titles: 0.94,
  organizations: 0.56,
  places: 0.42,
  meetings: 0.55,
};

describe('extraction on the real articles kept with the project', () => {
  const result = evaluateDevCorpus(DEFAULT_REAL_NEWS);
  it('reads every article', () => {
    expect(result.articles).toBe(60);
  });
  it.each(Object.entries(FLOORS))('%s F1 stays at or above %d', (category, floor) => {
    expect(f1(result.ours[category as DevCategory])).toBeGreaterThanOrEqual(floor);
  });
});
