// nodejieba's words and part-of-speech tags, with their character offsets in the article text.
// The tokenizer is the floor everything stands on; recognisers use its tags as hints, not truth.
import nodejieba from 'nodejieba';
import type { ArticleDoc, Token } from './doc.js';

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let at = offset;
  for (const { word, tag } of nodejieba.tag(text)) {
    tokens.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return tokens;
}

export function tokens(doc: ArticleDoc): void {
  doc.tokens = doc.sentences.flatMap((s) => tokenize(s.text, s.start));
}
