// A list of literal words looked up by position. A regex alternation of thousands of words (the
// gazetteer's names) makes V8 try every alternative at every position of the text, and a `(…)$`
// alternation tried on the text before a position scans all of it; a trie walks from the position
// only as far as some word still matches, usually a character or two.
import { CodeSet } from './code-set.js';

export interface WordMatch {
  index: number;
  word: string;
}

interface Node {
  /** By character code, so no one-character string is made for each step. */
  next: Map<number, Node>;
  /** A word ends here. */
  end: boolean;
}

const node = (): Node => ({ next: new Map(), end: false });


function insert(root: Node, word: string, step: 1 | -1): void {
  let at = root;
  for (let k = step > 0 ? 0 : word.length - 1; k >= 0 && k < word.length; k += step) {
    const c = word.charCodeAt(k);
    let child = at.next.get(c);
    if (!child) at.next.set(c, (child = node()));
    at = child;
  }
  at.end = true;
}

export class WordList {
  /** Words read from their first character, for what starts at a position. */
  private readonly forward = node();
  /** Words read from their last character, for what ends at a position. */
  private readonly backward = node();
  // Most positions of a text open (or close) no word: a bit test tells so before any map lookup.
  private readonly firsts = new CodeSet();
  private readonly lasts = new CodeSet();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      insert(this.forward, w, 1);
      insert(this.backward, w, -1);
      this.firsts.add(w.charCodeAt(0));
      this.lasts.add(w.charCodeAt(w.length - 1));
    }
  }

  /** The length of the longest word starting at `i`, or 0. */
  longestAt(text: string, i: number): number {
    if (i >= text.length || !this.firsts.has(text.charCodeAt(i))) return 0;
    let at: Node | undefined = this.forward;
    let longest = 0;
    for (let k = i; k < text.length; k++) {
      at = at.next.get(text.charCodeAt(k));
      if (!at) break;
      if (at.end) longest = k - i + 1;
    }
    return longest;
  }

  /** Whether a word starts at `i`: what `/^(…)/` tests on the text from `i`. */
  startsAt(text: string, i: number): boolean {
    if (i >= text.length || !this.firsts.has(text.charCodeAt(i))) return false;
    let at: Node | undefined = this.forward;
    for (let k = i; k < text.length; k++) {
      at = at.next.get(text.charCodeAt(k));
      if (!at) return false;
      if (at.end) return true;
    }
    return false;
  }

  /** Whether a word ends right before `end`: what `/(…)$/` tests on the text up to `end`. */
  endsAt(text: string, end: number): boolean {
    if (end <= 0 || !this.lasts.has(text.charCodeAt(end - 1))) return false;
    let at: Node | undefined = this.backward;
    for (let k = end - 1; k >= 0; k--) {
      at = at.next.get(text.charCodeAt(k));
      if (!at) return false;
      if (at.end) return true;
    }
    return false;
  }

  /** The length of the longest word ending right before `end`, or 0. */
  longestEndingAt(text: string, end: number): number {
    if (end <= 0 || !this.lasts.has(text.charCodeAt(end - 1))) return 0;
    let at: Node | undefined = this.backward;
    let longest = 0;
    for (let k = end - 1; k >= 0; k--) {
      at = at.next.get(text.charCodeAt(k));
      if (!at) break;
      if (at.end) longest = end - k;
    }
    return longest;
  }

  /** Every word that stands anywhere in the text, overlapping ones too (a word may repeat). */
  wordsIn(text: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!this.firsts.has(text.charCodeAt(i))) continue;
      let at: Node | undefined = this.forward;
      for (let k = i; k < text.length; k++) {
        at = at.next.get(text.charCodeAt(k));
        if (!at) break;
        if (at.end) found.push(text.slice(i, k + 1));
      }
    }
    return found;
  }

  /** The matches a global regex of the words, longest first, would give: leftmost, longest at
   * their position, none overlapping. */
  matches(text: string): WordMatch[] {
    const found: WordMatch[] = [];
    for (let i = 0; i < text.length; ) {
      const length = this.longestAt(text, i);
      if (length) {
        found.push({ index: i, word: text.slice(i, i + length) });
        i += length;
      } else i++;
    }
    return found;
  }
}
