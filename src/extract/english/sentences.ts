// English sentences: split after . ! ? before a capital or quote, not after Mr. or Dr. (nor
// "Mr ." as some pages print it), nor after an initial (O.U. Eze, V. Ravi Shankar); headline
// lines are sentences of their own.
import type { ArticleDoc } from '../core/doc.js';
import { splitSentences } from '../core/sentences.js';
import { ABBREVIATED_MODIFIERS } from './lexicon-posts.js';

/** Abbreviations a full stop ends that end no sentence: of honorifics and ranks before a name or post. */
const ABBREVIATIONS = [
  'Mr', 'Ms', 'Mrs', 'Dr', 'St', 'No', 'Vol', 'Prof', 'Gen', 'Lt', 'Col', 'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Gov', 'Sen', 'Rep', 'Hon',
  'Barr', 'Engr', 'Rev', 'Msgr', 'Fr', 'Atty', 'Arch', 'Capt', 'Maj', 'Amb', 'Dep', 'Cllr', 'Coun', 'Pharm', 'Surv', 'Tpl', 'U\\.S', 'U\\.K',
  ...ABBREVIATED_MODIFIERS,
];
const END = new RegExp(`(?<!\\b(?:${ABBREVIATIONS.join('|')}) ?)(?<!(?:^|[\\s.])[A-Z])[.!?]["”’)]?(?=\\s+["“‘(]?[A-Z0-9])|\\n`, 'g');

export function englishSentences(doc: ArticleDoc): void {
  doc.sentences = splitSentences(doc, END);
}
