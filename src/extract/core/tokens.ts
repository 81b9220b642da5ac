// nodejieba's words and part-of-speech tags, with their character offsets in the article text.
// The tokenizer is the floor everything stands on; recognisers use its tags as hints, not truth.
import type { ArticleDoc, Token } from './doc.js';
import { cutWords, tagOf } from './jieba-tags.js';

export function tokenize(text: string, offset = 0, words: readonly string[] = cutWords(text)): Token[] {
  // Each token made whole at once: offsets added to an object afterwards would grow it a second store.
  const tokens = new Array<Token>(words.length);
  let at = offset;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const end = at + word.length;
    tokens[i] = { word, tag: tagOf(word), start: at, end };
    at = end;
  }
  return tokens;
}

/** One call for the whole article (each call into nodejieba has a fixed cost that per-sentence calls
 * paid dozens of times); tokens that run over a sentence boundary are cut at it. */
export function tokens(doc: ArticleDoc): void {
  const all = tokenize(doc.text, 0, doc.words ?? undefined);
  // Read once: the page's other articles need not keep them alive.
  doc.words = null;
  const out: Token[] = [];
  let i = 0;
  for (const s of doc.sentences) {
    while (i < all.length && (all[i] as Token).end <= s.start) i++;
    for (let j = i; j < all.length && (all[j] as Token).start < s.end; j++) {
      const t = all[j] as Token;
      if (t.start >= s.start && t.end <= s.end) out.push(t);
      else {
        const start = Math.max(t.start, s.start);
        const end = Math.min(t.end, s.end);
        if (end > start) out.push({ word: doc.text.slice(start, end), tag: t.tag, start, end });
      }
    }
  }
  doc.tokens = out;
}

/** The number of items before the first whose start is at or past `at` (items in text order). */
export function countStartingBefore(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a token starts at the offset, by binary search. */
export function startsToken(tokens: Token[], at: number): boolean {
  const i = countStartingBefore(tokens, at);
  return i < tokens.length && (tokens[i] as Token).start === at;
}

/** Whether a token runs across the offset (starts before it and ends after it), by binary search:
 * tokens never overlap, so only the last one starting before the offset can. */
export function crossesToken(tokens: readonly Token[], at: number): boolean {
  const before = tokens[countStartingBefore(tokens, at) - 1];
  return before !== undefined && before.end > at;
}

/** The tokens inside [start, end), found by binary search: tokens are in text order, and filtering
 * the whole article per sentence made extraction quadratic in its length. */
export function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  const first = countStartingBefore(tokens, start);
  let stop = first;
  while (stop < tokens.length && (tokens[stop] as Token).end <= end) stop++;
  return tokens.slice(first, stop);
}
