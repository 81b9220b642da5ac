// Whether a candidate name is a foreign place or body, or cuts through one: 卢森堡 and 阿布贾 read as
// names by their characters, and 罗斯 is a surname and a given name inside 俄罗斯. A name that holds
// a place word whole (丹尼斯 holds 尼斯) is left alone.
import { FOREIGN_PLACE_WORDS } from '../lexicon/foreign-places.js';
import { WordList } from '../core/word-list.js';

const PLACES = new WordList(FOREIGN_PLACE_WORDS);
const LONGEST = FOREIGN_PLACE_WORDS.reduce((n, w) => Math.max(n, w.length), 0);

/** Asked only of candidates that passed their threshold, so a few trie walks each. */
export function isOrCutsPlace(text: string, start: number, end: number): boolean {
  // A place that starts with the candidate and is as long or longer: 卢森堡, 巴西 of 巴西利亚.
  if (PLACES.longestAt(text, start) >= end - start) return true;
  // A place that starts before the candidate and runs into it: 罗斯 of 俄罗斯.
  for (let j = Math.max(0, start - LONGEST + 1); j < start; j++) if (PLACES.longestAt(text, j) > start - j) return true;
  // A place that starts inside the candidate and runs past its end.
  for (let j = start + 1; j < end; j++) if (PLACES.longestAt(text, j) > end - j) return true;
  return false;
}
