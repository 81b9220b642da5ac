// Reporters named in a dateline or byline inside the text: 新华社记者X、Y报道, 本报记者X报道,
// …5月2日电（X、Y）. Between 记者 and 报道 news prints names and nothing else, so each piece of the
// list that opens with a surname is a name, whatever jieba makes of it (even a name it tags as a place).
import { NON_NAME_CODES } from '../lexicon/given-names.js';
import { COMPOUND_SURNAMES, SURNAME_CODES } from '../lexicon/surnames.js';
import { isCjkCode } from '../core/chars.js';
import { WordList } from '../core/word-list.js';

import type { FreeName } from '../people/free-names.js';

// What closes a byline's list of names; 、本报记者 hands over to the next byline.
const LIST_END = new WordList(['报道', '摄', '）', ')', '、本报', '、新华社', '、记者', '、通讯员', '、特约']);
// A byline is a fact stated by the paper: it outranks any other reading of its names.
const SCORE = 20;

/** The length of the name at `i` that ends where a list mark or the list's end stands, or 0. */
function nameLengthAt(text: string, i: number): number {
  const listed = COMPOUND_SURNAMES.has(text.slice(i, i + 2)) ? 2 : SURNAME_CODES.has(text.charCodeAt(i)) ? 1 : 0;
  // 记者眭晓峰报道: a rarer surname than the list holds still opens a three-character name, which
  // no time word (日前, 近日) before 报道 is.
  const surname = listed || (isCjkCode(text.charCodeAt(i)) && !NON_NAME_CODES.has(text.charCodeAt(i)) ? 1 : 0);
  if (!surname) return 0;
  for (let length = surname + 2; length > (listed ? surname : surname + 1); length--) {
    let cjk = true;
    for (let k = i + surname; k < i + length && cjk; k++) cjk = isCjkCode(text.charCodeAt(k));
    if (!cjk) continue;
    const after = i + length;
    if (text[after] === '、' || LIST_END.startsAt(text, after)) return length;
  }
  return 0;
}

/** The names of the list that starts at `from`, if the list closes as a byline does. */
function listAt(text: string, from: number): FreeName[] {
  const names: FreeName[] = [];
  for (let i = from; ; ) {
    const length = nameLengthAt(text, i);
    if (!length) return [];
    names.push({ start: i, end: i + length, name: text.slice(i, i + length), score: SCORE });
    if (LIST_END.startsAt(text, i + length)) return names;
    i += length + 1;
  }
}

function openingsAfter(text: string, marker: string, found: FreeName[]): void {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) found.push(...listAt(text, at + marker.length));
}

export function bylineNames(text: string): FreeName[] {
  const found: FreeName[] = [];
  openingsAfter(text, '记者', found);
  openingsAfter(text, '电（', found);
  return found;
}
