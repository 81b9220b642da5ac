// Words and tags from nodejieba.cut and the dictionary (tokenize) are exactly what nodejieba.tag gives, on
// the seeds, generated pages and text with digits, letters and symbols.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { tokenize } from '../../src/extract/core/tokens.js';
import { SEEDS } from '../graph/store-conformance.js';

// The tokenizer's words and tags, without the offsets nodejieba.tag does not give.
const tagWords = (text: string) => tokenize(text).map(({ word, tag }) => ({ word, tag }));

describe('tokenize', () => {
  it('gives nodejieba.tag’s words and tags on every seed page', () => {
    for (const name of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      expect(tagWords(text), name).toEqual(nodejieba.tag(text));
    }
  });

  it('gives nodejieba.tag’s words and tags on generated pages', () => {
    for (const page of generateCorpus(200, 3)) expect(tagWords(page.text)).toEqual(nodejieba.tag(page.text));
  });

  it('tags words outside the dictionary by cppjieba’s rule: digits m, letters eng, else x', () => {
    const text = '2021年GDP增长8.5%，iPhone15与5G基站、AT&T和B超；㐀㐁 test123 ＡＢＣ 𠮷野家a1 𠀀𠀁';
    expect(tagWords(text)).toEqual(nodejieba.tag(text));
  });
});
