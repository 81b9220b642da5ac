// Post phrases in an English sentence: a head word (Mayor, Secretary, clerk), the words before it
// that belong to the post (Shanghai Party Secretary, deputy mayor, Planning and Building Director)
// and an "of/for" part after it (Mayor of Qingshan City, Commissioner for Works and Housing,
// Permanent Secretary, Ministry of Works). Which person a post belongs to is decided in attach.ts.
import nlp from 'compromise';
import {
  ABBREVIATED_MODIFIERS,
  BODY_END_WORDS,
  BODY_NAME_CAPS,
  DIVISION_WORDS,
  headWordOf,
  NOUN_PLURAL,
  GENERIC_HEADS,
  HEAD_PREPOSITIONS,
  POSSESSIVES,
  POST_BODY_CONTINUATION,
  POST_HEADS,
  POST_MODIFIER_PAIRS,
  POST_MODIFIERS,
  POST_TAILS,
  STANDING_WORDS,
} from './lexicon-posts.js';
import { isPinyinName } from './names.js';
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
  /** The "of" part ran into a name: "Mayor of Qingshan City Mo Hua" → where Mo Hua starts. */
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
const ABBREVIATED_BEFORE = new RegExp(`\\b(?:${ABBREVIATED_MODIFIERS.join('|')})\\. ?$`);
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

const headWord = (w: Word | undefined) => (w ? headWordOf(w.text) : '');

function headAt(words: Word[], i: number): (typeof HEADS)[number] | null {
  const candidates = HEADS_BY_FIRST.get(headWord(words[i]));
  return candidates?.find((h) => h.words.every((w, k) => headWord(words[i + k]) === w)) ?? null;
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
    // "University of Louisville president": a body named with "of" before the head.
    else if (w.text === 'of' && i < head && isCap(words[i]) && BODY_END_WORDS.has(words[i - 2]?.text ?? '')) i--;
    else if (i >= 2 && POST_MODIFIER_PAIRS.has(`${words[i - 2]?.text} ${w.text}`)) i -= 2;
    // Planning and Building Director: "and" joins two words of one post, not two posts.
    else if (lower === 'and' && i < head && isCap(words[i]) && isCap(words[i - 2]) && !isCap(words[i - 3]) && !headAt(words, i - 2) && !BODIES.has(words[i - 2]?.text ?? '')) i--;
    else break;
  }
  return i;
}

/** A lower-case body name in an "of" part: "municipal politics and law committee", "municipal
 * government", "(Jinpu) new district Party working committee". Returns the index after it, or `at`
 * when none ends within six words. */
function lowerBody(words: Word[], at: number): number {
  const opens = POST_MODIFIERS.has(words[at]?.text ?? '') || JOINERS.has(words[at - 1]?.text ?? '') || isCap(words[at - 1]);
  if (!opens || !/^[a-z]/.test(words[at]?.text ?? '') || JOINERS.has(words[at]?.text ?? '')) return at;
  // The last body word of the run ends it: "district talent work leading group", not "district".
  let end = at;
  for (let k = at; k < at + 6 && /^[A-Za-z][\w-]*$/.test(words[k]?.text ?? ''); k++) {
    const w = words[k]?.text ?? '';
    if ((LOWER_STOPS.has(w) && w !== 'and') || w === 'the' || (/^[A-Z]/.test(w) && !BODY_END_WORDS.has(w) && !BODY_NAME_CAPS.has(w))) break;
    // "district Party committee and secretary of …": a second post opens after "and".
    if (w === 'and' && endsAtAnd(words, k + 1)) break;
    if (BODY_END_WORDS.has(w[0]?.toUpperCase() + w.slice(1))) end = k + 1;
  }
  return end;
}


/** A body's name goes on at `k`: a capital, "the", "municipal Party …", a lower-case body name. */
const opensBody = (words: Word[], k: number) =>
  isCap(words[k]) || words[k]?.text === 'the' || (POST_MODIFIERS.has(words[k]?.text ?? '') && isCap(words[k + 1])) || lowerBody(words, k) > k;

/** What follows "and" is another person or post, not more of the body: "mayor of Qingshan and Lin
 * Hua, …", "Chairman of the Congress and Secretary of …". */
function endsAtAnd(words: Word[], i: number): boolean {
  const [a, b, c] = [words[i]?.text ?? '', words[i + 1]?.text ?? '', words[i + 2]?.text ?? ''];
  if (isPinyinName(`${a} ${b}`) || (isGivenName(a) && !PINYIN_SURNAMES.has(a) && CAP.test(b) && !BODY_END_WORDS.has(b) && !CAP.test(c))) return true;
  for (let k = i; k < i + 6 && (isCap(words[k]) || POST_MODIFIERS.has(words[k]?.text ?? '')); k++) if (headAt(words, k)) return true;
  // "secretary of the district committee and leader of the task force": a second post, its head in
  // lower case, opens right after "and" and takes an "of" part of its own.
  const head = headAt(words, i);
  return !!head && words[i + head.words.length]?.text === 'of';
}

/** The "of/for …" part after a head: capitalised words (with of/the/and/'s inside and lower-case
 * body words: "of the municipal Party committee"), or up to three lower-case words ("of the
 * committee", "of local government"). Returns the end word index. */
function ofPart(words: Word[], after: number, prepositions: readonly string[] = ['of', 'for']): number {
  const of = words[after];
  if (!of || !prepositions.includes(of.text)) return after;
  let i = after + 1;
  if (words[i]?.text === 'the') i++;
  const opened = i;
  for (;;) {
    const w = words[i]?.text ?? '';
    if (isCap(words[i]) || INITIAL.test(w) || (POST_MODIFIERS.has(w) && isCap(words[i + 1]))) i++;
    else if (JOINERS.has(w) && opensBody(words, i + 1) && !(w === 'and' && endsAtAnd(words, i + 1))) i++;
    // "secretary of Commission for Discipline Inspection": a body's name goes on with "for".
    else if (w === 'for' && i > opened && BODY_END_WORDS.has(words[i - 1]?.text ?? '') && isCap(words[i + 1])) i++;
    else if (lowerBody(words, i) > i) i = lowerBody(words, i);
    else break;
  }
  while (i > opened && JOINERS.has(words[i - 1]?.text ?? '')) i--;
  if (i > opened) return i;
  let n = 0;
  while (n < 3 && /^[a-z][\w-]*$/.test(words[i]?.text ?? '') && !LOWER_STOPS.has(words[i]?.text ?? '')) {
    // "convener of the executive chairmen of the presidium": a post inside takes its own "of" part.
    const inner = headAt(words, i);
    if (inner) return ofPart(words, i + inner.words.length);
    i++;
    n++;
  }
  return n ? i : after;
}

/** The parts after a head that some heads take besides "of": "in Bremen", "to the Governor on
 * Rural Roads". */
function placePart(words: Word[], after: number, head: string): number {
  const prepositions = HEAD_PREPOSITIONS.get(head);
  if (!prepositions) return after;
  let end = after;
  for (let next = ofPart(words, end, prepositions); next > end; next = ofPart(words, end, prepositions)) end = next;
  return end;
}

/** "Mayor Pro Tem": words after the head that stay in the post. */
function tailAt(words: Word[], i: number): number {
  const tail = POST_TAILS.find((t) => t.every((w, k) => words[i + k]?.text.toLowerCase() === w));
  return tail ? i + tail.length : i;
}

/** A given name compromise knows (Peter, Karen), or a pinyin surname opening a Chinese name. */
function isGivenName(word: string): boolean {
  return PINYIN_SURNAMES.has(word) || nlp(word).has('#FirstName');
}

/** Where a name starts inside an "of" part that ran into it: after the last word that ends a body,
 * else at the first initial, else a two-word name at the end ("of Portmere Karl Vance"). */
function gluedNameStart(words: Word[], from: number, to: number): number | null {
  const caps = words.slice(from, to);
  // An initial opens a name only when a name word follows it (Washington D.C. is a place).
  const initial = caps.findIndex((w, k) => INITIAL.test(w.text) && k + 1 < caps.length);
  if (initial > 0) return from + initial;
  let lastBody = -1;
  caps.forEach((w, k) => {
    if (BODY_END_WORDS.has(w.text) || JOINERS.has(w.text)) lastBody = k;
  });
  const tail = caps.slice(lastBody + 1);
  // "president of United Cities and Local Governments": the rest of a body's name, not a person's,
  // when it ends in a plural noun.
  const bodyTail = NOUN_PLURAL.test(tail.at(-1)?.text ?? '') && !isGivenName(tail[0]?.text ?? '');
  if (lastBody >= 0 && tail.length >= 2 && tail.length <= 3 && tail.every((w) => CAP.test(w.text)) && !bodyTail) return from + lastBody + 1;
  if (lastBody < 0 && caps.length >= 3 && isGivenName((caps[caps.length - 2] as Word).text)) return to - 2;
  return null;
}

/** "Commissioner Karachi Muhammad Iqbal Memon", "Deputy Commissioner Lahore District Ali Raza",
 * "Additional Deputy Commissioner General Attock Adnan Raja": the place of a post printed after its
 * head (after a portfolio word or two), as South Asian papers write it, then the holder's name with
 * no comma. The place must be a city compromise knows or the page's own (its
 * dateline's), and a name of two words must follow it. Returns where the name starts, or null. */
function placeThenName(words: Word[], headEnd: number, knownWords: ReadonlyArray<readonly string[]>): number | null {
  for (let at = headEnd; at <= headEnd + 2 && isCap(words[at]); at++) {
    const place = words[at] as Word;
    // The page's own place may be several words (Dera Ismail Khan).
    const written = knownWords.find((k) => k.every((w, i) => words[at + i]?.text === w));
    // A city compromise knows: a region or a place that is also a given name (Georgia, Chelsea) may
    // open the holder's name instead.
    const read = nlp(place.text);
    const length = written?.length ?? (read.has('#City') && !read.has('#FirstName') ? 1 : 0);
    if (!length) continue;
    const after = at + length + (DIVISION_WORDS.includes(words[at + length]?.text ?? '') ? 1 : 0);
    const gap = (k: number) => (words[k] as Word).start - (words[k - 1] as Word).end === 1;
    return isCap(words[after]) && isCap(words[after + 1]) && gap(after) && gap(after + 1) ? after : null;
  }
  return null;
}

/** The posts of a sentence; `places` are names the page says are places (its dateline's city), each
 * as its words. */
export function findPosts(text: string, places: ReadonlyArray<readonly string[]> = []): Post[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const posts: Post[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = headAt(words, i);
    if (!head) continue;
    const headWordsEnd = i + head.words.length;
    // Deputy Mayor, Vice Chairman: the last head of a run is the post's head.
    if (headAt(words, headWordsEnd)) continue;
    let headEnd = tailAt(words, headWordsEnd);
    const first = leftEdge(words, i);
    const ofFrom = headEnd + 1 + (words[headEnd + 1]?.text === 'the' ? 1 : 0);
    const ofEnd = placePart(words, ofPart(words, headEnd), head.singular);
    const glued = head.plural ? null : ofEnd > headEnd ? gluedNameStart(words, ofFrom, ofEnd) : placeThenName(words, headEnd, places);
    headEnd = glued ?? ofEnd;
    const abbreviated = ABBREVIATED_BEFORE.exec(text.slice(Math.max(0, (words[first] as Word).start - 8), (words[first] as Word).start));
    const start = (words[first] as Word).start - (abbreviated?.[0].length ?? 0);
    let end = (words[headEnd - 1] as Word).end;
    const continuation = head.plural ? null : POST_BODY_CONTINUATION.exec(text.slice(end));
    if (continuation) end += continuation[0].length;
    const headWord = words[headWordsEnd - 1] as Word;
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
      generic: GENERIC_HEADS.has(head.singular) && modifiers.length === 0 && ofEnd === headWordsEnd,
      possessive: POSSESSIVES.has(before),
      gluedName: glued === null ? null : (words[glued] as Word).start,
    });
    i = headEnd - 1;
  }
  return posts;
}
