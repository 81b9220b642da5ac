// People: names after titles (市委书记邓群策), stacked titles (市委副书记、市长朱健), protocol lists
// (市领导张霞、李鹏飞、龚学余，老领导许祥发…), names before 总书记, the byline, and then every later
// mention of a name already found (朱健指出). No list of known people: surnames and context only.
import { tokensWithin } from '../core/tokens.js';
import type { ArticleDoc, PersonMention, TitleMention } from '../core/doc.js';
import { freeNames } from './free-names.js';
import { bodyHolding } from '../bodies/organizations.js';
import { nameAt, nameEndingAt } from './names.js';
import { NAME_NOTE } from '../lexicon/name-notes.js';
import { POST_WORDS, POSTS_AFTER_NAME, SHARED_MARKS, SOLE_POSTS, TITLE_MODIFIERS } from '../lexicon/title-words.js';
import { WordList } from '../core/word-list.js';
import { titleCandidates } from './titles.js';
import { matchesIn } from '../core/matches.js';
import { isOrCutsPlace } from './place-names.js';
import { division } from '../lexicon/divisions.js';
import { groupListEnds, listItems, nameShaped } from './list-items.js';
import { appointedPostAt } from './name-context.js';

// 全国政协主席, 国家副主席, 泰国前总理: what ends a body or a modifier, not a name, before the post.
const BODY_ENDS = /[副前家协央党院委府部省市县区团会长国]$/;
const COPULAS = new Set(['是', '为', '有', '及', '即', '系']);
const PREPOSITIONS = new Set(['向', '对', '和', '与', '同', '在', '为', '给', '把', '被', '跟', '由', '让']);

// 同志 follows names too, but as a form of address, not a post.
const POST_AFTER_NAME = new RegExp(POSTS_AFTER_NAME.filter((p) => p !== '同志').join('|'), 'g');

// Posts that stand for a group, so every name of the list that follows holds them: 市领导A、B、C.
const COLLECTIVE_POST = /(领导|委员|常委|嘉宾)$/;

/** Whether a word of up to five characters runs across `offset` from before it. */
function opensInsideWord(doc: ArticleDoc, offset: number): boolean {
  return tokensWithin(doc.tokens, offset - 4, offset + 4).some((t) => t.start < offset && offset < t.end);
}

function overlaps(mentions: PersonMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/** Titles stacked before `title` with 、 between them: 市委副书记、市长. */
function stackedBefore(title: TitleMention, titles: TitleMention[]): TitleMention[] {
  const stack = [title];
  let head = title;
  for (;;) {
    const prev = titles.find((t) => t.end === head.start - 1);
    if (!prev) break;
    stack.unshift(prev);
    head = prev;
  }
  return stack;
}

/** 区委书记冼立言，: after a post, three characters closed by a mark are a name even when the
 * surname is rarer than the table holds. */
function rareSurnameName(text: string, i: number): string | null {
  const end = i + 3;
  if (end >= text.length || !/^[，、。；（(]/.test(text.slice(end, end + 1))) return null;
  // 执行主席是甲、: 是 and the other words that open a clause open no name.
  return nameShaped(text, i, end) && !PREPOSITIONS.has(text.charAt(i)) && !COPULAS.has(text.charAt(i)) ? text.slice(i, end) : null;
}

function titledPeople(doc: ArticleDoc): PersonMention[] {
  const found: PersonMention[] = [];
  doc.sentences.forEach((sentence, index) => {
    const titles = titleCandidates(sentence, doc.tokens);
    const local = (offset: number) => offset - sentence.start;
    for (const title of titles) {
      // 执行主席是甲、乙: a post, 是, then the list of those who hold it.
      const copula = /(主席|主持人)$/.test(title.text) ? (/^是[：:]?/.exec(sentence.text.slice(local(title.end)))?.[0].length ?? 0) : 0;
      const at = local(title.end) + copula;
      const name = nameAt(sentence.text, at) ?? rareSurnameName(sentence.text, at);
      if (!name) continue;
      const stack = stackedBefore(title, titles);
      let start = title.end + copula;
      let current: string | null = name;
      let inherited = COLLECTIVE_POST.test(title.text) ? stack : [];
      let first = true;
      while (current) {
        const end = start + current.length;
        if (!overlaps(found, start, end)) {
          found.push({ start, end, name: current, titles: first ? stack : inherited, sentence: index });
          doc.titles.push(...(first ? stack : inherited));
        }
        first = false;
        // A list goes on after 、: 市领导张霞、李鹏飞、龚学余
        if (sentence.text[local(end)] !== '、') break;
        start = end + 1;
        current = nameAt(sentence.text, local(start));
        if (!current) inherited = [];
      }
    }
    // 习近平总书记: a few posts are written after the name, and are titles there too.
    for (const m of matchesIn(POST_AFTER_NAME, sentence.text)) {
      // 主席台, 主席团, 书记处: the post word opens a longer word there.
      if (/^(主席[台团]|书记[处员])/.test(sentence.text.slice(m.index, m.index + 3))) continue;
      const name = nameEndingAt(sentence.text, m.index);
      // 向毛主席致敬: a preposition and a surname alone (毛主席, 周总理) are not a two-character name.
      if (!name || (name.length === 2 && PREPOSITIONS.has(name[0] as string)) || BODY_ENDS.test(name) || TITLE_MODIFIERS.has(name)) continue;
      // 实施吕总理, 若尔丹总理: a name does not open inside a word (施 of 实施, 尔 of 若尔丹).
      if (opensInsideWord(doc, sentence.start + m.index - name.length)) continue;
      // 安乡县长乐乡: the name and the post's first character make a division (安乡县).
      if (division(name + sentence.text.charAt(m.index))) continue;
      // 俄罗斯总理: 罗斯 is a surname and a given name, but the tail of a country here.
      if (isOrCutsPlace(sentence.text, m.index - name.length, m.index)) continue;
      const start = sentence.start + m.index - name.length;
      if (overlaps(found, start, start + name.length)) continue;
      const title: TitleMention = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] };
      found.push({ start, end: start + name.length, name, titles: [title], sentence: index });
      doc.titles.push(title);
    }
  });
  return found;
}

/** Every further mention of a name already known on this article: 朱健指出, 朱健、高山出席… */
function laterMentions(doc: ArticleDoc, known: Set<string>, found: PersonMention[]): PersonMention[] {
  const more: PersonMention[] = [];
  const names = [...known].sort((a, b) => b.length - a.length);
  doc.sentences.forEach((sentence, index) => {
    for (const name of names) {
      let at = sentence.text.indexOf(name);
      while (at >= 0) {
        const start = sentence.start + at;
        const end = start + name.length;
        if (!overlaps(found, start, end) && !overlaps(more, start, end) && !insideBodyName(doc, start, end)) more.push({ start, end, name, titles: [], sentence: index });
        at = sentence.text.indexOf(name, at + name.length);
      }
    }
  });
  return more;
}

/** 柏晓红特殊教育服务中心: a name that opens a body's name, or stands inside it, is part of
 * that name, not a person told of. */
function insideBodyName(doc: ArticleDoc, start: number, end: number): boolean {
  const body = bodyHolding(doc.bodies, start, end);
  return body !== undefined && end < body.end;
}

/** Names with no title before them, read from how they look and what stands around them. */
function untitledPeople(doc: ArticleDoc, found: PersonMention[]): PersonMention[] {
  const more: PersonMention[] = [];
  // The names already found in each sentence, which a list there may go on from.
  const bySentence = new Map<number, Array<{ start: number; end: number }>>();
  for (const p of found) {
    const start = doc.sentences[p.sentence]?.start ?? 0;
    const spans = bySentence.get(p.sentence) ?? [];
    spans.push({ start: p.start - start, end: p.end - start });
    bySentence.set(p.sentence, spans);
  }
  doc.sentences.forEach((sentence, index) => {
    if (sentence.text.startsWith('■')) return;
    const tokens = tokensWithin(doc.tokens, sentence.start, sentence.end);
    for (const n of freeNames(sentence.text, tokens, sentence.start, FREE_NAME_THRESHOLD, bySentence.get(index))) {
      const start = sentence.start + n.start;
      const end = sentence.start + n.end;
      if (insideBodyName(doc, start, end)) continue;
      // 到安乡县调研: a name that runs into a division's suffix is the division's name.
      if (division(sentence.text.slice(n.start, n.end + 1)) || division(sentence.text.slice(n.start, n.end + 2))) continue;
      // 宣传部部长: a body's name that runs into its post is the title, not a name.
      if (BODY_END.test(n.name) && POSTS.startsAt(sentence.text, n.end)) continue;
      if (!overlaps(found, start, end) && !overlaps(more, start, end)) more.push({ start, end, name: n.name, titles: [], sentence: index, ...(n.bare ? { bareSurname: true } : {}) });
    }
  });
  return more;
}

// 甲（女）、乙: what may stand between two names of a list.
const NOTE_THEN_MARK = new RegExp(`^(?:${NAME_NOTE})?、$`);
const BODY_END = /[部局委办厅处院会司团队组站所]$/;
const POSTS = new WordList(POST_WORDS);

// High enough that a name needs both the look of one and a context that expects one.
const FREE_NAME_THRESHOLD = 5;

/** The rest of every list that holds a name found: 执行主席是：甲、乙、丙 from 乙 alone. */
function listedPeople(doc: ArticleDoc, found: PersonMention[]): PersonMention[] {
  const more: PersonMention[] = [];
  // 沐清源 of 甲、沐清源、乙 holds the 清源 read alone before: the item read whole replaces it.
  const within = (start: number, end: number) => found.filter((p) => p.start < end && start < p.end);
  const replaceable = (start: number, end: number) => within(start, end).every((p) => p.start >= start && p.end <= end && !p.titles.length && p.end - p.start < end - start);
  doc.sentences.forEach((sentence, index) => {
    const local = found.filter((p) => p.sentence === index).map((p) => ({ start: p.start - sentence.start, end: p.end - sentence.start }));
    const closing = groupListEnds(sentence.text).filter((g) => !local.some((l) => l.start < g.end && g.start < l.end));
    if (!local.length && !closing.length) return;
    for (const span of [...closing, ...listItems(sentence.text, [...local, ...closing])]) {
      const start = sentence.start + span.start;
      const end = sentence.start + span.end;
      if (insideBodyName(doc, start, end) || !replaceable(start, end)) continue;
      for (const p of within(start, end)) found.splice(found.indexOf(p), 1);
      more.push({ start, end, name: doc.text.slice(start, end), titles: [], sentence: index });
    }
  });
  return more;
}

/** Whether several people may hold the post at once: 副主任, 执行主席, 委员, but not 市委书记. */
function sharedPost(title: TitleMention): boolean {
  const sole = SOLE_POSTS.find((post) => title.text.endsWith(post));
  return !sole || SHARED_MARKS.some((mark) => title.text.slice(0, -sole.length).endsWith(mark));
}

/** 副主任甲、乙、丙: a post several may hold, before a run of names joined by 、, is held by each. */
function sharePosts(doc: ArticleDoc, people: PersonMention[]): void {
  for (let i = 1; i < people.length; i++) {
    const prev = people[i - 1] as PersonMention;
    const p = people[i] as PersonMention;
    if (p.titles.length || !prev.titles.length || prev.sentence !== p.sentence || !prev.titles.every(sharedPost)) continue;
    if (!NOTE_THEN_MARK.test(doc.text.slice(prev.end, p.start))) continue;
    p.titles = prev.titles;
  }
}

/** The run of names joined by 、 (a note between allowed) that ends (step -1) or begins (step 1)
 * with people[i], in text order: 甲、乙（女）、丙. */
function nameRun(doc: ArticleDoc, people: PersonMention[], i: number, step: 1 | -1): PersonMention[] {
  const run = [people[i] as PersonMention];
  for (let k = i + step; k >= 0 && k < people.length; k += step) {
    const q = people[k] as PersonMention;
    const [a, b] = step === 1 ? [run.at(-1) as PersonMention, q] : [q, run[0] as PersonMention];
    if (q.sentence !== run[0]!.sentence || !NOTE_THEN_MARK.test(doc.text.slice(a.end, b.start))) break;
    if (step === 1) run.push(q);
    else run.unshift(q);
  }
  return run;
}

// 甲、乙、丙等市领导出席: a group post after 等 closing a run of names.
const GROUP_POST_AFTER = /^等([市省县区州旗镇乡]?(?:领导同志|领导|常委|委员))/;

/** 甲、乙、丙等市领导出席: the group post after the run is held by each name of it that has none. */
function groupPostAfterList(doc: ArticleDoc, people: PersonMention[]): void {
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as PersonMention;
    const m = GROUP_POST_AFTER.exec(doc.text.slice(p.end, p.end + 8));
    if (!m) continue;
    const start = p.end + 1;
    const title: TitleMention = { start, end: start + (m[1] as string).length, text: m[1] as string };
    const run = nameRun(doc, people, i, -1);
    const untitled = run.filter((q) => !q.titles.length);
    if (run.length < 2 || !untitled.length) continue;
    for (const q of untitled) q.titles = [title];
    doc.titles.push(title);
  }
}

/** 甲、乙为某区人民政府副区长: the post 为 names after a run of names is held by each of them. */
function appointedPosts(doc: ArticleDoc, people: PersonMention[]): void {
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as PersonMention;
    const sentence = doc.sentences[p.sentence];
    const post = sentence ? appointedPostAt(sentence.text, p.end - sentence.start) : null;
    if (!sentence || !post) continue;
    const start = sentence.start + post.start;
    const title: TitleMention = { start, end: start + post.text.length, text: post.text };
    const run = nameRun(doc, people, i, -1);
    const untitled = run.filter((q) => !q.titles.length);
    if (!untitled.length) continue;
    for (const q of untitled) q.titles = [title];
    doc.titles.push(title);
  }
}

// 本次大会的执行主席是(按姓名笔画排列)：甲、乙、丙: a post, a copula, then the run of names that hold it.
const COPULA_BEFORE_NAMES = /(?:是|为)(?:[（(][^（）()]{1,12}[）)])?[：:]?$/;
const TITLE_OPENING = /[的，。、：；（(\s]/;
const CLAUSE_END_AFTER = new RegExp(`^(?:${NAME_NOTE})?(?:[，。；]|$)`);

/** 执行主席是甲、乙、丙: the post before the copula is held by each name of the run after it. */
function postBeforeCopula(doc: ArticleDoc, people: PersonMention[]): void {
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as PersonMention;
    const sentence = doc.sentences[p.sentence];
    if (!sentence) continue;
    const before = doc.text.slice(sentence.start, p.start);
    const copula = COPULA_BEFORE_NAMES.exec(before);
    if (!copula) continue;
    const postEnd = before.length - copula[0].length;
    if (!POSTS.longestEndingAt(before, postEnd)) continue;
    let postStart = postEnd;
    while (postStart > 0 && postEnd - postStart < 12 && !TITLE_OPENING.test(before.charAt(postStart - 1))) postStart--;
    const start = sentence.start + postStart;
    const title: TitleMention = { start, end: sentence.start + postEnd, text: before.slice(postStart, postEnd) };
    const run = nameRun(doc, people, i, 1);
    // 县长为甲颁发证书: after 为, names that do something are not the post's holders.
    const last = run.at(-1) as PersonMention;
    if (copula[0].startsWith('为') && !CLAUSE_END_AFTER.test(doc.text.slice(last.end, last.end + 8))) continue;
    const untitled = run.filter((q) => !q.titles.length);
    if (!untitled.length) continue;
    for (const q of untitled) q.titles = [title];
    doc.titles.push(title);
    i += run.length - 1;
  }
}

export function people(doc: ArticleDoc, pageNames: ReadonlySet<string> = new Set()): void {
  const titled = [...titledPeople(doc)];
  titled.push(...untitledPeople(doc, titled));
  titled.push(...listedPeople(doc, titled));
  const known = new Set([...pageNames, ...titled.filter((p) => !p.bareSurname).map((p) => p.name), ...doc.reporters.map((r) => r.name)]);
  const all = [...titled, ...laterMentions(doc, known, titled)].sort((a, b) => a.start - b.start);
  sharePosts(doc, all);
  groupPostAfterList(doc, all);
  appointedPosts(doc, all);
  postBeforeCopula(doc, all);
  doc.people = all;
}
