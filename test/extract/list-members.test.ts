// Names read from the list they stand in with another name, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentenceNames as names } from '../helpers/sheets.js';

describe('names in a list with a name', () => {
  it.each([
    // 池莉 alone is too short and too plain to be read; beside 闻立平 it is a name.
    ['著名作家闻立平、池莉等参加了座谈。', ['闻立平', '池莉']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['他和朋友一起去了公园，公园和广场都很热闹。'], ['双方签署了合作协议、会谈纪要和备忘录。']])('words in a list stay words: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
