// Bodies by the structure of their names: a head word that names a kind of body (…有限责任公司,
// …大学, …委员会, …局, …协会, …剧团) and the name words before it (中核二七二铀业有限责任公司,
// 市委全面深化改革委员会), plus the city's abbreviations standing alone (市委、市政府高度重视).
// A body inside a title (南华大学党委书记) is read too: the title's body is a body.
import { tokensWithin } from './tokens.js';
import type { ArticleDoc, BodyMention, Token } from './doc.js';
import { BODY_NAME_CONJUNCTIONS, BODY_NAME_WORDS } from './lexicon/body-name-words.js';
import { CITY_BODY_ABBREVIATIONS, NATIONAL_BODIES } from './lexicon/bodies.js';
import { division } from './lexicon/divisions.js';
import { POST_WORDS } from './lexicon/title-words.js';
import { matchesIn } from './matches.js';
import { nameOpening } from './name-edge.js';
import { WordList } from './word-list.js';

const HEADS = [
  '有限责任公司', '股份有限公司', '有限公司', '集团公司', '公司', '集团', '教育集团', '大学', '学院', '研究院', '研究所', '研究中心',
  '委员会', '常委会', '管委会', '办公厅', '办公室', '宣传部', '组织部', '统战部', '政法委', '纪委', '监委', '卫健委', '发改委',
  '局', '厅', '协会', '学会', '联合会', '科协', '商会', '剧团', '日报社', '报社', '电视台', '医院', '银行', '法院', '检察院',
  '中学', '小学', '党委', '党组', '支队', '警备区', '军分区', '国务院', '人民政府', '政府', '律师协会', '律协',
  // Institutions: homes, museums, schools' campuses, service centres, works.
  '福利院', '敬老院', '养老院', '养老公寓', '科技馆', '图书馆', '博物馆', '纪念馆', '幼儿园', '卫生院', '福利中心', '服务中心',
  '辅导中心', '工艺厂', '厂', '校区', '工作处',
];
const HEAD = new WordList(HEADS);
const STOP_TAGS = new Set(['v', 'vd', 'vg', 'ad', 'i', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'q', 'y', 'e', 'o', 'f', 'nr', 't']);
const KNOWN_NAME_TAGS = new Set(['nt', 'ns', 'nz']);
const NAME_WORDS = new Set(BODY_NAME_WORDS);
const CONJUNCTIONS = new Set(BODY_NAME_CONJUNCTIONS);
// 高新区, 经开区: jieba tags some districts as names of people; a division's suffix says what they are.
const DIVISION_WORD = /^[\u4e00-\u9fff]+[区县市省州镇乡村]$/;
const ABBREVIATIONS = [...CITY_BODY_ABBREVIATIONS, ...NATIONAL_BODIES].map(([abbr]) => abbr).sort((a, b) => b.length - a.length);
// One pass over a sentence tells which abbreviations stand in it, instead of a search for each.
const ABBREVIATION_WORDS = new WordList(ABBREVIATIONS);
// 中央 is the party centre where it stands as a body (落实中央、省委决策部署, 中央关于…的部署), not
// inside 中央企业 or 中央生态环保督察.
const CENTRE_AS_BODY = /^(、|，|和|与|及|关于|决策|部署|要求|精神|的|重大|各项|。|；)/;
// 以“百年回望：中国共产党领导科技发展”为主题: a body named inside a quoted theme or a 《》 title is not itself told of.
const QUOTED = /“[^”]*”|《[^》]*》/g;
const POST_AFTER = new RegExp(`^(${POST_WORDS.join('|')}|领导)`);
// Words that open a clause, so a body name cannot run left over them: 由市教育局牵头, 会同南华大学.
const CLAUSE_WORDS = new Set(['由', '对', '会同', '向', '在', '从', '与', '和', '及', '为', '被', '把', '将', '于', '给', '跟', '同', '经', '据', '让', '贯彻', '落实', '贯彻落实', '对标', '对表', '认真', '全省', '全市', '全国', '发展', '大赛', '活动', '会议', '本次']);

// The same words, to tell at once whether any of them opens the text at a position.
const CLAUSE_OPENING = new WordList(CLAUSE_WORDS);

/** The short name of a division (衡阳, 湖南) written right before position i, or ''. */
function placeBefore(text: string, i: number): string {
  for (const length of [3, 2]) {
    const name = text.slice(Math.max(0, i - length), i);
    const d = name.length === length ? division(name) : undefined;
    if (d && (d.level === 'city' || d.level === 'province') && d.name !== name) return name;
  }
  return '';
}

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

/** Where the body whose head word starts at `head` begins: left over name words, to a verb or mark. */
function bodyStart(tokens: Token[], head: number, floor: number): number {
  let start = head;
  let i = tokens.findIndex((t) => t.start <= head && head < t.end);
  if (i < 0) return head;
  if ((tokens[i] as Token).start < head) start = (tokens[i] as Token).start;
  let first = i;
  let runHasPlace = false;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.start < floor || head - t.start > 24 || !(isNameToken(t) || joinsOneName(tokens, i, floor, runHasPlace))) break;
    runHasPlace ||= t.tag === 'ns';
    start = t.start;
    first = i;
  }
  if (head - start >= 4 && (tokens[first] as Token).start === start) start = nameOpening(tokens, first, floor);
  return start;
}

export function organizations(doc: ArticleDoc): void {
  const found: BodyMention[] = [];
  const overlaps = (start: number, end: number) => found.some((b) => b.start < end && start < b.end);
  doc.sentences.forEach((s, sentence) => {
    if (s.text.startsWith('■')) return;
    const heads = HEAD.matches(s.text).map((m) => ({ at: s.start + m.index, end: s.start + m.index + m.word.length }));
    const tokens = heads.length ? tokensWithin(doc.tokens, s.start, s.end) : [];
    // The head nearest the end wins: 南华大学党委 is one body, not 南华大学 + 党委.
    for (let k = heads.length - 1; k >= 0; k--) {
      const { at, end } = heads[k] as { at: number; end: number };
      if (overlaps(at, end)) continue;
      // 大局, 布局, 开新局: a short common word that ends like a head; 支队伍: the head runs on.
      const holding = tokens.find((t) => t.start <= at && at < t.end);
      if (holding && holding.start < at && holding.end <= end && holding.word.length <= 2) continue;
      if (tokens.some((t) => t.start < end && t.end > end)) continue;
      if (doc.text.slice(at, end) === '局' && /[开新大布格全变结当时僵骗棋好残终饭赌]$/.test(doc.text.slice(s.start, at))) continue;
      let start = bodyStart(tokens, at, s.start);
      // jieba glues a clause word to the body (由市, 对市): the body starts after it. A pass over the
      // words changes nothing when none of them opens the text at the start.
      for (let again = true; again && CLAUSE_OPENING.startsAt(doc.text, start); ) {
        again = false;
        let word = tokens.find((t) => t.start === start);
        for (const w of CLAUSE_WORDS) {
          // 同济大学 opens with 同 but is one word to jieba: a known name keeps its first character.
          if (word && word.word.length > w.length && KNOWN_NAME_TAGS.has(word.tag)) continue;
          if (doc.text.startsWith(w, start) && end - start - w.length >= 2) {
            start += w.length;
            word = tokens.find((t) => t.start === start);
            again = true;
          }
        }
      }
      const written = doc.text.slice(start, end);
      if (written.length < 3 || overlaps(start, end)) continue;
      found.push({ start, end, written, sentence });
    }
    let quoted: Array<readonly [number, number]> | null = null;
    const present = ABBREVIATION_WORDS.wordsIn(s.text);
    for (const abbr of ABBREVIATIONS) {
      if (!present.includes(abbr)) continue;
      let i = s.text.indexOf(abbr);
      while (i >= 0) {
        const start = s.start + i;
        const rest = s.text.slice(i + abbr.length);
        quoted ??= matchesIn(QUOTED, s.text).map((q) => [q.index, q.index + q[0].length] as const);
        const inQuotes = quoted.some(([a, b]) => i > a && i < b);
        const standing = abbr !== '中央' || CENTRE_AS_BODY.test(rest);
        if (!overlaps(start, start + abbr.length) && !POST_AFTER.test(rest) && !inQuotes && standing) {
          // 衡阳市委, 湖南省委: the place written before 市委/省委 is part of the body's name.
          const place = /^[市省]/.test(abbr) ? placeBefore(s.text, i) : '';
          found.push({ start: start - place.length, end: start + abbr.length, written: place + abbr, sentence });
        }
        i = s.text.indexOf(abbr, i + abbr.length);
      }
    }
  });
  doc.bodies = found.sort((a, b) => a.start - b.start);
}
