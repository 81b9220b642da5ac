// Who presided, attended and spoke at the article's events:
//   市长朱健主持召开市政府…常务会议 / 市领导刘正兴主持活动           → PRESIDED
//   市领导张霞、李鹏飞、龚学余…出席 / 朱健出席签约仪式 / 参加调研    → ATTENDED, in list order
//   邓群策等市领导共同开启… / 邓群策再次专题调度…                   → ATTENDED (took part)
//   市领导龚学余在致辞时表示 / 朱健指出 / 主持会议并强调              → SPOKE_AT
// People only cited (贯彻落实省长毛伟明…的讲话精神, 习近平总书记) take no part in the event.
import type { ArticleDoc, PersonMention, RoleFact } from './doc.js';
import { POST_WORDS } from './lexicon/title-words.js';
import { matchesIn } from './matches.js';
import { WordList } from './word-list.js';

const POST_END = new WordList(POST_WORDS);

const ATTEND = /^(出席|参加|参会|列席|陪同|一同出席|共同出席)/;
const SPEAK = /^(在[^，。；]{0,12}(时|上|中)|在会上|会上)?[，]?(指出|强调|表示|要求|讲话|致辞|说|发言|寄语|作报告|作《|作[^，。；]{0,6}讲话|发表[^，。；]{0,6}讲话|提出)/;
// ATTEND anywhere in the sentence, for the lists of people that come before it.
const ATTEND_ANYWHERE = new RegExp(ATTEND.source.slice(1), 'g');
const PRESIDE = /^主持/;
const TAKE_PART = /^(等(市|省|县|区)?领导|带领|率|率队|带队|再次|专题|现场|先后|走访|看望|慰问|调研|考察|视察|调度|为|颁发|开启|启动|宣布|见证|签署|共同|认真|与|向)/;

function meetingNamedAfter(doc: ArticleDoc, sentence: number, offset: number): number {
  return doc.meetings.findIndex((m) => m.sentence === sentence && m.start >= offset && m.start - offset <= 4);
}

function meetingIncluding(doc: ArticleDoc, sentence: number, offset: number): number {
  return doc.meetings.findIndex((m) => m.sentence === sentence && m.start <= offset && offset <= m.end);
}

/** The meeting a role in this sentence is about: one named right after the verb, else the article's own. */
function targetMeeting(doc: ArticleDoc, sentence: number, verbEnd: number): number {
  const named = meetingNamedAfter(doc, sentence, verbEnd);
  return named >= 0 ? named : doc.mainMeeting;
}

/** Between two people of one list stand only a separator (、，和) and the next one's titles (，老领导). */
function listGap(gap: string): boolean {
  if (gap === '') return true;
  if (!/^([、，]|和|及|与|以及)/.test(gap) || /[。；：]/.test(gap) || gap.length > 40) return false;
  return /^([、，]|和|及|与|以及)$/.test(gap) || POST_END.endsAt(gap, gap.length);
}

// 区领导陈伟、刘洋等参加会议: the list may close with 等 before its verb.
const LIST_CLOSE = /^(等(人|同志|领导|[省市县区]领导)?)?$/;

/** The people listed right before `at`: 市领导张霞、李鹏飞，老领导许祥发…出席. */
function subjectList(doc: ArticleDoc, people: PersonMention[], at: number): PersonMention[] {
  const before = people.filter((p) => p.end <= at).sort((a, b) => b.start - a.start);
  const list: PersonMention[] = [];
  let cursor = at;
  for (const p of before) {
    const gap = doc.text.slice(p.end, cursor);
    if (!(cursor === at ? LIST_CLOSE.test(gap) : listGap(gap))) break;
    list.unshift(p);
    cursor = p.start;
  }
  return list;
}

export function roles(doc: ArticleDoc): void {
  const facts: RoleFact[] = [];
  const add = (type: RoleFact['type'], p: PersonMention, meeting: number) => {
    if (meeting < 0) return;
    facts.push({ type, person: p.name, meeting, sentence: p.sentence, at: p.start });
  };
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    const people = doc.people.filter((p) => p.sentence === index);
    if (people.length === 0) return;
    for (const p of people) {
      const rest = doc.text.slice(p.end, s.end);
      if (PRESIDE.test(rest)) {
        const verbEnd = p.end + 2;
        const held = rest.startsWith('主持召开') ? meetingNamedAfter(doc, index, verbEnd + 2) : -1;
        add('PRESIDED', p, held >= 0 ? held : targetMeeting(doc, index, verbEnd));
        if (/^主持[^，。；]{0,6}并(强调|指出|讲话)/.test(rest)) add('SPOKE_AT', p, held >= 0 ? held : doc.mainMeeting);
      } else if (SPEAK.test(rest)) {
        add('SPOKE_AT', p, doc.mainMeeting);
      } else if (TAKE_PART.test(rest)) {
        const inside = meetingIncluding(doc, index, p.start);
        add('ATTENDED', p, inside >= 0 ? inside : doc.mainMeeting);
      }
    }
    for (const m of matchesIn(ATTEND_ANYWHERE, s.text)) {
      const at = s.start + m.index;
      const listed = subjectList(doc, people, at);
      for (const p of listed) add('ATTENDED', p, targetMeeting(doc, index, at + m[0].length));
    }
  });
  // Who presided is not also counted as attending the same meeting.
  const presided = new Set(facts.filter((f) => f.type === 'PRESIDED').map((f) => `${f.person}|${f.meeting}`));
  doc.roles = facts.filter((f) => f.type !== 'ATTENDED' || !presided.has(`${f.person}|${f.meeting}`));
}
