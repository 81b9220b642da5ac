// Meetings and events the article narrates, with their name as the text gives it:
//   市长朱健主持召开市政府2021年第10次常务会议            主持召开 + name
//   市委常委会召开扩大会议                              body + 召开 + kind → 市委常委会扩大会议
//   我市举行以“…”为主题的“全国科技工作者日”活动          举行 + name, the theme clause dropped
//   2021年衡阳市科技活动周在衡山科学城启动                name + 在 + place + 启动
//   市委书记邓群策再次专题调度全市创文创卫工作             调度 + work → 全市创文创卫工作调度会
//   副市长朱忠明来衡调研                                 an inspection named by who made it
// Meetings only referred to (传达…会议精神, 12月24日召开的省委经济工作会议) are not narrated here.
import { clauseAt } from './clauses.js';
import type { ArticleDoc, MeetingMention, Sentence } from './doc.js';
import { EVENT_NOUN_LIST, HOLD_VERBS, LEAD_HOLD_VERBS, eventKind } from './lexicon/events.js';

const EVENT_NOUN = new RegExp(`(${EVENT_NOUN_LIST.join('|')})`, 'g');
const DATE_PREFIX = /^((\d{4}年)?\d{1,2}月\d{1,2}日([、至到—-](\d{1,2}月)?\d{1,2}日)*)?(上午|下午|晚上|早上|当天|昨日|昨天|今天)?[，]?/;
const THEME = /^(以“[^”]*”为主题的|主题为“[^”]*”的)/;
const ORGANIZER_END = /(委员会|常委会|市委|省委|县委|区委|党委|党组|政府|管委会|协会|学会|联合会|集团|公司|大学|学院|局|厅|办|部|院|社|中心)$/;

interface Found {
  start: number;
  end: number;
  name: string;
  place?: string | null;
  organizer?: string | null;
}

/** The longest head of `text` that ends with an event noun, or null. */
function upToEventNoun(text: string): string | null {
  // 此次比赛, 本次活动: a reference back to an event already named.
  if (/^(此次|本次|这次|该|此|本届)/.test(text)) return null;
  let end = -1;
  for (const m of text.matchAll(EVENT_NOUN)) end = m.index + m[0].length;
  return end > 0 ? text.slice(0, end) : null;
}

function stripDate(text: string): string {
  return text.replace(DATE_PREFIX, '');
}

function holdPatterns(s: Sentence, verbs: string[]): Found[] {
  const found: Found[] = [];
  for (const verb of verbs) {
    for (const m of s.text.matchAll(new RegExp(`${verb}了?`, 'g'))) {
      const after = m.index + m[0].length;
      // 12月24日召开的省委经济工作会议 is referred to, not narrated.
      if (s.text[after] === '的') continue;
      const [cStart, cEnd] = clauseAt(s.text, m.index);
      const full = s.text.slice(after, cEnd);
      const object = full.replace(THEME, '');
      const np = upToEventNoun(object);
      if (!np || object.startsWith(np + '精神')) continue;
      const presided = s.text.slice(Math.max(cStart, m.index - 2), m.index) === '主持';
      let before = stripDate(s.text.slice(cStart, presided ? m.index - 2 : m.index));
      let place: string | null = null;
      const at = /^(.*?)在(.+)$/.exec(before);
      if (at) {
        before = at[1] as string;
        place = at[2] as string;
      }
      const organizer = !presided && ORGANIZER_END.test(before) && before.length <= 20 ? before : null;
      // 市委常委会召开扩大会议: the body names the meeting when the object is a bare kind.
      const bare = EVENT_NOUN_LIST.includes(np) || /^第.+次/.test(np);
      const name = organizer && bare ? organizer + np : np;
      const npAt = after + full.length - object.length;
      const start = s.start + (organizer && bare ? s.text.lastIndexOf(organizer, m.index) : npAt);
      found.push({ start, end: s.start + npAt + np.length, name, place, organizer });
    }
  }
  return found;
}

/** 2021年衡阳市科技活动周在衡山科学城启动 / …推介会举行: the event is the subject, the verb ends the clause. */
function subjectPatterns(s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(/(举行|启动|开幕|召开|举办)(?=[，。；！]|$)/g)) {
    const [cStart] = clauseAt(s.text, m.index);
    let subject = stripDate(s.text.slice(cStart, m.index));
    let place: string | null = null;
    const at = /^(.+?)在(.+)$/.exec(subject);
    if (at) {
      subject = at[1] as string;
      place = at[2] as string;
    }
    const name = upToEventNoun(subject);
    if (!name || name !== subject) continue;
    const start = s.start + cStart + s.text.slice(cStart).indexOf(name);
    found.push({ start, end: start + name.length, name, place });
  }
  return found;
}

/** 市长朱健出席签约仪式: an event named as what people attended. */
function attendPatterns(s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(/(?:出席|参加)(?:了)?([^，。；、]{2,24})/g)) {
    const np = upToEventNoun(m[1] as string);
    if (!np || np !== m[1]) continue;
    const start = s.start + m.index + m[0].length - np.length;
    found.push({ start, end: start + np.length, name: np });
  }
  return found;
}

/** 专题调度全市创文创卫工作 → 全市创文创卫工作调度会 */
function dispatchPatterns(s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(/调度([^，。；]{2,20}?工作)/g)) {
    const start = s.start + m.index + 2;
    found.push({ start, end: start + (m[1] as string).length, name: `${m[1]}调度会` });
  }
  return found;
}

/** 副市长朱忠明来衡调研 → an inspection named after the person who made it. */
function inspectionPatterns(doc: ArticleDoc, s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(/(来[\u4e00-\u9fff]|到[\u4e00-\u9fff]{1,6}|赴[\u4e00-\u9fff]{1,6})?(调研|考察|视察)/g)) {
    const at = s.start + m.index;
    const person = doc.people.find((p) => p.end === at);
    if (!person) continue;
    found.push({ start: person.start, end: at + m[0].length, name: person.name + m[0] });
  }
  return found;
}

/** 高新区管委会与中国电子投资控股有限公司签订…项目合作协议: a signing is an event of its own. */
function signingPatterns(s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(/与[^，。；]{2,30}?((?:签订|签署)了?([^，。；、]{2,40}?(?:协议书|协议|合同|备忘录)))/g)) {
    const start = s.start + m.index + m[0].length - (m[1] as string).length;
    found.push({ start, end: s.start + m.index + m[0].length, name: (m[1] as string).replace(/^(签订|签署)了/, '$1') });
  }
  return found;
}

function dateFor(doc: ArticleDoc, sentence: number, offset: number): { date: string | null; time: string | null } {
  const inSentence = doc.dates.filter((d) => d.sentence === sentence && d.start < offset);
  const d = inSentence.at(-1);
  return d ? { date: d.date, time: d.time } : { date: null, time: null };
}

export function meetings(doc: ArticleDoc): void {
  const leadEnd = doc.bodyStart + (doc.article.paragraphs[0]?.length ?? 0);
  const mentions: MeetingMention[] = [];
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    const inLead = s.start < leadEnd;
    const found = [
      ...holdPatterns(s, inLead ? [...HOLD_VERBS, ...LEAD_HOLD_VERBS] : HOLD_VERBS),
      ...subjectPatterns(s),
      ...attendPatterns(s),
      ...dispatchPatterns(s),
      ...signingPatterns(s),
      ...(inLead ? inspectionPatterns(doc, s) : []),
    ];
    for (const f of found) {
      // 系列活动之一——“…”专题讲座: what stands before the dash places the event, the rest names it.
      const dash = f.name.lastIndexOf('——');
      if (dash > 0 && dash + 2 < f.name.length) {
        f.start += dash + 2;
        f.name = f.name.slice(dash + 2);
      }
      if (mentions.some((m) => m.name === f.name)) continue;
      mentions.push({
        start: f.start,
        end: f.end,
        name: f.name,
        kind: /^(签订|签署)/.test(f.name) ? 'signing' : eventKind(f.name),
        place: f.place ?? null,
        organizer: f.organizer ?? null,
        sentence: index,
        ...dateFor(doc, index, f.end),
      });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  doc.meetings = mentions;
  doc.mainMeeting = mentions.length ? 0 : -1;
  // An event whose sentence gives no date is on the lead's date: news narrates the day it reports
  // (当天还举行了…), and an earlier day would have been written out.
  const leadDate = doc.dates.find((d) => d.start >= doc.bodyStart && d.start < leadEnd);
  for (const m of mentions) {
    if (m.date !== null || !leadDate) continue;
    m.date = leadDate.date;
    if (m === mentions[0]) m.time = leadDate.time;
  }
}
