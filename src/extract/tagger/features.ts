// The features the tagger reads at each character of a sentence, as numbers: a template's index
// times 2^48 plus what it saw (characters by code, jieba's word and tag by hash, the lexicons'
// verdicts). Numbers, not strings, because a sentence's features are made at every character of
// every article; one key is exact below 2^53, so no two templates share one.
import type { Token } from '../core/doc.js';
import { countStartingBefore } from '../core/tokens.js';
import { WordList } from '../core/word-list.js';
import { DIVISION_NAMES } from '../lexicon/divisions.js';
import { givenOddsAt, surnameOddsAt } from '../lexicon/name-model.js';
import { COMPOUND_SURNAMES, SURNAME_CODES } from '../lexicon/surnames.js';
import { POST_WORDS } from '../lexicon/title-words.js';

const T = 2 ** 48;
/** Before the sentence and after it: two codes that stand for no printed character. */
const BEFORE = 0xfffe;
const AFTER = 0xffff;

/** The templates, in the order their keys are laid out for each character. */
export const TEMPLATES = [
  'bias',
  'char', 'charBefore', 'charAfter', 'char2Before', 'char2After',
  'pairBefore', 'pairAfter', 'pair2Before', 'pair2After', 'around', 'triple',
  'wordShape', 'word', 'tagBefore', 'tagAfter',
  'surname', 'nameOdds', 'post', 'division', 'classes', 'wordBefore', 'wordAfter',
] as const;
export const FEATURES = TEMPLATES.length;

const POSTS = new WordList(POST_WORDS);
const DIVISIONS = new WordList(DIVISION_NAMES);
const COMPOUND_FIRSTS = new Set([...COMPOUND_SURNAMES].map((s) => s.charCodeAt(0)));

/** FNV-1a over a string's UTF-16 codes, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Digits are one character to the n-grams (2021年 and 1998年 look alike); letters fold to lower case. */
function folded(code: number): number {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 0x30;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0xff21 && code <= 0xff3a) return code - 0xff21 + 0x61;
  if (code >= 0xff41 && code <= 0xff5a) return code - 0xff41 + 0x61;
  return code === BEFORE || code === AFTER ? code - 2 : code;
}

/** A character's class: Han, digit, Latin letter, punctuation or space, other. */
function classOf(code: number): number {
  if (code === BEFORE || code === AFTER) return 0;
  if (code >= 0x4e00 && code <= 0x9fff) return 1;
  if (folded(code) === 0x30) return 2;
  const f = folded(code);
  if (f >= 0x61 && f <= 0x7a) return 3;
  if (code <= 0x40 || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff20) || code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d)) return 4;
  return 5;
}

/** Where a character stands in a word: 0 alone, 1 first, 2 inside, 3 last. */
const placeIn = (i: number, start: number, end: number): number => (end - start === 1 ? 0 : i === start ? 1 : i === end - 1 ? 3 : 2);

/** Marks, at each character, where it stands in the list's longest word covering it (4: none). */
function coverage(list: WordList, text: string): Uint8Array {
  const at = new Uint8Array(text.length).fill(4);
  for (let i = 0; i < text.length; i++) {
    const n = list.longestAt(text, i);
    if (n > 0) for (let k = i; k < i + n; k++) if (at[k] === 4 || n > 1) at[k] = placeIn(k, i, i + n);
  }
  return at;
}

/** What the features of a text are made from, kept between calls: the tagger is called on windows of
 * a dozen characters thousands of times an article set, and eight arrays made each time cost more
 * than reading the window. */
function buffers(size: number) {
  return {
    size,
    codes: new Uint16Array(size),
    // jieba's word at each character: its place in the word, its tag's hash, its hash, and the tags and words either side.
    place: new Uint8Array(size),
    tag: new Uint16Array(size),
    word: new Uint32Array(size),
    tagBefore: new Uint16Array(size),
    tagAfter: new Uint16Array(size),
    wordBefore: new Uint32Array(size),
    wordAfter: new Uint32Array(size),
  };
}
let scratch = buffers(256);

const bucket = (odds: number): number => Math.max(-8, Math.min(8, Math.round(odds))) + 8;

/**
 * The keys of every character of `text`, FEATURES of them each, in `out` (grown when too small).
 * `tokens` are jieba's words of the text, their offsets counted from `base`.
 */
export function sentenceFeatures(text: string, tokens: readonly Token[], base: number): Float64Array {
  const n = text.length;
  const out = new Float64Array(n * FEATURES);
  if (scratch.size < n + 4) scratch = buffers(2 * (n + 4));
  const { codes, place, tag, word, tagBefore, tagAfter, wordBefore, wordAfter } = scratch;
  for (const a of [place, tag, word, tagBefore, tagAfter, wordBefore, wordAfter]) a.fill(0, 0, n);
  codes[0] = BEFORE;
  codes[1] = BEFORE;
  for (let i = 0; i < n; i++) codes[i + 2] = folded(text.charCodeAt(i));
  codes[n + 2] = AFTER;
  codes[n + 3] = AFTER;
  // The text may be a window of a longer sentence: its words are read whole, as the sentence has
  // them, with the words either side of the window as their neighbours.
  let first = countStartingBefore(tokens, base);
  if (first > 0 && (tokens[first - 1] as Token).end > base) first--;
  const before = tokens[first - 1];
  let previousTag = before ? hash(before.tag) & 0xffff : 0xffff;
  let previousWord = before ? hash(before.word) : 0;
  for (let t = first; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.start - base >= n) break;
    const start = Math.max(0, token.start - base);
    const end = Math.min(n, token.end - base);
    const tagHash = hash(token.tag) & 0xffff;
    const wordHash = hash(token.word);
    const next = tokens[t + 1];
    const nextTag = next ? hash(next.tag) & 0xffff : 0xffff;
    const nextWord = next ? hash(next.word) : 0;
    for (let i = start; i < end; i++) {
      place[i] = placeIn(i + base, token.start, token.end);
      tag[i] = tagHash;
      word[i] = wordHash;
      tagBefore[i] = previousTag;
      tagAfter[i] = nextTag;
      wordBefore[i] = previousWord;
      wordAfter[i] = nextWord;
    }
    previousTag = tagHash;
    previousWord = wordHash;
  }
  const posts = coverage(POSTS, text);
  const divisions = coverage(DIVISIONS, text);
  for (let i = 0; i < n; i++) {
    const c = i + 2;
    const m2 = codes[c - 2] as number;
    const m1 = codes[c - 1] as number;
    const c0 = codes[c] as number;
    const p1 = codes[c + 1] as number;
    const p2 = codes[c + 2] as number;
    const code = text.charCodeAt(i);
    const surname = SURNAME_CODES.has(code) ? 1 : COMPOUND_FIRSTS.has(code) && COMPOUND_SURNAMES.has(text.slice(i, i + 2)) ? 2 : 0;
    const o = i * FEATURES;
    let t = 0;
    out[o + t] = t++ * T;
    out[o + t] = t++ * T + c0;
    out[o + t] = t++ * T + m1;
    out[o + t] = t++ * T + p1;
    out[o + t] = t++ * T + m2;
    out[o + t] = t++ * T + p2;
    out[o + t] = t++ * T + m1 * 0x10000 + c0;
    out[o + t] = t++ * T + c0 * 0x10000 + p1;
    out[o + t] = t++ * T + m2 * 0x10000 + m1;
    out[o + t] = t++ * T + p1 * 0x10000 + p2;
    out[o + t] = t++ * T + m1 * 0x10000 + p1;
    out[o + t] = t++ * T + (m1 * 0x10000 + c0) * 0x10000 + p1;
    out[o + t] = t++ * T + (place[i] as number) * 0x10000 + (tag[i] as number);
    out[o + t] = t++ * T + (word[i] as number) * 4 + (place[i] as number);
    out[o + t] = t++ * T + ((place[i] as number) * 0x10000 + (tag[i] as number)) * 0x10000 + (tagBefore[i] as number);
    out[o + t] = t++ * T + ((place[i] as number) * 0x10000 + (tag[i] as number)) * 0x10000 + (tagAfter[i] as number);
    out[o + t] = t++ * T + surname * 4 + (place[i] as number);
    out[o + t] = t++ * T + bucket(givenOddsAt(text, i)) * 32 + bucket(surnameOddsAt(text, i));
    out[o + t] = t++ * T + (posts[i] as number);
    out[o + t] = t++ * T + (divisions[i] as number);
    out[o + t] = t++ * T + classOf(m1) * 64 + classOf(c0) * 8 + classOf(p1);
    out[o + t] = t++ * T + (wordBefore[i] as number) * 4 + (place[i] as number);
    out[o + t] = t++ * T + (wordAfter[i] as number) * 4 + (place[i] as number);
  }
  return out;
}
