// Splits the article text into sentences at 。！？ and line ends, keeping a closing quote with
// its sentence (…硬核武器’。” stays whole). Headline lines are sentences of their own.
import type { ArticleDoc, Sentence } from './doc.js';

const END = /[。！？!?]+[”’」』]?|\n/g;

export function sentences(doc: ArticleDoc): void {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: start + lead, end: start + lead + text.length, text, inHeadline: start < doc.bodyStart });
  };
  for (const m of doc.text.matchAll(END)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(doc.text.length);
  doc.sentences = out;
}
