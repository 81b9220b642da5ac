// A tagger's weights in use: each feature key's row of label scores, summed over a character's
// features, then the best sequence by Viterbi.
import type { Token } from '../core/doc.js';
import { FeatureIndex } from './feature-index.js';
import { FEATURES, sentenceFeatures } from './features.js';
import { LABELS, spansOf, type TaggedSpan } from './labels.js';
import type { WeightTable } from './table-codec.js';
import { viterbi } from './viterbi.js';

export class TaggerModel {
  private readonly index: FeatureIndex;
  /** The weights on a scale that makes them 16-bit integers: a row is half the bytes, so more of the
   * table stays in cache between the tagger's calls. The transitions are on the same scale. */
  private readonly weights: Int16Array;
  private readonly transitions: Float64Array;

  constructor(table: WeightTable) {
    this.index = new FeatureIndex(table.keys);
    let most = 0;
    for (const w of table.weights) most = Math.max(most, Math.abs(w));
    for (const w of table.transitions) most = Math.max(most, Math.abs(w));
    const scale = most > 0 ? 32767 / most : 1;
    this.weights = Int16Array.from(table.weights, (w) => Math.round(w * scale));
    this.transitions = Float64Array.from(table.transitions, (w) => w * scale);
  }

  /** The label scores of each character (n × LABELS). */
  emissions(features: Float64Array, n: number): Float64Array {
    const scores = new Float64Array(n * LABELS);
    const { index, weights } = this;
    for (let i = 0; i < n; i++) {
      const o = i * LABELS;
      for (let f = i * FEATURES; f < (i + 1) * FEATURES; f++) {
        const found = index.get(features[f] as number);
        if (found < 0) continue;
        const row = found * LABELS;
        for (let l = 0; l < LABELS; l++) scores[o + l] = (scores[o + l] as number) + (weights[row + l] as number);
      }
    }
    return scores;
  }

  labels(text: string, tokens: readonly Token[], base: number): Uint8Array {
    const n = text.length;
    return viterbi(this.emissions(sentenceFeatures(text, tokens, base), n), n, this.transitions);
  }

  /** The entities the tagger reads in `text` (offsets relative to it); `tokens` carry offsets from `base`. */
  spans(text: string, tokens: readonly Token[], base: number): TaggedSpan[] {
    return spansOf(this.labels(text, tokens, base));
  }
}
