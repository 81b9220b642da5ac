// Where a name that ends in a head word (…有限公司, …委员会, …经开区) begins: left from the head over
// the words a name is made of, to a verb, a function word, a clause word or a mark. Bodies and
// zones share it.
import type { Token } from '../core/doc.js';
import { BODY_NAME_CONJUNCTIONS, BODY_NAME_WORDS } from '../lexicon/body-name-words.js';
import { MARKS, nameOpening } from '../core/name-edge.js';
import { division } from '../lexicon/divisions.js';

const STOP_TAGS = new Set(['v', 'vd', 'vg', 'ad', 'i', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'q', 'y', 'e', 'o', 'f', 'nr', 't']);
const NAME_WORDS = new Set(BODY_NAME_WORDS);
const CONJUNCTIONS = new Set(BODY_NAME_CONJUNCTIONS);
// 高新区, 经开区: jieba tags some districts as names of people; a division's suffix says what they are.
const DIVISION_WORD = /^[\u4e00-\u9fff]+[区县市省州镇乡村]$/;
// Words that open a clause, so a body name cannot run left over them: 由市教育局牵头, 会同南华大学.
export const CLAUSE_WORDS = new Set(['由', '对', '会同', '向', '在', '从', '与', '和', '及', '为', '被', '把', '将', '于', '给', '跟', '同', '经', '据', '让', '贯彻', '落实', '贯彻落实', '对标', '对表', '认真', '全省', '全市', '全国', '发展', '大赛', '活动', '会议', '本次', '落户', '入驻', '位于', '地处', '坐落',
  // 在签约仪式现场市委书记甲致辞, 会上县长乙指出: where the clause is, not a body's name.
  '现场', '会上', '会后', '期间', '其中', '此外']);

function isNameToken(t: Token): boolean {
  if (t.word === '（' || t.word === '）' || NAME_WORDS.has(t.word)) return true;
  if (t.word.length >= 2 && DIVISION_WORD.test(t.word) && !CLAUSE_WORDS.has(t.word)) return true;
  return /^[\u3400-\u9fffA-Za-z0-9]+$/.test(t.word) && !STOP_TAGS.has(t.tag) && !CLAUSE_WORDS.has(t.word);
}

/**
 * Whether the conjunction at tokens[i] joins two words of one body's name: 湖南省文化和旅游厅 opens
 * with a place right before the first word; 衡阳市和湖南省教育厅 is two places, and the run
 * (湖南省教育厅) already holds one.
 */
function joinsOneName(tokens: Token[], i: number, floor: number, runHasPlace: boolean): boolean {
  const before = tokens[i - 1];
  const place = tokens[i - 2];
  if (runHasPlace || !CONJUNCTIONS.has((tokens[i] as Token).word) || !before || !place || place.start < floor) return false;
  return isNameToken(before) && before.tag !== 'ns' && place.tag === 'ns';
}

/**
 * A word jieba took for a person's name that opens the clause right before the head: in
 * 、松木经开区调区调规 nothing can stand between a person and 经开区, so 松木 is the zone's name.
 */
function opensClause(tokens: Token[], i: number, floor: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  return t.tag === 'nr' && t.word.length === 2 && (!before || before.start < floor || MARKS.has(before.word));
}

/** Tags jieba gives the words of a firm's trade name (鑫诺/nz, 锐驰/x, 晟/g, 腾飞/nr, 优选/v). */
const TRADE_NAME_TAGS = new Set(['x', 'g', 'ag', 'n', 'nz', 'nr', 'j', 'a', 'v']);
const MOST_TRADE_NAME_WORDS = 3;

/**
 * A firm is named place, trade name, line of business, form (湖南 鑫诺优选 电子商务 有限公司, as
 * the rules for registering firms have it). jieba reads the trade name as words of any kind, and the
 * run stops at one it takes for a verb or a person (优选, 腾飞). From that word, up to three short
 * words back, a division's name opening the clause (after a mark, or first in the sentence) opens
 * the firm's name. Not so after a word (他在长沙创办…公司: the place is where it is done), nor with
 * a verb right before the head (长沙创办公司). The index of the token the name opens with, or -1.
 */
function tradeNameOpening(tokens: Token[], i: number, head: number, floor: number): number {
  const stop = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!(stop.tag.startsWith('v') || stop.tag === 'nr') || stop.word.length < 2 || !next || next.start >= head) return -1;
  const shortWord = (t: Token) => t.word.length <= 2 && /^[\u4e00-\u9fff]+$/.test(t.word) && TRADE_NAME_TAGS.has(t.tag) && !CLAUSE_WORDS.has(t.word);
  for (let k = i, words = 0; k >= 0 && words <= MOST_TRADE_NAME_WORDS; k--, words++) {
    const t = tokens[k] as Token;
    if (t.start < floor || !shortWord(t)) return -1;
    const place = tokens[k - 1];
    if (k < i && place && place.start >= floor && place.word.length >= 2 && (place.tag === 'ns' || division(place.word) !== undefined)) {
      const before = tokens[k - 2];
      return !before || before.start < floor || MARKS.has(before.word) ? k - 1 : -1;
    }
  }
  return -1;
}

/** Where the name whose head word starts at `head` begins: left over name words, to a verb or mark. */
export function nameRunStart(tokens: Token[], head: number, floor: number): number {
  let start = head;
  let i = tokens.findIndex((t) => t.start <= head && head < t.end);
  if (i < 0) return head;
  if ((tokens[i] as Token).start < head) start = (tokens[i] as Token).start;
  let first = i;
  let runHasPlace = false;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.start < floor || head - t.start > 24) break;
    if (!(isNameToken(t) || joinsOneName(tokens, i, floor, runHasPlace) || opensClause(tokens, i, floor))) {
      const opening = tradeNameOpening(tokens, i, head, floor);
      if (opening >= 0) {
        start = (tokens[opening] as Token).start;
        first = opening;
      }
      break;
    }
    runHasPlace ||= t.tag === 'ns';
    start = t.start;
    first = i;
  }
  if (head - start >= 4 && (tokens[first] as Token).start === start) start = nameOpening(tokens, first, floor);
  return start;
}
