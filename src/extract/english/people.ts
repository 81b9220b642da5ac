// People in English news: names a post is printed beside (Mayor Lin Hua; Mo Tao, Party
// secretary of Qingshan,), names after an honorific (Dr. Ade Bello), Chinese names in pinyin
// (Bo Tao, Ouyang Ming), other names compromise reads as people (John Smith); then every
// later mention: the full name, the surname alone (Lin said, Mr. Roe), and "the <post>" when
// one person holds it (the Governor). English names are kept as written.
import nlp from 'compromise';
import type { ArticleDoc, PersonMention, TitleMention } from '../core/doc.js';
import { attachPosts } from './attach.js';
import { NOT_NAME_WORDS } from './lexicon.js';
import { HONORIFIC_ALTERNATION, OFFICE_HONORIFICS } from './lexicon-posts.js';
import { ALONG_WITH } from './lexicon-events.js';
import { laterMentions } from './mentions.js';
import { cutName, isFusedPinyinName, isPinyinName, nameAt } from './names.js';
import { findPosts } from './posts.js';
import { listMembers, listNeighbours, predicateNames } from './name-cues.js';

const HONORIFIC_AT = new RegExp(`\\b(?:${HONORIFIC_ALTERNATION})(?: ?\\.)? (?=[A-Z])`, 'g');
/** What stands between two listed people: "Jizheng, together with Liu Aimin, Congke and …". */
const LIST_NEIGHBOUR = new RegExp(`^(?:,\\s*(?:and\\s+)?|\\s+and\\s+|,?\\s+${ALONG_WITH}\\s+)$`);
const LIST_PLACE_BEFORE = /(?:\b(?:of|in|at|from|to|for|by|on)|[A-Z][\w'’-]*) $/;
const ONE_WORD = /\b[A-Z][a-z]{2,10}\b/g;
const PINYIN_NAME = /\b([A-Z][a-z]+) ([A-Z][a-z]+)(?: ([A-Z][a-z]+-[a-z]+))?\b/g;

export function englishPeople(doc: ArticleDoc): void {
  const found: PersonMention[] = [];
  const surnames: Array<{ start: number; end: number; word: string; sentence: number }> = [];
  const overlaps = (start: number, end: number) => found.some((p) => p.start < end && start < p.end);
  const places = new Set(doc.context.city ? [doc.context.city] : []);
  const placeWords = [...places].map((p) => p.split(' '));
  const add = (start: number, name: string, titles: TitleMention[], sentence: number, fused = false) => {
    // "Deputy Commissioner Dera Ismail Khan said": the dateline's city after a post is where, not who.
    if (overlaps(start, start + name.length) || places.has(name)) return;
    if (name.includes(' ') || name.includes('.') || ((fused || titles.length) && isFusedPinyinName(name))) found.push({ start, end: start + name.length, name, titles, sentence });
    else surnames.push({ start, end: start + name.length, word: name, sentence });
  };
  doc.sentences.forEach((s, sentence) => {
    if (s.text.startsWith('■') || (s.inHeadline && s.text.startsWith('By '))) return;
    // Headlines shorten posts (Secretary Lin Hua, Gov. Obi): their names count, their posts not.
    for (const holder of attachPosts(s.text, findPosts(s.text, placeWords))) {
      const full = holder.name.name.includes(' ') || holder.name.name.includes('.') || isFusedPinyinName(holder.name.name);
      const titles = s.inHeadline || !full ? [] : holder.posts.filter((p) => !p.possessive && !p.generic).map((p) => ({ start: s.start + p.start, end: s.start + p.end, text: p.text }));
      add(s.start + holder.name.start, holder.name.name, titles, sentence);
    }
    for (const m of s.text.matchAll(HONORIFIC_AT)) {
      const name = nameAt(s.text, m.index, true);
      if (!name) continue;
      const office = /^[A-Za-z]+/.exec(m[0])?.[0] ?? '';
      const titled = !s.inHeadline && OFFICE_HONORIFICS.has(office) && name.name.includes(' ');
      add(s.start + name.start, name.name, titled ? [{ start: s.start + m.index, end: s.start + m.index + office.length, text: office }] : [], sentence);
    }
    for (const m of s.text.matchAll(PINYIN_NAME)) {
      const name = m[3] ? m[0] : `${m[1]} ${m[2]}`;
      if (!isPinyinName(name) || cutName(name.slice(name.indexOf(' ') + 1), true) !== name.slice(name.indexOf(' ') + 1)) continue;
      // "He said" is a pronoun; "He Min attended" (a surname after a comma or "and") is a name.
      if (NOT_NAME_WORDS.has(m[1] as string) && !/(,|\band) $/.test(s.text.slice(0, m.index))) continue;
      add(s.start + m.index, name, [], sentence);
    }
    if (!s.inHeadline) for (const c of predicateNames(s.text)) add(s.start + c.start, c.name, [], sentence);
    for (const p of nlp(s.text).people().out('array') as string[]) {
      const run = p.trim().replace(/[,.;:]+$/, '').replace(/['’]s$/, '');
      const name = cutName(run, false);
      const at = name ? s.text.indexOf(name) : -1;
      if (name && at >= 0 && name.includes(' ')) add(s.start + at, name, [], sentence);
    }
    for (const p of found.filter((f) => f.sentence === sentence)) {
      for (const c of listNeighbours(s.text, p.start - s.start, p.end - s.start)) add(s.start + c.start, c.name, [], sentence);
    }
    const known = found.filter((f) => f.sentence === sentence).map((f) => ({ start: f.start - s.start, end: f.end - s.start }));
    for (const c of listMembers(s.text, known)) add(s.start + c.start, c.name, [], sentence);
    // One-word pinyin names listed beside a known person, read outwards until none is added.
    for (let grew = !s.inHeadline; grew; ) {
      grew = false;
      for (const m of s.text.matchAll(ONE_WORD)) {
        const [a, b] = [s.start + m.index, s.start + m.index + m[0].length];
        // Not a word of a longer capitalised run (Yueyang Mayor), nor a place after a preposition (mayor of Ningde).
        if (!isFusedPinyinName(m[0]) || overlaps(a, b) || /^ [A-Z]/.test(s.text.slice(m.index + m[0].length)) || LIST_PLACE_BEFORE.test(s.text.slice(0, m.index))) continue;
        const listed = found.filter((p) => p.sentence === sentence);
        const end = (p: PersonMention) => Math.max(p.end, ...p.titles.map((t) => t.end));
        if (!listed.some((p) => LIST_NEIGHBOUR.test(doc.text.slice(b, p.start)) || LIST_NEIGHBOUR.test(doc.text.slice(end(p), a)))) continue;
        add(a, m[0], [], sentence, true);
        grew = true;
      }
    }
  });
  doc.people = laterMentions(doc, found, surnames).sort((a, b) => a.start - b.start);
  doc.titles = doc.people.flatMap((p) => p.titles);
  doc.reporters = doc.article.byline;
}
