// Bodies by the structure of their names: a head word that names a kind of body (…有限责任公司,
// …大学, …委员会, …局, …协会, …剧团) and the name words before it (中核二七二铀业有限责任公司,
// 市委全面深化改革委员会), plus the city's abbreviations standing alone (市委、市政府高度重视).
// A body inside a title (南华大学党委书记) is read too: the title's body is a body.
import { countStartingBefore, crossesToken, tokensWithin } from '../core/tokens.js';
import type { ArticleDoc, BodyMention, Token } from '../core/doc.js';
import { BODY_HEADS, CITY_BODY_ABBREVIATIONS, NATIONAL_BODIES } from '../lexicon/bodies.js';
import { division } from '../lexicon/divisions.js';
import { FOREIGN_PLACE_WORDS } from '../lexicon/foreign-places.js';
import { ZONE_HEADS } from '../lexicon/zone-heads.js';
import { POST_WORDS } from '../lexicon/title-words.js';
import { matchesIn } from '../core/matches.js';
import { CLAUSE_WORDS, nameRunStart } from './name-run.js';
import { WordList } from '../core/word-list.js';


const HEAD = new WordList(BODY_HEADS);
const KNOWN_NAME_TAGS = new Set(['nt', 'ns', 'nz']);
const ZONE_WORDS = new Set(ZONE_HEADS);
const ABBREVIATIONS = [...CITY_BODY_ABBREVIATIONS, ...NATIONAL_BODIES].map(([abbr]) => abbr).sort((a, b) => b.length - a.length);
// One pass over a sentence tells which abbreviations stand in it, instead of a search for each.
const ABBREVIATION_WORDS = new WordList(ABBREVIATIONS);
// 中央 is the party centre where it stands as a body (落实中央、省委决策部署, 中央关于…的部署), not
// inside 中央企业 or 中央生态环保督察.
const CENTRE_AS_BODY = /^(、|，|和|与|及|关于|决策|部署|要求|精神|的|重大|各项|。|；)/;
// 以“百年回望：中国共产党领导科技发展”为主题: a body named inside a quoted theme or a 《》 title is not itself told of.
const QUOTED = /“[^”]*”|《[^》]*》/g;
const POST_AFTER = new RegExp(`^(${POST_WORDS.join('|')}|领导)`);
// The same words, to tell at once whether any of them opens the text at a position.
const CLAUSE_OPENING = new WordList(CLAUSE_WORDS);

const GOVERNMENT_HEAD = /^(?:人民)?政府$/;
const ACTING_FOR = new Set(['代表', '受']);
// 市政府, 县人民政府, 中央政府, 特区政府: the one-character levels and the words that name a government's seat.
const GOVERNMENT_SEATS = new Set(['省', '市', '县', '区', '州', '盟', '旗', '乡', '镇', '中央', '中国', '特区', '自治区', '自治州', '自治县', '特别行政区']);

// 某某镇人民政府, 某某乡政府, 某某街道: a town's name, which the gazetteer of counties does not hold.
const TOWN = /^[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|苏木)$/;
// 美国政府, 泰国政府: a country by its short name (not 各国, 两国, 本国).
const COUNTRY = /^(?![各两本该他外全我])[\u4e00-\u9fff]{1,3}国$/;
const FOREIGN_PLACES = new Set(FOREIGN_PLACE_WORDS);

/** Where in `run` (the words before 政府) the name of the place governed begins, the longest such
 * name (县长某某代表某某县人民政府 → 某某县人民), or -1 when no place ends the run. */
function governedPlaceStart(run: string): number {
  const place = run.replace(/人民$/, '');
  for (let i = 0; i < place.length; i++) {
    const name = place.slice(i);
    if (GOVERNMENT_SEATS.has(name) || division(name) !== undefined || TOWN.test(name) || COUNTRY.test(name) || FOREIGN_PLACES.has(name)) return i;
  }
  return -1;
}

// 12月25日中共中央政治局, 2022年第四次党组会议: a day or a meeting's number before a body is when it
// met, not part of its name; so is the term of a body just elected (选举产生新一届区人大常委会).
const LEADING_DATE = /^(?:[去今明前]年)?(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,4}日)?(?:第[\d一二三四五六七八九十百]+次)?(?:(?:选举)?产生)?(?:新一届|新一任|本届|上届|下届|历届)?/;

/** The length of the day or ordinal a body's run opens with (0 when none). */
function leadingDate(run: string): number {
  const m = LEADING_DATE.exec(run);
  return m && m[0].length < run.length ? m[0].length : 0;
}

/** The token that holds offset `at`, by binary search (tokens are in text order and never overlap). */
function tokenHolding(tokens: readonly Token[], at: number): Token | undefined {
  const t = tokens[countStartingBefore(tokens, at + 1) - 1];
  return t && at < t.end ? t : undefined;
}

/** The token that starts at offset `at`, by binary search. */
function tokenStartingAt(tokens: readonly Token[], at: number): Token | undefined {
  const t = tokens[countStartingBefore(tokens, at)];
  return t && t.start === at ? t : undefined;
}

/** The short name of a division (衡阳, 湖南) written right before position i, or ''. */
function placeBefore(text: string, i: number): string {
  for (const length of [3, 2]) {
    const name = text.slice(Math.max(0, i - length), i);
    const d = name.length === length ? division(name) : undefined;
    if (d && (d.level === 'city' || d.level === 'province') && d.name !== name) return name;
  }
  return '';
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
      const holding = tokenHolding(tokens, at);
      if (holding && holding.start < at && holding.end <= end && holding.word.length <= 2) continue;
      if (crossesToken(tokens, end)) continue;
      if (doc.text.slice(at, end) === '局' && /[开新大布格全变结当时僵骗棋好残终饭赌]$/.test(doc.text.slice(s.start, at))) continue;
      let start = nameRunStart(tokens, at, s.start);
      // jieba glues a clause word to the body (由市, 对市): the body starts after it. A pass over the
      // words changes nothing when none of them opens the text at the start.
      for (let again = true; again && CLAUSE_OPENING.startsAt(doc.text, start); ) {
        again = false;
        let word = tokenStartingAt(tokens, start);
        for (const w of CLAUSE_WORDS) {
          // 同济大学 opens with 同 but is one word to jieba: a known name keeps its first character, and
          // so does a zone (经开区管委会).
          if (word && word.word.length > w.length && (KNOWN_NAME_TAGS.has(word.tag) || ZONE_WORDS.has(word.word))) continue;
          if (doc.text.startsWith(w, start) && end - start - w.length >= 2) {
            start += w.length;
            word = tokenStartingAt(tokens, start);
            again = true;
          }
        }
      }
      start += leadingDate(doc.text.slice(start, end));
      // 代表镇党委讲话, 某某代表市委市政府致辞: the verb 代表 (on behalf of) opens the clause, not the name.
      const opening = tokenStartingAt(tokens, start);
      if (opening && ACTING_FOR.has(opening.word) && end - opening.end >= 2) start = opening.end;
      // A government is named by the place it governs (衡阳市人民政府, 县政府): the run before the head
      // holds that place or no body at all (考验政府能力, 新一届政府, 党和政府).
      if (GOVERNMENT_HEAD.test(doc.text.slice(at, end))) {
        const place = governedPlaceStart(doc.text.slice(start, at));
        if (place < 0) continue;
        start += place;
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
          const before = /^[市省]/.test(abbr) ? placeBefore(s.text, i) : '';
          // Bodies never overlap (places look the one holding a name up by that).
          const place = overlaps(start - before.length, start) ? '' : before;
          found.push({ start: start - place.length, end: start + abbr.length, written: place + abbr, sentence });
        }
        i = s.text.indexOf(abbr, i + abbr.length);
      }
    }
  });
  doc.bodies = found.sort((a, b) => a.start - b.start);
}

/** The body whose name holds [start, end): bodies are in text order and never overlap, so it can
 * only be the last one that starts at or before `start`. */
export function bodyHolding(bodies: readonly BodyMention[], start: number, end: number): BodyMention | undefined {
  const body = bodies[countStartingBefore(bodies, start + 1) - 1];
  return body && end <= body.end ? body : undefined;
}
