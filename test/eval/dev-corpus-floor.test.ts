// Guards the figures `npm run eval` prints for the dev corpus of real articles (read in place beside
// the repository, never copied in): every category's F1 stays at or above its floor. Floors are
// raised as extraction improves; the corpus is for measuring, so no rule names its people.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDevCorpus, type DevCategory } from '../../src/eval/dev-corpus.js';
import { DEFAULT_DEV_CORPUS } from '../../src/eval/paths.js';
import { f1 } from '../../src/eval/scores.js';

const FLOORS: Record<DevCategory, number> = {
  persons: 0.975,
  reporters: 0.99,
  presided: 0.97,
  participants: 0.955,
  titles: 0.91,
  organizations: 0.6,
  places: 0.54,
  meetings: 0.54,
};

const present = existsSync(DEFAULT_DEV_CORPUS);

describe.skipIf(!present)('extraction on the dev corpus of real articles', () => {
  // The describe body runs even when skipped: the corpus is read only where it is.
  const result = present ? evaluateDevCorpus(DEFAULT_DEV_CORPUS) : null;
  it.each(Object.entries(FLOORS))('%s F1 stays at or above %d', (category, floor) => {
    expect(f1(result!.ours[category as DevCategory])).toBeGreaterThanOrEqual(floor);
  });
});
