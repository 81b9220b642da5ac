// Transliterated names, and the transliterated places, bodies and brands that look like them, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentencePeople } from '../../src/eval/sentence-people.js';

const names = (sentence: string) => sentencePeople(sentence).map((p) => p.text);

describe('foreign places are not people', () => {
  it.each([
    ['卢森堡的银行业十分发达。'],
    ['阿根廷队昨天抵达哈瓦那。'],
    ['卢旺达和布隆迪的边界已经开放。'],
    ['俄罗斯总理下周来访。'],
    ['里约热内卢迎来了狂欢节。'],
    ['布鲁塞尔今天宣布新的规定。'],
  ])('finds no one in %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
