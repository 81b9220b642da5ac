// Splits the article text into sentences at 。！？ and line ends, keeping a closing quote with
// its sentence (…硬核武器’。” stays whole). Headline lines are sentences of their own.
import type { ArticleDoc, Sentence } from './doc.js';
import { matchesIn } from './matches.js';

const END = /[。！？!?]+[”’」』]?|\n/g;

export function sentences(doc: ArticleDoc): void {
  doc.sentences = splitSentences(doc, END);
}

/** Splits the doc's text at the matches of `end` (a line break ends a sentence before itself). */
export function splitSentences(doc: ArticleDoc, end: RegExp): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (stop: number) => {
    const raw = doc.text.slice(start, stop);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: start + lead, end: start + lead + text.length, text, inHeadline: start < doc.bodyStart });
  };
  for (const m of matchesIn(end, doc.text)) {
    push(m[0] === '\n' ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(doc.text.length);
  return out;
}
