// Places: administrative divisions by name from the national gazetteer (衡山县, 邵阳市, 湖南), and
// venues by their structure where an event is held (在衡山科学城启动, 在市中心汽车站…基地举行), and zones
// by their head word wherever they stand (松木经开区, 湘南湘西高新软件产业园).
// A division name that opens a body's name (湖南省委, 衡阳日报社) or stands inside one is the body's,
// not a place.
import { crossesToken, startsToken, tokensWithin } from '../core/tokens.js';
import { bodyHolding } from '../bodies/organizations.js';
import type { ArticleDoc, PlaceMention, Sentence } from '../core/doc.js';
import { DIVISION_NAMES, division } from '../lexicon/divisions.js';
import { ZONE_HEADS } from '../lexicon/zone-heads.js';
import { nameRunStart } from '../bodies/name-run.js';
import { WordList } from '../core/word-list.js';
import { matchesIn } from '../core/matches.js';

const DIVISIONS = new WordList(DIVISION_NAMES);
const ZONES = new WordList(ZONE_HEADS);
const COUNT = /^[一二三四五六七八九十两几多]+[大个家座批]/;
// Sticky: read where the name ends, without slicing the rest of the sentence off.
const BODY_AFTER = /(省委|市委|县委|区委|委|政府|人民政府|人大|政协|日报|晚报|电视台|广播|大学|学院|师范|中学|小学|银行|公司|集团|局|厅|分局|支队|警备区|军分区|管委会|经开区|高新区|国家高新区|科学城|海关|供电|移动|联通|电信|市场监管)/y;
const TITLE = /《[^》]*》/g;
const VENUE = /在([^，。；、在]{2,24}?(?:科学城|会议中心|中心|基地|广场|会议室|大礼堂|礼堂|大厦|产业园|公园|体育馆|体育中心|宾馆|酒店|剧院|展览馆|汽车站|火车站|机场))(?=举行|召开|举办|启动|开幕|开展|揭牌|，|。)/g;

export function places(doc: ArticleDoc): void {
  const found: PlaceMention[] = [];
  const overlaps = (start: number, end: number) => found.some((p) => p.start < end && start < p.end);
  doc.sentences.forEach((s, sentence) => {
    if (s.text.startsWith('■')) return;
    for (const m of matchesIn(VENUE, s.text)) {
      const start = s.start + m.index + 1;
      const name = m[1] as string;
      if (!overlaps(start, start + name.length)) found.push({ start, end: start + name.length, written: name, name, level: 'venue', parent: null, sentence });
    }
    zones(doc, s, sentence, found, overlaps);
    const names = DIVISIONS.matches(s.text);
    if (names.length === 0) return;
    const inTitles = matchesIn(TITLE, s.text).map((t) => [s.start + t.index, s.start + t.index + t[0].length]);
    for (const { index, word } of names) {
      const start = s.start + index;
      const end = start + word.length;
      BODY_AFTER.lastIndex = index + word.length;
      if (overlaps(start, end) || BODY_AFTER.test(s.text)) continue;
      // 衡东县 in 衡东县社会福利中心: a place inside a body's name is the body's.
      const body = bodyHolding(doc.bodies, start, end);
      if (body && body.end - body.start > end - start) continue;
      // 示范县 holds 范县 and 《我爱北京天安门》 holds 北京: a place starts a word and stands outside titles.
      if (!startsToken(doc.tokens, start) || inTitles.some(([a, b]) => start >= (a as number) && end <= (b as number))) continue;
      const d = division(word);
      if (d && (d.level === 'county' || d.level === 'district') && word.length < 3) continue;
      if (d) found.push({ start, end, written: word, name: d.name, level: d.level, parent: d.parent, sentence });
    }
  });
  doc.places = found.sort((a, b) => a.start - b.start);
}

/**
 * Zones in the sentence, added to `found`: a zone head (经开区, 产业园) and the name words before it,
 * or the head alone (高新区). A zone inside a body's name (高新区管委会) is the body's.
 */
function zones(doc: ArticleDoc, s: Sentence, sentence: number, found: PlaceMention[], overlaps: (start: number, end: number) => boolean): void {
  const heads = ZONES.matches(s.text);
  if (heads.length === 0) return;
  const from = s.start;
  const tokens = tokensWithin(doc.tokens, from, s.end);
  // The head nearest the end wins: 高新技术产业开发区 is one head, not 开发区 after 高新技术产业.
  for (let k = heads.length - 1; k >= 0; k--) {
    const { index, word } = heads[k] as { index: number; word: string };
    const at = from + index;
    const end = at + word.length;
    // 新区 in 更新区域, 大道 in 阳光大道理: the head must end a word, not run into the next one.
    if (crossesToken(tokens, end)) continue;
    // 高新区衡州大道: a zone named before another is a zone of its own.
    // Heads are matched in text order without overlap, so the one before ends at or before this one.
    const inner = heads[k - 1];
    const start = Math.max(nameRunStart(tokens, at, from), inner ? from + inner.index + inner.word.length : from);
    const written = doc.text.slice(start, end);
    // 十大产业园, 两个开发区: a count of zones names none.
    if (COUNT.test(written)) continue;
    if (written.length < 3 || overlaps(start, end)) continue;
    if (bodyHolding(doc.bodies, start, end)) continue;
    found.push({ start, end, written, name: written, level: 'venue', parent: null, sentence });
  }
}
