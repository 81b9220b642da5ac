// The ways Chinese news narrates an event, each a function from one sentence to the events it
// names (offsets relative to the article). meetings.ts runs them and dates what they find.
import { clauseAt } from '../core/clauses.js';
import type { ArticleDoc, Sentence } from '../core/doc.js';
import { AGREEMENT_NOUNS, EVENT_NOUN_LIST, MANNER_WORDS, VENUE_CLAUSE_VERBS } from '../lexicon/events.js';
import { matchesIn } from '../core/matches.js';
import { WordList } from '../core/word-list.js';

export interface FoundEvent {
  start: number;
  end: number;
  name: string;
  kind?: string;
  place?: string | null;
  organizer?: string | null;
  /** A date printed in the clause itself (12月24日召开的…), when it is not the sentence's own. */
  dated?: boolean;
}

const EVENT_NOUN = new WordList(EVENT_NOUN_LIST);
const DATE_PREFIX = /^((\d{4}年)?\d{1,2}月\d{1,2}日([、至到—-](\d{1,2}月)?\d{1,2}日)*)?(上午|下午|晚上|早上|当天|昨日|昨天|今天)?[，]?/;
const DATED = /^(\d{4}年)?\d{1,2}月\d{1,2}日(上午|下午|晚上)?$/;
// 以“众心向党”为主题的“科技工作者日”活动 drops the theme; 主题为“…”的沙龙活动 is named by it.
const THEME = /^(以(“[^”]*”)为主题的|主题为(“[^”]*”)的)/;
const ORGANIZER_END = /(委员会|常委会|市委|省委|县委|区委|党委|党组|政府|管委会|协会|学会|联合会|集团|公司|大学|学院|局|厅|办|部|院|社|中心)$/;
const AGREEMENT = new RegExp(`(签订|签署)了?([^，。；、]{0,30}?(?:${AGREEMENT_NOUNS.join('|')}))(?![\\u4e00-\\u9fff])`, 'g');
// 将签订, 拟签署: an agreement still to be signed is not an event of the day.
const NOT_YET = /(将|拟|计划|准备|有望|即将|要|可)$/;

/** The longest head of `text` that ends with an event noun, or null. */
function upToEventNoun(text: string): string | null {
  // 此次比赛, 本次活动: a reference back to an event already named.
  if (/^(此次|本次|这次|该|此|本届)/.test(text)) return null;
  const last = EVENT_NOUN.matches(text).at(-1);
  const end = last ? last.index + last.word.length : -1;
  return end > 0 ? text.slice(0, end) : null;
}

const MANNER_AT_END = new RegExp(`(?:${MANNER_WORDS.join('|')})+$`);
const CLAUSE_VERB = new RegExp(VENUE_CLAUSE_VERBS.join('|'));

/**
 * The place as the text names it, from the words between 在 (到, 来到) and the verb: 某某大剧院隆重
 * (开幕) is 某某大剧院, 某某镇开展“送温暖”(活动) is 某某镇, 某家村等村实地(调研) is 某家村.
 */
export function trimPlace(written: string): string {
  let place = written;
  const verb = place.search(CLAUSE_VERB);
  if (verb >= 2) place = place.slice(0, verb);
  const etc = place.indexOf('等');
  if (etc >= 2) place = place.slice(0, etc);
  return place.replace(MANNER_AT_END, '');
}

export function stripDate(text: string): string {
  return text.replace(DATE_PREFIX, '');
}

// A meeting of the body that calls it: 县委召开常委会会议 → 县委常委会会议, 第五次会议, 全体会议.
const GENERIC_EVENTS = new Set(['会议', '活动', '大会', '仪式', '典礼', '会']);
const SESSION = /^(第.+次|全体|预备|主席团|开幕|闭幕|分组|代表团)/;
const isBare = (np: string) => EVENT_NOUN_LIST.includes(np) || /^(第.+次|常委会|常务会|全体|党组)/.test(np);

// `verb了?` for each verb asked about, made once.
const VERB_PATTERNS = new Map<string, RegExp>();
const verbPattern = (verb: string): RegExp => {
  let re = VERB_PATTERNS.get(verb);
  if (!re) VERB_PATTERNS.set(verb, (re = new RegExp(`${verb}了?`, 'g')));
  return re;
};

/** 召开/举行/举办 + name: 市长朱健主持召开市政府2021年第10次常务会议, 市委常委会召开扩大会议. */
export function holdPatterns(s: Sentence, verbs: readonly string[]): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const verb of verbs) {
    for (const m of matchesIn(verbPattern(verb), s.text)) {
      const after = m.index + m[0].length;
      const [cStart, cEnd] = clauseAt(s.text, m.index);
      const referred = s.text[after] === '的';
      // 12月24日召开的省委经济工作会议传来喜讯: a dated meeting told as having met; without its date
      // (当天上午召开的…会议精神) it is only referred to.
      if (referred && !DATED.test(s.text.slice(cStart, m.index))) continue;
      const full = s.text.slice(referred ? after + 1 : after, cEnd);
      const theme = THEME.exec(full);
      const object = theme ? full.slice(theme[0].length) : full;
      let np = upToEventNoun(object);
      if (!np || object.startsWith(np + '精神')) continue;
      let npAt = (referred ? after + 1 : after) + full.length - object.length;
      // 科技活动周系列活动之一——“…”专题讲座: the name is what stands after the dash.
      const dash = np.lastIndexOf('——');
      if (dash >= 0 && !isBare(np.slice(dash + 2))) {
        npAt += dash + 2;
        np = np.slice(dash + 2);
      }
      const presided = s.text.slice(Math.max(cStart, m.index - 2), m.index) === '主持';
      let before = stripDate(s.text.slice(cStart, presided ? m.index - 2 : m.index));
      let place: string | null = null;
      const at = /^(.*?)在(.+)$/.exec(before);
      if (at) {
        before = at[1] as string;
        place = trimPlace(at[2] as string) || null;
      }
      const organizer = !presided && ORGANIZER_END.test(before) && before.length <= 20 ? before : null;
      const themeName = theme && !theme[1]?.startsWith('以') ? (theme[3] as string) : null;
      if (themeName && !np.startsWith('“')) {
        const start = s.start + npAt - theme![0].length + 3;
        found.push({ start, end: s.start + npAt + np.length, name: themeName + np, organizer, place, dated: referred });
        continue;
      }
      // 市委常委会召开扩大会议: the body names the meeting when the object is a bare kind; 某市第九届人民
      // 代表大会第二次会议举行预备会议: a session is named with the meeting it is a session of.
      const whole = organizer && isBare(np) ? organizer : !organizer && SESSION.test(np) && upToEventNoun(before) === before && before.length >= 4 ? before : null;
      const name = whole ? whole + np : np;
      const start = s.start + (whole ? s.text.lastIndexOf(whole, m.index) : npAt);
      found.push({ start, end: s.start + npAt + np.length, name, place, organizer, dated: referred });
    }
  }
  return found;
}

const CLAUSE_END_VERB = /(举行|启动|开幕|召开|举办)(?=[，。；！]|$)/g;

/** 2021年衡阳市科技活动周在衡山科学城启动 / …推介会举行: the event is the subject, the verb ends the clause. */
export function subjectPatterns(s: Sentence): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const m of matchesIn(CLAUSE_END_VERB, s.text)) {
    const [cStart] = clauseAt(s.text, m.index);
    let subject = stripDate(s.text.slice(cStart, m.index));
    let place: string | null = null;
    const at = /^(.+?)在(.+)$/.exec(subject);
    if (at) {
      subject = at[1] as string;
      place = trimPlace(at[2] as string) || null;
    }
    const name = upToEventNoun(subject);
    if (!name || name !== subject) continue;
    const start = s.start + cStart + s.text.slice(cStart).indexOf(name);
    found.push({ start, end: start + name.length, name, place });
  }
  return found;
}

const ATTENDED_EVENT = /(?:出席|参加)(?:了)?([^，。；、]{2,24})/g;

/** 市长朱健出席签约仪式: an event named as what people attended. */
export function attendPatterns(s: Sentence): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const m of matchesIn(ATTENDED_EVENT, s.text)) {
    const np = upToEventNoun(m[1] as string);
    // 参加会议, 出席活动: the event already told of, not a new one.
    if (!np || np !== m[1] || GENERIC_EVENTS.has(np)) continue;
    const start = s.start + m.index + m[0].length - np.length;
    found.push({ start, end: start + np.length, name: np });
  }
  return found;
}

/** 在调研座谈会上，朱忠明指出: a sentence that opens at an event tells that it took place. */
export function atEventPatterns(s: Sentence): FoundEvent[] {
  const m = /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?，?)?在([^，。；“”]{2,30}?)(?:上|中|期间)，/.exec(s.text);
  if (!m) return [];
  const np = upToEventNoun(m[1] as string);
  if (!np || np !== m[1] || isBare(np)) return [];
  const start = s.start + m.index + m[0].indexOf(np);
  return [{ start, end: start + np.length, name: np }];
}

/** 高新区管委会与中国电子投资控股有限公司签订…项目合作协议: a signing, named by what was signed. */
export function signingPatterns(s: Sentence): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const m of matchesIn(AGREEMENT, s.text)) {
    if (NOT_YET.test(s.text.slice(0, m.index)) || s.text[m.index + m[0].length] === '的') continue;
    const start = s.start + m.index;
    found.push({ start, end: start + m[0].length, name: `${m[1]}${m[2]}`, kind: 'signing' });
  }
  return found;
}

const DISPATCHED_WORK = /调度([^，。；]{2,20}?工作)/g;

/** 专题调度全市创文创卫工作 → 全市创文创卫工作调度会 */
export function dispatchPatterns(s: Sentence): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const m of matchesIn(DISPATCHED_WORK, s.text)) {
    const start = s.start + m.index + 2;
    found.push({ start, end: start + (m[1] as string).length, name: `${m[1]}调度会` });
  }
  return found;
}

const INSPECTION = /(来[\u4e00-\u9fff]|到[\u4e00-\u9fff]{1,6}|赴[\u4e00-\u9fff]{1,6})?(调研|考察|视察)/g;

/** 副市长朱忠明来衡调研 → an inspection named after the person who made it. */
export function inspectionPatterns(doc: ArticleDoc, s: Sentence): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const m of matchesIn(INSPECTION, s.text)) {
    const at = s.start + m.index;
    const person = doc.people.find((p) => p.end === at);
    if (!person) continue;
    found.push({ start: person.start, end: at + m[0].length, name: person.name + m[0] });
  }
  return found;
}
