// Later mentions of people already named: the full name again, the surname alone ("Zhou stressed",
// "Mr. Roe said", "Deputy Mayor Roe"), and "the <post>" when one named person holds that post
// ("The Governor was joined by …" after "Governor of Kwara State, Ade Bello").
import type { ArticleDoc, PersonMention } from '../core/doc.js';
import { NOT_NAME_WORDS } from './lexicon.js';
import { POST_HEADS, RANK_WORDS } from './lexicon-posts.js';
import { surnameOf } from './names.js';

const HEADS = new Set(POST_HEADS.map(([one]) => one.split(' ').at(-1) as string));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "governor" → "[Gg]overnor": a post word printed with or without its capital. */
const anyCase = (phrase: string) => escape(phrase).replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);

/** Each phrase "the X" can stand for: the last words of the post up to its head, not cut after a
 * rank word (the Deputy Governor is not "the Governor"). */
function postPhrases(title: string): string[] {
  const words = title.split(/ (?:of|for) |,/)[0]?.trim().split(' ') ?? [];
  if (!HEADS.has((words.at(-1) ?? '').toLowerCase())) return [];
  const phrases: string[] = [];
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const before = words[words.length - k - 1];
    if (!before || !RANK_WORDS.has(before.toLowerCase())) phrases.push(words.slice(-k).join(' ').toLowerCase());
  }
  return phrases;
}

export function laterMentions(doc: ArticleDoc, found: PersonMention[], loose: Array<{ start: number; end: number; word: string; sentence: number }>): PersonMention[] {
  const all = [...found];
  const overlaps = (start: number, end: number) => all.some((p) => p.start < end && start < p.end);
  const add = (start: number, end: number, name: string, sentence: number) => {
    if (!overlaps(start, end)) all.push({ start, end, name, titles: [], sentence });
  };
  const names = [...new Set(found.map((p) => p.name))];
  doc.sentences.forEach((s, sentence) => {
    for (const name of names) {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) add(s.start + at, s.start + at + name.length, name, sentence);
    }
  });
  // A surname stands for the one named person who bears it.
  const bearers = new Map<string, string[]>();
  for (const name of names) {
    const surname = surnameOf(name);
    if (!NOT_NAME_WORDS.has(surname)) bearers.set(surname, [...(bearers.get(surname) ?? []), name]);
  }
  const unique = [...bearers].filter(([, list]) => list.length === 1).map(([surname]) => surname);
  for (const l of loose) {
    const bearer = bearers.get(l.word);
    if (bearer?.length === 1) add(l.start, l.end, bearer[0] as string, l.sentence);
  }
  if (unique.length) {
    const alone = new RegExp(`(?<![A-Z][\\w.'’-]* )\\b(?:${unique.map(escape).join('|')})\\b(?! [A-Z][a-z])`, 'g');
    doc.sentences.forEach((s, sentence) => {
      for (const m of s.text.matchAll(alone)) add(s.start + m.index, s.start + m.index + m[0].length, (bearers.get(m[0]) as string[])[0] as string, sentence);
    });
  }
  // "the Governor": a post one named person holds, printed without a name.
  const holders = new Map<string, Set<string>>();
  for (const p of found) {
    for (const t of p.titles) for (const phrase of postPhrases(t.text)) holders.set(phrase, (holders.get(phrase) ?? new Set()).add(p.name));
  }
  const posts = [...holders].filter(([, who]) => who.size === 1).map(([phrase]) => phrase);
  if (posts.length) {
    const the = new RegExp(`\\b[Tt]he (${posts.sort((a, b) => b.length - a.length).map(anyCase).join('|')})\\b(?! [A-Z])`, 'g');
    doc.sentences.forEach((s, sentence) => {
      if (s.inHeadline) return;
      for (const m of s.text.matchAll(the)) {
        // "the Deputy Governor, Senator Ade Bello": the post printed as a title is no mention of its own.
        if (found.some((p) => p.titles.some((t) => t.start < s.start + m.index + m[0].length && s.start + m.index < t.end))) continue;
        const who = holders.get((m[1] as string).toLowerCase());
        if (who) add(s.start + m.index, s.start + m.index + m[0].length, [...who][0] as string, sentence);
      }
    });
  }
  return all;
}
