// The tokens of one sentence, asked for by character: recognisers that look at every character
// (every surname of a sentence) would otherwise scan the token list each time.
import type { Token } from './doc.js';

export class SentenceTokens {
  /** `tokens` are in text order, do not overlap, and carry offsets into the article; the sentence
   * starts at `base`. */
  constructor(
    readonly tokens: readonly Token[],
    readonly base: number,
  ) {}

  /** The token over character `i` of the sentence, found by binary search. */
  at(i: number): Token | undefined {
    const offset = this.base + i;
    let lo = 0;
    let hi = this.tokens.length;
    // The first token that ends after the offset.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const t = this.tokens[lo];
    return t && t.start <= offset ? t : undefined;
  }

  /** Where a token starts in the sentence. */
  startOf(t: Token): number {
    return t.start - this.base;
  }

  /** Where a token ends in the sentence. */
  endOf(t: Token): number {
    return t.end - this.base;
  }
}
