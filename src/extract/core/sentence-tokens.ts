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

  /** Where the last token asked for stands: callers walk the sentence forward, so the token they
   * ask for next is mostly that one or the one after it. */
  private last = 0;

  /** The token over character `i` of the sentence. */
  at(i: number): Token | undefined {
    const offset = this.base + i;
    for (let k = this.last; k <= this.last + 1 && k < this.tokens.length; k++) {
      const t = this.tokens[k] as Token;
      if (t.start <= offset && offset < t.end) {
        this.last = k;
        return t;
      }
    }
    let lo = 0;
    let hi = this.tokens.length;
    // The first token that ends after the offset.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const t = this.tokens[lo];
    if (!t || t.start > offset) return undefined;
    this.last = lo;
    return t;
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
