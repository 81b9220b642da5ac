// The visits step: who inspected or visited where (调研, 考察, 检查), 来许 read as the page's own
// city. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { visits } from '../../src/extract/events/visits.js';
import { trimPlace } from '../../src/extract/events/event-patterns.js';
import { mentionAt } from '../../src/extract/core/doc.js';
import { docBefore } from '../helpers/doc.js';

const read = (paragraph: string, city?: string) => {
  const doc = docBefore('visits', paragraph, city ? { city } : {});
  visits(doc);
  return doc.visits.map((v) => [mentionAt(doc, v.mention)?.name, v.place]);
};

describe('visits', () => {
  it.each([
    ['副市长冯建林到郸城县调研乡村振兴工作。', [['冯建林', '郸城县']]],
    ['4月3日，市长卢建平深入宛城区、卧龙区检查防汛工作。', [['卢建平', '宛城区'], ['卢建平', '卧龙区']]],
    ['卢建平一行来到许昌学院考察。', [['卢建平', '许昌学院']]],
    ['会议要求各地加强调研。', []],
    // The place ends before the words of manner and the list's 等 (梁庄村等村实地调研).
    ['副市长冯建林到桃花村等村实地调研。', [['冯建林', '桃花村']]],
    ['卢建平一行前往张家界市参观。', [['卢建平', '张家界市']]],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });

  it('reads 来许调研 as a visit to the page’s city, 许昌', () => {
    expect(read('省委书记王建军来许调研。', '许昌')).toEqual([['王建军', '许昌市']]);
  });
});

describe('a place as the text names it, from the words before the verb', () => {
  it.each([
    ['某某大剧院隆重', '某某大剧院'],
    ['会展中心顺利', '会展中心'],
    ['东湖镇开展“送温暖”', '东湖镇'],
    ['县委组织部会议室', '县委组织部会议室'],
    ['事故现场', '事故现场'],
    ['桃花村等村实地', '桃花村'],
    ['衡山科学城', '衡山科学城'],
  ])('%s', (written, place) => {
    expect(trimPlace(written)).toBe(place);
  });
});
