// The learned tagger (README: "The learned tagger"): entities of CLUENER2020's types read from
// characters, jieba's words and the lexicons by an averaged perceptron trained on CLUENER2020
// (scripts/train-tagger.ts). Its weights are decoded on first use, not at import.
import type { Token } from '../core/doc.js';
import type { TaggedSpan } from './labels.js';
import { TaggerModel } from './model.js';
import { decodeTable } from './table-codec.js';
import { TAGGER_TABLE } from './weights.js';

export { ENTITY_TYPES, type EntityType, type TaggedSpan } from './labels.js';

let model: TaggerModel | null = null;

/** The entities the tagger reads in `text` (offsets relative to it); `tokens` are jieba's words of it, offsets from `base`. */
export function taggedSpans(text: string, tokens: readonly Token[], base: number): TaggedSpan[] {
  model ??= new TaggerModel(decodeTable(TAGGER_TABLE));
  return model.spans(text, tokens, base);
}
