// English sentences: split after . ! ? before a capital or quote, not after Mr. or Dr.; headline
// lines are sentences of their own.
import type { ArticleDoc } from '../doc.js';
import { splitSentences } from '../sentences.js';

const END = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|No|Vol|Prof|Gen|Lt|Col|Jr|Sr|Inc|Co|Corp|Ltd|U\.S|U\.K))[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|\n/g;

export function englishSentences(doc: ArticleDoc): void {
  doc.sentences = splitSentences(doc, END);
}
