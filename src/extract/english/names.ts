// Personal names as English prints them: capitalised words, initials before them (K.R. Arun,
// P.K Eze, V. Ravi Shankar, KR Arun), an honorific before it all (Dr. Ade Bello, Mr . Kola
// Ade) that is kept off the name. A pinyin name is a surname and a given name (Lin Hua Inspects →
// Lin Hua); a Cantonese one may add a hyphenated given name (Chan Siu Mei-ling).
import { CALENDAR_GIVEN_NAMES, NOT_NAME_WORDS, PINYIN_GIVEN, PINYIN_GIVEN_SHORT, PINYIN_SURNAMES, PLACES_LIKE_NAMES } from './lexicon.js';
import { BODY_END_WORDS, headWordOf, HONORIFIC_ALTERNATION, HONORIFICS, POST_HEADS, SHORT_POSTS } from './lexicon-posts.js';

/** A capitalised word; a double surname may be printed with a spaced dash ("Ann Roe –Bello"). */
// Letters with their accents, as names print them (Peña, Māori, Łukasz, Dvořák): Unicode's upper-
// and lower-case letters, so the expressions built on this word carry the u flag.
export const CAP_WORD = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:-\\p{L}\\p{Ll}+)*(?:(?: [–-]|[–-] )\\p{Lu}\\p{Ll}+)?";
/** Spaces between the words of a name, not those beside a spaced dash. */
const WORD_GAP = /(?<![–-]) (?![–-])/;
// Initials run together or spaced: K.R. Arun, P.K Eze, W. W. Amarasena, KR Arun.
const INITIALS = '(?:(?:[A-Z]\\. ?){1,3}|[A-Z]\\.[A-Z] |[A-Z]{2} )';
const HONORIFIC = `(?:${HONORIFIC_ALTERNATION})`;
/** Honorifics at a position: "Dr. ", "Mr . ", "Elder ", "Hon ". */
const HONORIFICS_AT = new RegExp(`(?:${HONORIFIC}(?: ?\\.)? )+`, 'y');
/** A middle initial inside a name: "Donald M. Dwyer", "Myrvi A. Fabia". */
const MIDDLE_INITIAL = /^[A-Z]\.$/;
/** Small words inside a name before its last part, in the languages English news prints names of:
 * Shan Vijayalal de Silva, Ursula von der Leyen, Anwar bin Ibrahim, Zainal Abidin bin Ali. */
const NAME_PARTICLES = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'ibni', 'ibn', 'al', 'el'];
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.join('|')})$`);
const NAME_AT = new RegExp(`${INITIALS}?${CAP_WORD}(?: (?:[A-Z]\\. |(?:${NAME_PARTICLES.join('|')}) (?:(?:${NAME_PARTICLES.join('|')}) )?)?${CAP_WORD}){0,3}`, 'yu');
const HEAD_WORDS = new Set(POST_HEADS.flatMap(([one, many]) => [one, many]).filter((h) => !h.includes(' ')));
const ACRONYMS = new Set(['CPC', 'PRC', 'LGA', 'MOU', 'USA', 'UK', 'US', 'EU', 'UN', 'NPC', 'TV', 'IAS', 'HKSAR', ...SHORT_POSTS]);

export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /** Where the honorific before the name starts, or the name's start. */
  from: number;
}

const WHOLE_WORD = new RegExp(`^${CAP_WORD}$`, 'u');
const isWordOk = (w: string, strong: boolean, first: boolean) =>
  WHOLE_WORD.test(w) && !HONORIFICS.has(w) && !SHORT_POSTS.has(w) && !HEAD_WORDS.has(headWordOf(w)) && !BODY_END_WORDS.has(w) && (!NOT_NAME_WORDS.has(w) || (strong && first && CALENDAR_GIVEN_NAMES.has(w)));

/** Cuts a run of capitalised words to the name it holds: valid words only, at most three (four after
 * a post), a pinyin name two (a third only when hyphenated, as Cantonese given names are). */
export function cutName(run: string, strong: boolean): string | null {
  const initials = /^(?:[A-Z]\.[A-Z] |(?:[A-Z]\. ?){1,3}|[A-Z]{2} )/.exec(run)?.[0] ?? '';
  if (initials && ACRONYMS.has(initials.trim())) return null;
  const words = run.slice(initials.length).split(WORD_GAP);
  const kept: string[] = [];
  // Four words only where the slot says a name stands ("Special Adviser, Ada Ngozi Bello Okafor").
  for (const [k, w] of words.entries()) {
    // A middle initial or a particle stands inside a name only before another word of it.
    const inner = MIDDLE_INITIAL.test(w) || PARTICLE.test(w);
    const nextInner = PARTICLE.test(words[k + 1] ?? '') && isWordOk(words[k + 2] ?? '', strong, false);
    if (inner && kept.length && k + 1 < words.length && (isWordOk(words[k + 1] as string, strong, false) || nextInner)) {
      kept.push(w);
      continue;
    }
    if (!isWordOk(w, strong, kept.length === 0) || kept.filter((x) => !MIDDLE_INITIAL.test(x) && !PARTICLE.test(x)).length === (strong ? 4 : 3)) break;
    kept.push(w);
  }
  // A pinyin name is two words (Lin Hua Inspects → Lin Hua); a pinyin surname before a given name
  // that is no pinyin opens a name of another tongue (Rao Atif Raza, Yang Dipertuan Besar).
  if (PINYIN_SURNAMES.has(kept[0] ?? '') && kept.length >= 3 && PINYIN_GIVEN.test(kept[1] ?? '')) kept.length = (kept[2] as string).includes('-') ? 3 : 2;
  if (!kept.length || (!initials && kept.length < 2 && !strong)) return null;
  const name = `${initials}${kept.join(' ')}`;
  return PLACES_LIKE_NAMES.has(name) ? null : name;
}

/** The honorifics at `pos`, as their length (0 when none). */
export function honorificsAt(text: string, pos: number): number {
  HONORIFICS_AT.lastIndex = pos;
  const m = HONORIFICS_AT.exec(text);
  // "Chief Secretary", "Gov. Obi": an honorific before a post word is part of the post.
  if (!m) return 0;
  const next = /^[A-Za-z-]+/.exec(text.slice(pos + m[0].length))?.[0] ?? '';
  return HEAD_WORDS.has(next.toLowerCase()) ? 0 : m[0].length;
}

/** The name at `pos` (after any honorifics). `strong`: the slot already says a name stands here
 * (after a post or an honorific), so a single word (a surname) or a calendar word may be one. */
export function nameAt(text: string, pos: number, strong = false): NameSpan | null {
  const skip = honorificsAt(text, pos);
  NAME_AT.lastIndex = pos + skip;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  const name = cutName(m[0], strong || skip > 0);
  if (!name) return null;
  // A name runs into no further capitalised word it could not take ("Lin Hua Inspects" is cut,
  // which is fine; "Hong Kong Special" is no name at all).
  return { start: m.index, end: m.index + name.length, name, from: pos };
}

/** A pinyin name: a known surname and a given name of pinyin syllables (Lin Hua, Ouyang Ming). */
export function isPinyinName(name: string): boolean {
  const [surname, given, third] = name.split(' ');
  return !PLACES_LIKE_NAMES.has(name) && PINYIN_SURNAMES.has(surname ?? '') && !!given && (PINYIN_GIVEN.test(given) || given.includes('-')) && (!third || third.includes('-'));
}


/** A pinyin name printed as one word, as some Chinese city sites print them: "Wangqiang",
 * "Liwei" (a known surname, then one or two syllables in lower case). Only a slot that holds a
 * person (a post after it, a listed name beside it) makes such a word a name: "Wuhan" is one too. */
export function isFusedPinyinName(word: string): boolean {
  if (PLACES_LIKE_NAMES.has(word) || NOT_NAME_WORDS.has(word) || !/^[A-Z][a-z]{2,10}$/.test(word)) return false;
  for (let k = 1; k <= Math.min(6, word.length - 2); k++) {
    if (PINYIN_SURNAMES.has(word.slice(0, k)) && PINYIN_GIVEN_SHORT.test(word.slice(k))) return true;
  }
  return false;
}

/** The word a lone mention of this person uses: the surname, first in Chinese names, last in others. */
export function surnameOf(name: string): string {
  const words = name.replace(/^[A-Z]\.[A-Z] |^(?:[A-Z]\.)+ ?|^[A-Z]{2} /, '').split(WORD_GAP);
  return (PINYIN_SURNAMES.has(words[0] as string) && words.length <= 3 ? words[0] : words.at(-1)) as string;
}
