// English sentences: split after . ! ? before a capital or quote, not after Mr. or Dr. (nor
// "Mr ." as some pages print it), nor after an initial (O.U. Eze, V. Ravi Shankar); headline
// lines are sentences of their own.
import type { ArticleDoc } from '../core/doc.js';
import { splitSentences } from '../core/sentences.js';

const END = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|No|Vol|Prof|Gen|Lt|Col|Jr|Sr|Inc|Co|Corp|Ltd|Gov|Sen|Rep|Hon|Barr|Engr|Rev|Msgr|Fr|Atty|U\.S|U\.K) ?)(?<!(?:^|[\s.])[A-Z])[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|\n/g;

export function englishSentences(doc: ArticleDoc): void {
  doc.sentences = splitSentences(doc, END);
}
