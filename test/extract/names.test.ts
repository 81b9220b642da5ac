// A Chinese personal name read at a position: a surname from the list, one or two given
// characters and a follower after it (主持, 出席, 、); and a name read back from where it ends
// (…总书记). Names made up for these tests.
import { describe, expect, it } from 'vitest';
import { nameAt, nameEndingAt } from '../../src/extract/people/names.js';

describe('a name at a position', () => {
  it.each([
    ['韩立新主持会议', '韩立新'],
    ['邢晓燕出席', '邢晓燕'],
    ['欧阳明远陪同', '欧阳明远'],
    // 孙丽 + 陪同 beats 孙丽陪 + 同.
    ['孙丽陪同', '孙丽'],
    // Both 王志 and 王志和 could stand before a follower; names have three characters more often.
    ['王志和出席', '王志和'],
    ['周四上午', null],
    ['领导干部带头', null],
    ['马克·杜邦', null],
    // 县委委员应到30人: the attendance a meeting's report counts.
    ['应到30人，实到28人', null],
  ])('%s', (text, expected) => {
    expect(nameAt(text, 0)).toBe(expected);
  });

  it.each([
    ['韩立新总书记', '韩立新'],
    ['会见了邢峰总经理', '邢峰'],
  ])('a name ending before a post: %s', (text, expected) => {
    expect(nameEndingAt(text, text.search(/总/))).toBe(expected);
  });
});
