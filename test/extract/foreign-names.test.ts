// Transliterated names, and the transliterated places, bodies and brands that look like them, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentenceNames as names } from '../helpers/sheets.js';

describe('foreign places are not people', () => {
  it.each([
    ['卢森堡的银行业十分发达。'],
    ['阿根廷队昨天抵达哈瓦那。'],
    ['卢旺达和布隆迪的边界已经开放。'],
    ['俄罗斯总理下周来访。'],
    ['里约热内卢迎来了狂欢节。'],
    ['布鲁塞尔今天宣布新的规定。'],
    ['市场上的卢布汇率继续下跌。'],
  ])('finds no one in %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('names joined by a dot', () => {
  it.each([
    // jieba cuts across the name's ends; the words around it mark them.
    ['外交部长玛丽亚·费尔南达·埃斯皮诺萨在会上发言。', ['玛丽亚·费尔南达·埃斯皮诺萨']],
    ['首席科学家汉斯·彼得森说，试验已经完成。', ['汉斯·彼得森']],
    // 杰 is a surname of its own, yet the dot ties it to what follows.
    ['来自美国的杰·卡特赖特夺得冠军。', ['杰·卡特赖特']],
    ['物理研究所伊·沃尔科娃博士认为，数据可靠。', ['伊·沃尔科娃']],
    // 马克 after a post opens with a surname, but the dot says the name goes on.
    ['市长马克·杜邦为大桥剪彩。', ['马克·杜邦']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['她在乔治·华盛顿大学读书。'], ['他在约翰·肯尼迪机场转机。']])('a body or a place named after a person is not one: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('a figure after a name', () => {
  it('is the day a person spoke: 总理沃尔科夫15日说', () => {
    expect(names('总理沃尔科夫15日说，谈判将继续。')).toEqual(['沃尔科夫']);
  });

  it.each([['卡尔斯鲁厄5月3日电，会议今天闭幕。'], ['长沙雷阵雨转多云19℃／30℃']])('is a dateline or a forecast after a place or the weather: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('foreign names with no dot', () => {
  it.each([
    // A long run of transliterating characters opening the clause is a name, not a word.
    ['索洛维约夫上任时经济十分困难。', ['索洛维约夫']],
    // 斯 is a surname too; the run read whole holds 斯特伦.
    ['古德斯特伦认为，北欧的冬天很长。', ['古德斯特伦']],
    // 若 is rare in transliteration, but the rest of the name makes up for it.
    ['国防部长若尔丹在会上发言。', ['若尔丹']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['拉尼娜现象使南方降水偏多。'], ['他在赫尔曼基金会工作了十年。']])('a phenomenon, a firm or a place named after someone is not a person: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
