import { describe, expect, it } from 'vitest';
import { compareSets, f1, precision, recall } from '../../src/eval/scores.js';

describe('scores', () => {
  it('counts right, wrong and missed items once each', () => {
    expect(compareSets(['a', 'b', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it.each([
    [{ tp: 8, fp: 2, fn: 0 }, 0.8, 1, 0.8889],
    [{ tp: 0, fp: 0, fn: 5 }, 1, 0, 0],
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
  ])('%j → P %d R %d F1 %d', (s, p, r, f) => {
    expect(precision(s)).toBeCloseTo(p, 4);
    expect(recall(s)).toBeCloseTo(r, 4);
    expect(f1(s)).toBeCloseTo(f, 4);
  });
});
