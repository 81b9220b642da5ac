// People: names after titles (市委书记邓群策), stacked titles (市委副书记、市长朱健), protocol lists
// (市领导张霞、李鹏飞、龚学余，老领导许祥发…), names before 总书记, the byline, and then every later
// mention of a name already found (朱健指出). No list of known people: surnames and context only.
import type { ArticleDoc, PersonMention, TitleMention } from './doc.js';
import { freeNames } from './free-names.js';
import { nameAt, nameEndingAt } from './names.js';
import { titleCandidates } from './titles.js';

// Posts that stand for a group, so every name of the list that follows holds them: 市领导A、B、C.
const COLLECTIVE_POST = /(领导|委员|常委|嘉宾)$/;

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

function titledPeople(doc: ArticleDoc): PersonMention[] {
  const found: PersonMention[] = [];
  doc.sentences.forEach((sentence, index) => {
    const titles = titleCandidates(sentence, doc.tokens);
    const local = (offset: number) => offset - sentence.start;
    for (const title of titles) {
      const name = nameAt(sentence.text, local(title.end));
      if (!name) continue;
      const stack = stackedBefore(title, titles);
      let start = title.end;
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
    // 习近平总书记
    for (const m of sentence.text.matchAll(/总书记/g)) {
      const name = nameEndingAt(sentence.text, m.index);
      if (!name) continue;
      const start = sentence.start + m.index - name.length;
      if (overlaps(found, start, start + name.length)) continue;
      const title = { start: sentence.start + m.index, end: sentence.start + m.index + 3, text: '总书记' };
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
        if (!overlaps(found, start, end) && !overlaps(more, start, end)) more.push({ start, end, name, titles: [], sentence: index });
        at = sentence.text.indexOf(name, at + name.length);
      }
    }
  });
  return more;
}

/** Names with no title before them, read from how they look and what stands around them. */
function untitledPeople(doc: ArticleDoc, found: PersonMention[]): PersonMention[] {
  const more: PersonMention[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (sentence.text.startsWith('■')) return;
    const tokens = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    for (const n of freeNames(sentence.text, tokens, sentence.start, FREE_NAME_THRESHOLD)) {
      const start = sentence.start + n.start;
      const end = sentence.start + n.end;
      if (!overlaps(found, start, end) && !overlaps(more, start, end)) more.push({ start, end, name: n.name, titles: [], sentence: index, ...(n.bare ? { bareSurname: true } : {}) });
    }
  });
  return more;
}

// High enough that a name needs both the look of one and a context that expects one.
const FREE_NAME_THRESHOLD = 5;

export function people(doc: ArticleDoc, pageNames: ReadonlySet<string> = new Set()): void {
  const titled = [...titledPeople(doc)];
  titled.push(...untitledPeople(doc, titled));
  const known = new Set([...pageNames, ...titled.filter((p) => !p.bareSurname).map((p) => p.name), ...doc.reporters.map((r) => r.name)]);
  const all = [...titled, ...laterMentions(doc, known, titled)].sort((a, b) => a.start - b.start);
  doc.people = all;
}
