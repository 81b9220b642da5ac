// A surname alone standing for a person, as Chinese addresses people: 吴先生, 陈老师, 王局长, 胡老,
// 老于, 小李, 郑某. The surname is the name the text gives; the honorific is not part of it.
import { surnameOdds } from '../lexicon/name-model.js';
import { SURNAME_CODES } from '../lexicon/surnames.js';
import { CodeSet } from '../core/code-set.js';
import { WordList } from '../core/word-list.js';
import { followsName } from './names.js';
import type { SentenceTokens } from '../core/sentence-tokens.js';

import type { FreeName } from './free-names.js';

const ADDRESS_TERMS = [
  '先生', '女士', '小姐', '老师', '教授', '师傅', '大娘', '大爷', '大妈', '大婶', '阿姨', '大姐', '大哥', '大嫂', '老汉', '老太', '老人', '医生',
  '大夫', '同志', '总书记', '主席', '总理', '副总理', '外长', '部长', '副部长', '省长', '副省长', '市长', '副市长', '县长', '副县长', '局长',
  '副局长', '书记', '厂长', '院长', '校长', '主任', '经理', '队长', '科长', '处长', '所长', '站长', '村长', '乡长', '镇长', '区长', '大使',
  '委员长',
];
/** A form of address after a surname (李老师, 王局长): it is not the given name of a full one. */
export const ADDRESS_AFTER_SURNAME = new WordList(ADDRESS_TERMS);
// Sticky, read right after the surname without slicing the rest of the sentence off.
const HONORIFIC = new RegExp(`(${ADDRESS_TERMS.join('|')}|老|某|家|总(?=[，。、说])|工(?=[，。、说]))`, 'y');
// The characters an honorific may open with: most surname characters are followed by none of them.
const HONORIFIC_OPENINGS = new CodeSet([...ADDRESS_TERMS.map((t) => t[0] as string), '老', '某', '家', '总', '工']);
const FAMILIAR = new CodeSet(['老', '小']);
const NUMERALS = new CodeSet([...'一二三四五六七八九十两几多每'.split(''), ...'0123456789'.split('')]);
// A surname this much likelier to open a name than to stand in a word reads as one when addressed.
const MIN_SURNAME_ODDS = 1;
const SCORE = 8;

export function surnameAddresses(text: string, tokens: SentenceTokens): FreeName[] {
  const found: FreeName[] = [];
  const tokenAt = (i: number) => tokens.at(i);
  const endOf = (i: number) => {
    const t = tokens.at(i);
    return t ? tokens.endOf(t) : undefined;
  };
  for (let i = 0; i < text.length; i++) {
    if (!SURNAME_CODES.has(text.charCodeAt(i))) continue;
    const c = text[i] as string;
    if (surnameOdds(c) < MIN_SURNAME_ODDS) continue;
    const token = tokenAt(i);
    HONORIFIC.lastIndex = i + 1;
    const honorific = HONORIFIC_OPENINGS.has(text.charCodeAt(i + 1)) ? HONORIFIC.exec(text) : null;
    if (honorific) {
      // 全市长期 is 全市 + 长期: the surname must stand alone or with its honorific as jieba reads it.
      const tokenEnd = token && tokens.endOf(token);
      const alone = token && tokens.startOf(token) === i && (tokenEnd === i + 1 || tokenEnd === i + 1 + honorific[0].length);
      const opens = i === 0 || !/[\u4e00-\u9fff]/.test(text[i - 1] as string) || endOf(i - 1) === i;
      // 两任县长: after a numeral the character is a measure word, not a surname.
      if (alone && opens && !(i > 0 && NUMERALS.has(text.charCodeAt(i - 1)))) found.push({ start: i, end: i + 1, name: c, score: SCORE, bare: true });
      continue;
    }
    // 老于, 小李: a familiar address, followed by what follows names.
    if (i > 0 && FAMILIAR.has(text.charCodeAt(i - 1)) && followsName(text, i + 1)) {
      const pair = tokenAt(i - 1);
      const before = text[i - 2];
      // 老师, 老乡: a word of the dictionary, not an address (老于 is none).
      const word = pair && tokens.endOf(pair) === i + 1 && pair.tag !== 'x' && !pair.tag.startsWith('nr');
      if (pair && !word && tokens.startOf(pair) === i - 1 && tokens.endOf(pair) <= i + 1 && (before === undefined || !/[\u4e00-\u9fff]/.test(before) || endOf(i - 2) === i - 1)) {
        found.push({ start: i, end: i + 1, name: c, score: SCORE - 1, bare: true });
      }
    }
  }
  return found;
}
