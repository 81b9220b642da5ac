// The scorer seam: a candidate's score is the sum of the table's weights for the evidence it shows.
import { describe, expect, it } from 'vitest';
import { NAME_WEIGHTS } from '../../src/extract/lexicon/name-weights.js';
import { linearScorer, nameScorer } from '../../src/extract/people/scorer.js';

describe('the scorer', () => {
  it('sums the weights of the features shown, a valued feature weighted by its value', () => {
    expect(nameScorer.score(['jiebaName', 'strongAfter'])).toBe(NAME_WEIGHTS.jiebaName + NAME_WEIGHTS.strongAfter);
    expect(nameScorer.score([['surnameOdds', 4], ['givenOdds', 2]])).toBe(NAME_WEIGHTS.surnameOdds * 4 + NAME_WEIGHTS.givenOdds * 2);
    expect(nameScorer.score([])).toBe(0);
  });

  it('reads whatever table it is given, as a trained model would fill it', () => {
    const scorer = linearScorer({ a: 2, b: -1 });
    expect(scorer.score(['a', 'b', ['a', 3]])).toBe(2 - 1 + 6);
    expect(scorer.weight('b')).toBe(-1);
  });
});
