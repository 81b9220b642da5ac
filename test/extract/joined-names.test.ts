// Foreign names whose parts a dot joins (汉斯·彼得森), read from each dot outwards by character,
// however jieba cut them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { joinedNames } from '../../src/extract/people/joined-names.js';

describe('names joined by a dot', () => {
  it.each([
    ['外援汉斯·彼得森攻入一球。', ['汉斯·彼得森']],
    ['主教练杰·卡特赖特表示满意。', ['杰·卡特赖特']],
    ['会议由冯建林主持。', []],
  ])('%s', (sentence, expected) => {
    expect(joinedNames(sentence).map((f) => f.name)).toEqual(expected);
  });
});
