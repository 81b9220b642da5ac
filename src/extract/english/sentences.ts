// English sentences: split after . ! ? before a capital or quote, not after Mr. or Dr. (nor
// "Mr ." as some pages print it), nor after an initial (O.U. Eze, V. Ravi Shankar); headline
// lines are sentences of their own.
import type { ArticleDoc } from '../core/doc.js';
import { splitSentences } from '../core/sentences.js';
import { ABBREVIATED_MODIFIERS, SHORT_HONORIFICS } from './lexicon-posts.js';

/** Abbreviations a full stop ends that end no sentence: honorifics and ranks in short before a name or
 * post, and the other short words news prints with a stop. */
const ABBREVIATIONS = [...SHORT_HONORIFICS, ...ABBREVIATED_MODIFIERS, 'St', 'No', 'Vol', 'Prof', 'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Rep', 'U\\.S', 'U\\.K'];
const END = new RegExp(`(?<!\\b(?:${ABBREVIATIONS.join('|')}) ?)(?<!(?:^|[\\s.])[A-Z])[.!?]["”’)]?(?=\\s+["“‘(]?[A-Z0-9])|\\n`, 'g');

export function englishSentences(doc: ArticleDoc): void {
  doc.sentences = splitSentences(doc, END);
}
