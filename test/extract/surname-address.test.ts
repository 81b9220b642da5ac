// A surname alone standing for a person, as Chinese addresses people (邢先生, 曾老师, 老郝, 郝某):
// the surname is the name given; a surname inside a word or after a numeral is none. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { SentenceTokens } from '../../src/extract/core/sentence-tokens.js';
import { surnameAddresses } from '../../src/extract/people/surname-address.js';
import { tokenize } from '../../src/extract/core/tokens.js';

const surnames = (sentence: string) => surnameAddresses(sentence, new SentenceTokens(tokenize(sentence), 0)).map((f) => [f.name, f.start, f.bare]);

describe('a surname addressed', () => {
  it.each([
    ['记者见到了种粮大户邢先生。', [['邢', 9, true]]],
    ['退休教师曾老师每天早起。', [['曾', 4, true]]],
    ['老郝说，今年收成好。', [['郝', 1, true]]],
    ['郝某因涉嫌诈骗被刑拘。', [['郝', 0, true]]],
    ['他担任两任县长。', []],
    ['全市长期坚持这项工作。', []],
    ['老师们都来了。', []],
  ])('%s', (sentence, expected) => {
    expect(surnames(sentence)).toEqual(expected);
  });
});
