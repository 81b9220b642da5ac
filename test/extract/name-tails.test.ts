// What stands right after a name: a doctrine jieba joins to it, a speech verb its HMM joins to it,
// a rank or an honour, a particle that no name holds. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentenceNames as names } from '../helpers/sheets.js';

describe('what follows a name', () => {
  it.each([
    // jieba reads 凯恩斯主义 as a single word.
    ['他信奉凯恩斯主义。', ['凯恩斯']],
    ['他毕生研究孙中山思想。', ['孙中山']],
    // jieba reads 冼卫华说 as one unknown word; 说 is no part of the name.
    ['会上，冼卫华说：“这是我们的责任。”', ['冼卫华']],
    ['曹振宇九段昨天获得冠军。', ['曹振宇']],
    ['纪念馆收藏了邝志远烈士的遗物。', ['邝志远']],
    ['外长萨利宁满意地说，会谈很成功。', ['萨利宁']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['我跟经理商量过这件事。'], ['局长安排了明天的工作。'], ['各级领导干部带头学习。']])('a verb with its particle after a post is no name: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
