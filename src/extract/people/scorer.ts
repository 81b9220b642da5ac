// The scorer seam: a candidate is a list of the features it shows (with a value where the feature
// has one), and its score the sum of the table's weights for them. The table is data
// (lexicon/name-weights.ts), so a learned model changes the numbers, not this code.
import { NAME_WEIGHTS, type NameFeature } from '../lexicon/name-weights.js';

export type Evidence = Array<NameFeature | readonly [NameFeature, number]>;

export interface Scorer<F extends string> {
  weight(feature: F): number;
  score(evidence: Array<F | readonly [F, number]>): number;
}

export function linearScorer<F extends string>(weights: Readonly<Record<F, number>>): Scorer<F> {
  return {
    weight: (feature) => weights[feature],
    score(evidence) {
      let sum = 0;
      for (const e of evidence) sum += typeof e === 'string' ? weights[e] : weights[e[0]] * e[1];
      return sum;
    },
  };
}

export const nameScorer: Scorer<NameFeature> = linearScorer(NAME_WEIGHTS);
