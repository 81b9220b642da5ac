// Foreign names whose parts are joined by a dot (汉斯·彼得森, 杰·卡特赖特), read by character from
// each dot outwards: jieba often cuts across such names, joining a last syllable to the word after
// it, so its tokens cannot mark their ends. A part runs over characters seen in transliteration and stops
// at a word that ends before names (部长, 研究员) or follows them (说, 在, 希望).
import { foreignOddsAt } from '../lexicon/name-model.js';
import { LEFT_CUE, NAMED_AFTER_PEOPLE, PLACE_BEFORE, POST_END, STRONG_AFTER, STRONG_BEFORE } from './name-context.js';
import { CodeSet } from '../core/code-set.js';
import { isCjkAt, JOINER_CODES } from '../core/chars.js';
import { followsName } from './names.js';

import type { FreeName } from './free-names.js';

// Thai and Burmese names use characters rarely seen elsewhere in transliteration, so
// a part takes anything but the likeliest word characters; the words around it mark its ends.
const MIN_ODDS = -2.5;
const MAX_PART = 7;
// A dot joins a name's parts far more often than anything else, so a joined name outranks any
// reading of a part of it as a Chinese name (杰 of 杰·卡特赖特 is a surname).
const SCORE = 20;
// 研究所伊·沃尔科娃: what ends the name of a body before the name.
const BODY_END = new CodeSet(['所', '院', '局', '会', '委', '厅', '处', '部', '国', '省', '市', '县', '区', '队', '社', '团', '司', '校']);

const fits = (text: string, i: number): boolean => {
  return isCjkAt(text, i) && foreignOddsAt(text, i) >= MIN_ODDS;
};
const cueEndsAt = (text: string, i: number): boolean =>
  BODY_END.has(text.charCodeAt(i - 1)) || STRONG_BEFORE.endsAt(text, i) || LEFT_CUE.endsAt(text, i) || POST_END.endsAt(text, i) || PLACE_BEFORE.endsAt(text, i);
const cueStartsAt = (text: string, i: number): boolean => STRONG_AFTER.startsAt(text, i) || followsName(text, i) || NAMED_AFTER_PEOPLE.startsAt(text, i);

/** Where the part ending right before the dot at `dot` starts (`dot` itself when there is none). */
function partBefore(text: string, dot: number): number {
  let k = dot;
  while (k > 0 && dot - k < MAX_PART && (k === dot || !cueEndsAt(text, k)) && fits(text, k - 1)) k--;
  return k;
}

/** Where the part starting at `from` ends (`from` itself when there is none). */
function partAfter(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from < MAX_PART && (k === from || !cueStartsAt(text, k)) && fits(text, k)) k++;
  return k;
}

function nextJoiner(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (JOINER_CODES.has(text.charCodeAt(i))) return i;
  return -1;
}

export function joinedNames(text: string): FreeName[] {
  const found: FreeName[] = [];
  // Most sentences hold no dot: one native search each tells so.
  if (text.indexOf('·') < 0 && text.indexOf('•') < 0 && text.indexOf('・') < 0) return found;
  for (let dot = nextJoiner(text, 0); dot >= 0; ) {
    const start = partBefore(text, dot);
    let end = dot;
    // 玛丽亚·费尔南达·埃斯皮诺萨: parts go on over every dot that has one after it.
    while (end < text.length && JOINER_CODES.has(text.charCodeAt(end))) {
      const next = partAfter(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    if (start < dot && end > dot && !NAMED_AFTER_PEOPLE.startsAt(text, end)) found.push({ start, end, name: text.slice(start, end), score: SCORE });
    dot = nextJoiner(text, Math.max(end, dot + 1));
  }
  return found;
}
