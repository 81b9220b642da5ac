// Japanese names (宫泽正雄, 山口健太郎, and the surname alone: 小渊首相, 小渊还表示): a Japanese family
// name from the list and a given name of one to three characters, or the family name alone before a
// post or a speech verb, as the press refers to Japanese people. Many family names are also words or
// places (田中, 中村), so a cue before or after is always asked for.
import { JAPANESE_SURNAMES } from '../lexicon/japanese-surnames.js';
import { LEFT_CUE, POST_END, STRONG_AFTER, STRONG_BEFORE } from './name-context.js';
import { isCjkCode } from '../core/chars.js';
import { followsName } from './names.js';
import { NON_NAME_CODES } from '../lexicon/given-names.js';
import type { SentenceTokens } from '../core/sentence-tokens.js';
import { WordList } from '../core/word-list.js';

import type { FreeName } from './free-names.js';

const SURNAMES = new WordList(JAPANESE_SURNAMES);
const MAX_GIVEN = 3;
// Above a Chinese reading of the same characters (宫泽 opens with the surname 宫).
const SCORE = 7;

const cueBefore = (text: string, i: number): boolean =>
  i === 0 || !isCjkCode(text.charCodeAt(i - 1)) || STRONG_BEFORE.endsAt(text, i) || LEFT_CUE.endsAt(text, i) || POST_END.endsAt(text, i);

/** Where the given name after the family name ending at `from` ends, or `from` when none reads. */
function givenEnd(text: string, tokens: SentenceTokens, start: number, from: number): number {
  // jieba's dictionary often holds a whole name as one word.
  const word = tokens.at(start);
  if (word && tokens.startOf(word) === start) {
    const end = tokens.endOf(word);
    if (end > from && end - from <= MAX_GIVEN) return end;
  }
  // Otherwise the given name runs to the first word that follows names (山口健太郎等人).
  let k = from;
  // 小渊首相: a post ends it too (a word, not a one-character cue like 正, which 正雄 opens with).
  const ends = (i: number) => followsName(text, i) || STRONG_AFTER.longestAt(text, i) >= 2;
  while (k < text.length && k - from < MAX_GIVEN && isCjkCode(text.charCodeAt(k)) && !NON_NAME_CODES.has(text.charCodeAt(k)) && !ends(k)) k++;
  // 小渊坦率地: the given name ends where a word of jieba's ends, not inside one.
  const last = tokens.at(k - 1);
  return k > from && ends(k) && last && tokens.endOf(last) === k ? k : from;
}

export function japaneseNames(text: string, tokens: SentenceTokens): FreeName[] {
  const found: FreeName[] = [];
  for (let i = 0; i < text.length; i++) {
    const surname = SURNAMES.longestAt(text, i);
    if (!surname) continue;
    const from = i + surname;
    const end = givenEnd(text, tokens, i, from);
    if (end > from && (cueBefore(text, i) || STRONG_AFTER.startsAt(text, end))) {
      found.push({ start: i, end, name: text.slice(i, end), score: SCORE });
      continue;
    }
    // 小渊首相, 小渊还表示: the family name alone. 山下的村庄: 的 follows places and things as well,
    // so it tells nothing here.
    if (STRONG_AFTER.startsAt(text, from) || (text[from] !== '的' && followsName(text, from) && cueBefore(text, i))) {
      const word = tokens.at(i);
      if (word && tokens.startOf(word) === i && tokens.endOf(word) === from) found.push({ start: i, end: from, name: text.slice(i, from), score: SCORE });
    }
  }
  return found;
}
