// Who presided, attended and spoke at the article's events, read from the predicate that governs a
// list of people, wherever the list stands:
//   市领导甲、乙，老领导丙出席 / 县领导甲、乙等在主席台就座 / 甲、乙等在职领导，各界代表参加活动
//   副主任甲、乙，秘书长丙参加会议 / 甲担任执行主席 / 会议由甲主持 / 在甲、乙的陪同下
//   参加会议并在前排就座的有：甲、乙 / 执行主席是：甲、乙
//   县长甲对…进行了讲评 / 甲向大会作政府工作报告                       → SPOKE_AT
// The predicates and what may stand between a list and its predicate are tables
// (lexicon/participation.ts). People only cited (学习贯彻甲…讲话精神) take no part.
import { mentionAt, spanOf, type ArticleDoc, type PersonMention, type RoleFact } from '../core/doc.js';
import {
  CITED_AFTER, CITED_BEFORE, COVERB_PHRASES, GROUP_ENDINGS, LEADING_WORDS, LIST_ADVERBS, LIST_AFTER, PREDICATES, type ParticipationRole,
} from '../lexicon/participation.js';
import { NAME_NOTE } from '../lexicon/name-notes.js';
import { articleEvent } from './article-event.js';
import { POST_WORDS, POSTS_AFTER_NAME } from '../lexicon/title-words.js';
import { WordList } from '../core/word-list.js';

const POST_END = new WordList([...POST_WORDS, ...GROUP_ENDINGS]);
const alternation = (parts: readonly string[]) => parts.map((p) => `(?:${p})`).join('|');

// (女), (回族): a note printed after a name in a list.
const NOTE = `(?:${NAME_NOTE})?`;
// 等, 等人, 等县领导, 等县“四大家”在家领导: 等 and the group the list stands for.
// 8名委员, 等5位同志: a count of those listed and what they are.
const ETC = '(?:等[^，。；：、]{0,16}?|等?[0-9一二三四五六七八九十两]+[名位个][^，。；：、]{0,8}?)?';
// ，县直单位负责人，驻县部队代表: groups named after the people, up to the predicate. A group
// runs to the next mark only, so a long run of groups is read once, not split every way.
// 及省经委、商务厅有关领导: a group may name several bodies, joined by 、, before its group word.
// Each group is read once, as it first matches, and never taken apart again (a lookahead that
// captures, then the capture consumed): 、甲单位代表、乙单位代表 could be split into groups in
// many ways, and trying them all when no predicate follows took seconds on a long list.
const GROUP = `(?:[，、]|以及|和|及)(?:[^，。；：、]{1,12}、){0,8}[^，。；：、]{1,24}?(?:${GROUP_ENDINGS.join('|')})${ETC}`;
const GROUPS = `(?:(?=(?<group>${GROUP}))\\k<group>)*`;
const ADVERBS = `(?:${LIST_ADVERBS.join('|')})*`;
const COVERBS = `(?:${alternation(COVERB_PHRASES)}){0,3}`;
// 王某省长主持: a post written after the name stands between it and the predicate.
const POST_AFTER = `(?:${POSTS_AFTER_NAME.join('|')})?`;
// Each predicate read where a list ends (re), and anywhere (a list that follows its predicate; and
// the cheap look that spares `re` a tail without the predicate).
const ROLE_PATTERNS = PREDICATES.map((p) => ({ ...p, re: new RegExp(`^${POST_AFTER}${NOTE}${ETC}${GROUPS}[，]?${ADVERBS}${COVERBS}${ADVERBS}(?:${p.pattern})`), anywhere: new RegExp(p.pattern) }));
// 出席并主持会议, 主持会议并讲话: a second predicate joined by 并 gives its role too.
const CHAINED = PREDICATES.map((p) => ({ ...p, re: new RegExp(`^[^，。；：]{0,10}?并${ADVERBS}(?:${p.pattern})`) }));
// What every chained pattern needs: a 并 near the start. Most tails have none, and one look for it
// spares reading the tail once per predicate.
const CHAIN_OPEN = /^[^，。；：]{0,10}?并/;
const CITED_AFTER_RE = new RegExp(CITED_AFTER);
const CITED_BEFORE_RE = new RegExp(CITED_BEFORE);
const LIST_AFTER_RE = new RegExp(LIST_AFTER);
const GAP_OPEN = new RegExp(`^${NOTE}${ETC}([、，,]|和|及|与|以及|，以及)`);
const CLAUSE_MARKS = ['，', '。', '；', '！', '？'];
const LEADS = new RegExp(`^${NOTE}(?:${LEADING_WORDS.join('|')})`);
// Words that open a clause of their own, which no post holds.
const CLAUSE_IN_GAP = /由|会议|受|向|将|被|把/;

/** Between two people of one list stand a separator and the next one's posts: 、 / ，副市长 / 等在职领导，. */
function listGap(gap: string): boolean {
  if (gap === '') return true;
  const open = GAP_OPEN.exec(gap);
  if (!open || /[。；：]/.test(gap) || gap.length > 40) return false;
  const rest = gap.slice(open[0].length);
  // ，会议由县长乙: a clause of its own stands there, not the next one's posts.
  return rest === '' || (POST_END.endsAt(rest, rest.length) && !CLAUSE_IN_GAP.test(rest));
}

/** The people of the sentence cut into lists, each in text order. */
function listsOf(doc: ArticleDoc, people: PersonMention[]): PersonMention[][] {
  const lists: PersonMention[][] = [];
  let current: PersonMention[] = [];
  for (const p of people) {
    const last = current.at(-1);
    if (last && p.start >= last.end && listGap(doc.text.slice(last.end, p.start))) current.push(p);
    else {
      if (current.length) lists.push(current);
      current = [p];
    }
  }
  if (current.length) lists.push(current);
  return lists;
}

/** The role the list's predicate gives, and where the predicate ends, when one follows the list. */
function predicateAfter(tail: string): { role: ParticipationRole; end: number } | null {
  for (const p of ROLE_PATTERNS) {
    if (!p.anywhere.test(tail)) continue;
    const m = p.re.exec(tail);
    if (m && !CITED_AFTER_RE.test(tail.slice(m[0].length))) return { role: p.role, end: m[0].length };
  }
  return null;
}

/** Where a list that follows its predicate opens in the sentence (出席…就座的领导有：|甲、乙), and
 * the role the predicate gives; null when the sentence has no such opening. */
function listOpening(sentence: string): { at: number; role: ParticipationRole } | null {
  const m = LIST_AFTER_RE.exec(sentence);
  if (!m) return null;
  const clause = sentence.slice(Math.max(...CLAUSE_MARKS.map((c) => sentence.lastIndexOf(c, m.index))) + 1, m.index + m[0].length);
  let best: { role: ParticipationRole; at: number } | null = null;
  for (const p of ROLE_PATTERNS) {
    const found = p.anywhere.exec(clause);
    if (found && (!best || found.index < best.at)) best = { role: p.role, at: found.index };
  }
  // 执行主席是：甲、乙 names no verb: the presidium sits at the meeting. Any other opening needs one.
  if (!best && !/(主席|主持人)还?是/.test(m[0])) return null;
  return { at: m.index + m[0].length, role: best?.role ?? 'ATTENDED' };
}

function meetingNamedAfter(doc: ArticleDoc, sentence: number, offset: number): number {
  return doc.meetings.findIndex((m) => m.sentence === sentence && m.start >= offset && m.start - offset <= 4);
}

/** An inspection named after who made it (副市长甲来衡调研) is theirs. */
function meetingIncluding(doc: ArticleDoc, sentence: number, offset: number): number {
  return doc.meetings.findIndex((m) => m.sentence === sentence && m.start <= offset && offset <= m.end);
}

/** The meeting a role in this sentence is about: one named right after the verb, else the article's own. */
function targetMeeting(doc: ArticleDoc, sentence: number, verbEnd: number): number {
  const named = meetingNamedAfter(doc, sentence, verbEnd);
  return named >= 0 ? named : doc.mainMeeting;
}

/** The first date of the body: the day of the article's own event when no sentence dates it. */
function leadDay(doc: ArticleDoc): { date: string | null; time: string | null } {
  const lead = doc.dates.find((d) => d.start >= doc.bodyStart);
  return { date: lead?.date ?? null, time: lead?.time ?? null };
}

export function participation(doc: ArticleDoc): void {
  const facts: RoleFact[] = [];
  const add = (type: ParticipationRole, p: PersonMention, meeting: number) => {
    // Speaking alone (甲介绍, 甲表示) tells of no event: a quote may be said to the reporter.
    const event = meeting >= 0 ? meeting : type === 'SPOKE_AT' ? -1 : articleEvent(doc, leadDay(doc));
    if (event >= 0) facts.push({ type, mention: spanOf(p), meeting: event, sentence: p.sentence });
  };
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    const people = doc.people.filter((p) => p.sentence === index).sort((a, b) => a.start - b.start);
    const opening = listOpening(s.text);
    // 甲带领乙、丙赴某地考察: who leads a party goes where it goes; its role waits for the next list's.
    let leaders: PersonMention[] = [];
    for (const list of listsOf(doc, people)) {
      const first = list[0] as PersonMention;
      const last = list.at(-1) as PersonMention;
      // The clause before the list, without the first person's posts.
      const head = doc.text.slice(s.start, Math.min(first.start, ...first.titles.map((t) => t.start)));
      const clause = head.slice(Math.max(...CLAUSE_MARKS.map((m) => head.lastIndexOf(m))) + 1);
      if (CITED_BEFORE_RE.test(clause)) continue;
      const tail = doc.text.slice(last.end, s.end);
      const found = predicateAfter(tail);
      const led = leaders;
      leaders = !found && LEADS.test(tail) ? list : [];
      // 出席会议的有甲，会议由乙主持: a list with a predicate of its own follows it, not the opening.
      if (!found && opening && first.start - s.start >= opening.at) {
        for (const p of list) add(opening.role, p, doc.mainMeeting);
        continue;
      }
      if (!found) continue;
      const inside = meetingIncluding(doc, index, first.start);
      const meeting = inside >= 0 ? inside : targetMeeting(doc, index, last.end + found.end);
      for (const p of [...led, ...list]) add(found.role, p, meeting);
      const rest = tail.slice(found.end);
      const chained = CHAIN_OPEN.test(rest) ? CHAINED.find((c) => c.re.test(rest)) : undefined;
      if (chained && chained.role !== found.role) for (const p of list) add(chained.role, p, meeting);
    }
  });
  // Who presided is not also counted as attending the same meeting.
  const key = (f: RoleFact) => `${mentionAt(doc, f.mention)?.name}|${f.meeting}`;
  const presided = new Set(facts.filter((f) => f.type === 'PRESIDED').map(key));
  doc.roles = facts.filter((f) => f.type !== 'ATTENDED' || !presided.has(key(f)));
}
