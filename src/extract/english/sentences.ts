// English sentences: split after . ! ? before a capital or quote, not after Mr. or Dr.; headline
// lines are sentences of their own.
import type { ArticleDoc, Sentence } from '../doc.js';

const END = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|No|Vol|Prof|Gen|Lt|Col|Jr|Sr|Inc|Co|Corp|Ltd|U\.S|U\.K))[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|\n/g;

export function englishSentences(doc: ArticleDoc): void {
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
    start = m[0] === '\n' ? m.index + 1 : end;
  }
  push(doc.text.length);
  doc.sentences = out;
}
