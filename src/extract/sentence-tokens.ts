// The tokens of one sentence, asked for by character: recognisers that look at every character
// (every surname of a sentence) would otherwise search the token list each time.
import type { Token } from './doc.js';

export class SentenceTokens {
  /** For each character of the sentence, the index of the token over it, or -1. */
  private readonly over: Int32Array;

  /** `tokens` carry offsets into the article; the sentence starts at `base` and is `length` long. */
  constructor(
    readonly tokens: readonly Token[],
    readonly base: number,
    length: number,
  ) {
    this.over = new Int32Array(length).fill(-1);
    tokens.forEach((t, k) => this.over.fill(k, Math.max(0, t.start - base), Math.min(length, t.end - base)));
  }

  /** The token over character `i` of the sentence. */
  at(i: number): Token | undefined {
    const k = i >= 0 && i < this.over.length ? (this.over[i] as number) : -1;
    return k >= 0 ? this.tokens[k] : undefined;
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
