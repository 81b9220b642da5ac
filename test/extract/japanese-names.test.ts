// Japanese names, whole or by the family name alone, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentenceNames as names } from '../helpers/sheets.js';

describe('Japanese names', () => {
  it.each([
    // 石 is a Chinese surname too; the Japanese family name and its given name are read whole.
    ['前首相石川正雄今天会见了记者。', ['石川正雄']],
    ['企业家山口健太郎说，市场正在复苏。', ['山口健太郎']],
    ['藤田首相表示，日本将继续合作。', ['藤田']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['山下的村庄很安静。'], ['农民们在田中劳作。'], ['中村的村民都来了。']])('a family name that is also a word or a place needs a cue: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
