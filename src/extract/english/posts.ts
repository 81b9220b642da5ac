// Post phrases in an English sentence: a head word (Mayor, Secretary, clerk), the words before it
// that belong to the post (Shanghai Party Secretary, deputy mayor, Planning and Building Director)
// and an "of/for" part after it (Mayor of Linyi City, Commissioner for Works and Housing,
// Permanent Secretary, Ministry of Works). Which person a post belongs to is decided in attach.ts.
import nlp from 'compromise';
import { BODY_END_WORDS, GENERIC_HEADS, STANDING_WORDS, POSSESSIVES, POST_BODY_CONTINUATION, POST_HEADS, POST_MODIFIERS, POST_MODIFIER_PAIRS } from './lexicon-posts.js';
import { NOT_NAME_WORDS, PINYIN_SURNAMES } from './lexicon.js';

export interface Post {
  start: number;
  end: number;
  /** The post as written, plural heads made singular ("Provincial leaders" → "Provincial leader"). */
  text: string;
  plural: boolean;
  /** Only a generic head and nothing to tell the post by ("members"): no title. */
  generic: boolean;
  /** After his/her/its: a relation ("his deputy"), no title. */
  possessive: boolean;
  /** The "of" part ran into a name: "Mayor of Linyi City Meng Qingbin" → where Meng Qingbin starts. */
  gluedName: number | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /(?:[A-Z]\.){2,}|[A-Z]\.[A-Z](?![a-z])|[A-Z]\.(?= [A-Z])|[A-Za-z][\w'’-]*|[^\s\w]/g;
const HEADS = POST_HEADS.flatMap(([one, many]) => [
  { words: one.split(' '), singular: one, plural: false },
  { words: many.split(' '), singular: one, plural: true },
]).sort((a, b) => b.words.length - a.words.length);
const CAP = /^[A-Z][\w'’.-]*$/;
const STOP_CAPS = new Set([...NOT_NAME_WORDS].filter((w) => !BODY_END_WORDS.has(w) && !['Party', 'Municipal', 'People', 'Congress', 'Standing', 'Ward', 'CPC', 'Communist', 'Chinese', 'Council', 'Hall', 'House', 'Assembly', 'Committee'].includes(w)));
const BODIES = new Set(['Council', 'Committee', 'Government', 'Congress', 'Assembly', 'Board', 'Commission', 'Department', 'Ministry']);
/** Small words inside a body's name (People's Congress of the Province) and words that end a
 * lower-case "of" part ("Chairman of the committee and …"). */
const JOINERS = new Set(['of', 'the', 'and']);
const LOWER_STOPS = new Set(['and', 'or', 'to', 'in', 'on', 'at', 'who', 'which', 'that', 'was', 'is']);
const INITIAL = /^(?:[A-Z]\.)+[A-Z]?$|^[A-Z]\.[A-Z]$/;

/** Heads by their first word, longest first. */
const HEADS_BY_FIRST = new Map<string, typeof HEADS>();
for (const h of HEADS) HEADS_BY_FIRST.set(h.words[0] as string, [...(HEADS_BY_FIRST.get(h.words[0] as string) ?? []), h]);

function headAt(words: Word[], i: number): (typeof HEADS)[number] | null {
  const candidates = HEADS_BY_FIRST.get(words[i]?.text.toLowerCase() ?? '');
  return candidates?.find((h) => h.words.every((w, k) => words[i + k]?.text.toLowerCase() === w)) ?? null;
}

const isCap = (w: Word | undefined) => !!w && CAP.test(w.text) && !STOP_CAPS.has(w.text);

/** Extends a post to the left of its head over the words that belong to it. */
function leftEdge(words: Word[], head: number): number {
  let i = head;
  while (i > 0) {
    const w = words[i - 1] as Word;
    const lower = w.text.toLowerCase();
    // "Returning Council member Jo Lane": a word on the holder's standing, capitalised as it opens the sentence.
    if (STANDING_WORDS.has(lower)) break;
    if (isCap(w) || INITIAL.test(w.text) || POST_MODIFIERS.has(w.text)) i--;
    else if (i >= 2 && POST_MODIFIER_PAIRS.has(`${words[i - 2]?.text} ${w.text}`)) i -= 2;
    // Planning and Building Director: "and" joins two words of one post, not two posts.
    else if (lower === 'and' && i < head && isCap(words[i]) && isCap(words[i - 2]) && !isCap(words[i - 3]) && !headAt(words, i - 2) && !BODIES.has(words[i - 2]?.text ?? '')) i--;
    else break;
  }
  return i;
}

/** The "of/for …" part after a head: capitalised words (with of/the/and/'s inside), or up to three
 * lower-case words ("of the committee", "of local government"). Returns the end word index. */
function ofPart(words: Word[], after: number): number {
  const of = words[after];
  if (!of || !['of', 'for'].includes(of.text)) return after;
  let i = after + 1;
  if (words[i]?.text === 'the') i++;
  if (isCap(words[i])) {
    while (isCap(words[i]) || INITIAL.test(words[i]?.text ?? '') || (JOINERS.has(words[i]?.text ?? '') && (isCap(words[i + 1]) || words[i + 1]?.text === 'the'))) i++;
    return i;
  }
  let n = 0;
  while (n < 3 && /^[a-z][\w-]*$/.test(words[i]?.text ?? '') && !LOWER_STOPS.has(words[i]?.text ?? '')) {
    i++;
    n++;
  }
  return n ? i : after;
}

/** A given name compromise knows (Peter, Karen), or a pinyin surname opening a Chinese name. */
function isGivenName(word: string): boolean {
  return PINYIN_SURNAMES.has(word) || nlp(word).has('#FirstName');
}

/** Where a name starts inside an "of" part that ran into it: after the last word that ends a body,
 * else at the first initial, else a two-word name at the end ("of Hamburg Peter Tschentscher"). */
function gluedNameStart(words: Word[], from: number, to: number): number | null {
  const caps = words.slice(from, to);
  // An initial opens a name only when a name word follows it (Washington D.C. is a place).
  const initial = caps.findIndex((w, k) => INITIAL.test(w.text) && k + 1 < caps.length);
  if (initial > 0) return from + initial;
  let lastBody = -1;
  caps.forEach((w, k) => {
    if (BODY_END_WORDS.has(w.text) || JOINERS.has(w.text)) lastBody = k;
  });
  if (lastBody >= 0 && caps.length - lastBody - 1 >= 2 && caps.length - lastBody - 1 <= 3) return from + lastBody + 1;
  if (lastBody < 0 && caps.length >= 3 && isGivenName((caps[caps.length - 2] as Word).text)) return to - 2;
  return null;
}

export function findPosts(text: string): Post[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const posts: Post[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = headAt(words, i);
    if (!head) continue;
    let headEnd = i + head.words.length;
    // Deputy Mayor, Vice Chairman: the last head of a run is the post's head.
    if (headAt(words, headEnd)) continue;
    const first = leftEdge(words, i);
    const ofFrom = headEnd + 1 + (words[headEnd + 1]?.text === 'the' ? 1 : 0);
    const ofEnd = ofPart(words, headEnd);
    const glued = ofEnd > headEnd && !head.plural ? gluedNameStart(words, ofFrom, ofEnd) : null;
    headEnd = glued ?? ofEnd;
    const start = (words[first] as Word).start;
    let end = (words[headEnd - 1] as Word).end;
    const continuation = head.plural ? null : POST_BODY_CONTINUATION.exec(text.slice(end));
    if (continuation) end += continuation[0].length;
    const headWord = words[i + head.words.length - 1] as Word;
    const singular = head.singular.split(' ').at(-1) as string;
    const cased = /^[A-Z]/.test(headWord.text) ? singular[0]?.toUpperCase() + singular.slice(1) : singular;
    const written = head.plural ? text.slice(start, headWord.start) + cased + text.slice(headWord.end, end) : text.slice(start, end);
    const before = words[first - 1]?.text.toLowerCase() ?? '';
    const modifiers = words.slice(first, i).filter((w) => !['new', 'other'].includes(w.text.toLowerCase()));
    posts.push({
      start,
      end,
      text: written,
      plural: head.plural,
      generic: GENERIC_HEADS.has(head.singular) && modifiers.length === 0 && ofEnd === i + head.words.length,
      possessive: POSSESSIVES.has(before),
      gluedName: glued === null ? null : (words[glued] as Word).start,
    });
    i = headEnd - 1;
  }
  return posts;
}
