// Meetings and events the article narrates, with their name as the text gives it:
//   市长朱健主持召开市政府2021年第10次常务会议            主持召开 + name
//   市委常委会召开扩大会议                              body + 召开 + kind → 市委常委会扩大会议
//   我市举行以“…”为主题的“全国科技工作者日”活动          举行 + name, the theme clause dropped
//   2021年衡阳市科技活动周在衡山科学城启动                name + 在 + place + 启动
//   市委书记邓群策再次专题调度全市创文创卫工作             调度 + work → 全市创文创卫工作调度会
//   副市长朱忠明来衡调研                                 an inspection named by who made it
//   A与B签订…合作协议                                   a signing, also inside a larger event
// Meetings only referred to (传达…会议精神, 当天上午召开的…会议精神) are not narrated here.
import type { ArticleDoc, MeetingMention } from '../core/doc.js';
import {
  atEventPatterns, attendPatterns, dispatchPatterns, holdPatterns, inspectionPatterns, signingPatterns, subjectPatterns, type FoundEvent,
} from './event-patterns.js';
import { HOLD_VERBS, LEAD_HOLD_VERBS, eventKind } from '../lexicon/events.js';

// 当天还举行了…, 现场…签订: a clause that places its event on the day of the article's own.
const SAME_DAY = /(当天|当日|同日|现场|会上|活动中|期间)/;

function dateFor(doc: ArticleDoc, sentence: number, offset: number): { date: string | null; time: string | null } {
  const inSentence = doc.dates.filter((d) => d.sentence === sentence && d.start < offset);
  const d = inSentence.at(-1);
  return d ? { date: d.date, time: d.time } : { date: null, time: null };
}

function found(doc: ArticleDoc, index: number, inLead: boolean): FoundEvent[] {
  const s = doc.sentences[index]!;
  return [
    ...holdPatterns(s, inLead ? [...HOLD_VERBS, ...LEAD_HOLD_VERBS] : HOLD_VERBS),
    ...subjectPatterns(s),
    ...attendPatterns(s),
    ...atEventPatterns(s),
    ...signingPatterns(s),
    ...dispatchPatterns(s),
    ...(inLead ? inspectionPatterns(doc, s) : []),
  ];
}

export function meetings(doc: ArticleDoc): void {
  const leadEnd = doc.bodyStart + (doc.article.paragraphs[0]?.length ?? 0);
  const mentions: MeetingMention[] = [];
  const sameDay = new Set<MeetingMention>();
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    for (const f of found(doc, index, s.start < leadEnd)) {
      if (mentions.some((m) => m.name === f.name)) continue;
      const mention: MeetingMention = {
        start: f.start,
        end: f.end,
        name: f.name,
        kind: f.kind ?? eventKind(f.name),
        place: f.place ?? null,
        organizer: f.organizer ?? null,
        sentence: index,
        ...dateFor(doc, index, f.end),
      };
      mentions.push(mention);
      // A signing is told as part of the event the article reports, on its day.
      if (mention.kind === 'signing' || SAME_DAY.test(s.text.slice(0, f.start - s.start))) sameDay.add(mention);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  doc.meetings = mentions;
  doc.mainMeeting = mentions.length ? 0 : -1;
  // The article's own event takes the dateline of the lead when its sentence gives none.
  const main = mentions[0];
  const leadDate = doc.dates.find((d) => d.start >= doc.bodyStart && d.start < leadEnd);
  if (main && main.date === null && leadDate && main.start < leadEnd + 200) {
    main.date = leadDate.date;
    main.time = leadDate.time;
  }
  for (const m of mentions) {
    if (m === main || m.date !== null || !sameDay.has(m) || !main?.date) continue;
    m.date = main.date;
    m.time = main.time;
  }
}
