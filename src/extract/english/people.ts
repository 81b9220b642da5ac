// People in English news: a post before the name (Mayor Zhu Jian), a post phrase after it (Deng
// Qunce, Party secretary of Hengyang,), Chinese names in pinyin (Li Pengfei, Ouyang Mingyuan),
// other names compromise reads as people (John Smith); then every later mention of a known name.
// English names are kept as written.
import nlp from 'compromise';
import type { ArticleDoc, PersonMention, TitleMention } from '../doc.js';
import { NOT_NAME_WORDS, PINYIN_SURNAMES, POST_WORD, TITLE_BEFORE } from './lexicon.js';

const CAP = "[A-Z][a-z]+(?:-[a-z]+)?";
const NAME = `${CAP}(?: ${CAP}){1,2}`;
const TITLE_BEFORE_NAME = new RegExp(`\\b((?:[A-Z][a-z]+ ){0,3}(?:${TITLE_BEFORE.map((t) => t.replace('.', '\\.')).join('|')}))(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)? (${NAME})`, 'g');
const NAME_THEN_POST = new RegExp(`(${NAME}), ((?:the |a )?(?:[\\w-]+ ){0,6}?(?:${POST_WORD.source.slice(2, -2)})(?: of (?:the )?[A-Za-z][\\w]*(?: [A-Za-z][\\w]*){0,6})?)(?=[,.;])`, 'g');
const PINYIN_NAME = new RegExp(`\\b(${CAP}) (${CAP})\\b`, 'g');

/** A name of two or three capitalised words, none a common capitalised word — but a pinyin surname
 * that is also an English word (He Min, Long Wei) still opens a name. */
function cleanName(name: string): string | null {
  const words = name.split(' ');
  const ok = words.every((w, i) => !NOT_NAME_WORDS.has(w) || (i === 0 && PINYIN_SURNAMES.has(w) && !NOT_NAME_WORDS.has(words[1] ?? '')));
  return words.length >= 2 && ok ? name : null;
}

export function englishPeople(doc: ArticleDoc): void {
  const found: PersonMention[] = [];
  const overlaps = (start: number, end: number) => found.some((p) => p.start < end && start < p.end);
  const add = (start: number, name: string, titles: TitleMention[], sentence: number, length = name.length) => {
    if (!overlaps(start, start + length)) found.push({ start, end: start + length, name, titles, sentence });
  };
  doc.sentences.forEach((s, sentence) => {
    if (s.text.startsWith('By ') && s.inHeadline) return;
    for (const m of s.text.matchAll(TITLE_BEFORE_NAME)) {
      const name = cleanName(m[2] as string);
      if (!name) continue;
      const titleStart = s.start + m.index;
      const title = m[0].slice(0, m[0].length - (m[2] as string).length - 1);
      add(s.start + m.index + m[0].length - (m[2] as string).length, name, [{ start: titleStart, end: titleStart + title.length, text: title }], sentence);
    }
    for (const m of s.text.matchAll(NAME_THEN_POST)) {
      const name = cleanName(m[1] as string);
      if (!name) continue;
      const postStart = s.start + m.index + (m[1] as string).length + 2;
      add(s.start + m.index, name, [{ start: postStart, end: postStart + (m[2] as string).length, text: m[2] as string }], sentence);
    }
    for (const m of s.text.matchAll(PINYIN_NAME)) {
      if (!PINYIN_SURNAMES.has(m[1] as string)) continue;
      // "He said" is a pronoun; "He Min attended" (a surname after a comma or "and") is a name.
      if (NOT_NAME_WORDS.has(m[1] as string) && !/(,|\band) $/.test(s.text.slice(0, m.index))) continue;
      const name = cleanName(m[0]);
      if (name) add(s.start + m.index, name, [], sentence);
    }
    for (const p of nlp(s.text).people().out('array') as string[]) {
      const name = cleanName(p.replace(/[,.;:]$/, '').trim());
      const at = name ? s.text.indexOf(name) : -1;
      if (name && at >= 0) add(s.start + at, name, [], sentence);
    }
  });
  // Every later mention of a name already found: "Zhu said".
  const names = [...new Set(found.map((p) => p.name))];
  doc.sentences.forEach((s, sentence) => {
    for (const name of names) {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) add(s.start + at, name, [], sentence);
    }
  });
  // "Deng stressed": a pinyin surname alone stands for the one known person who bears it.
  for (const surname of new Set(names.map((n) => n.split(' ')[0] as string))) {
    const bearers = names.filter((n) => n.startsWith(`${surname} `));
    if (bearers.length !== 1 || !PINYIN_SURNAMES.has(surname)) continue;
    doc.sentences.forEach((s, sentence) => {
      for (const m of s.text.matchAll(new RegExp(`\\b${surname}\\b(?! [A-Z])`, 'g'))) add(s.start + m.index, bearers[0] as string, [], sentence, surname.length);
    });
  }
  doc.people = found.sort((a, b) => a.start - b.start);
  doc.titles = found.flatMap((p) => p.titles);
  doc.reporters = doc.article.byline.length ? doc.article.byline : englishByline(doc);
}

/** "By Li Ming and Wang Fang" printed as a headline line or opening the body. */
function englishByline(doc: ArticleDoc): ArticleDoc['reporters'] {
  const line = [...doc.article.headlineLines, doc.article.paragraphs[0] ?? ''].find((l) => /^By [A-Z]/.test(l));
  if (!line) return [];
  return line
    .replace(/^By /, '')
    .split(/,\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter((n) => /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(n))
    .map((name) => ({ name, role: 'reporter' as const }));
}
