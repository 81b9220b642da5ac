// The dates step: dates as the paper prints them, each with the day it names and the part of the
// day; a date without a year takes the page's year, 昨日 the day before the page was printed.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dates } from '../../src/extract/dates/dates.js';
import type { ExtractOptions } from '../../src/extract/extract-page.js';
import { docBefore, textOf } from '../helpers/doc.js';

const read = (paragraph: string, options: ExtractOptions = { year: 2023 }) => {
  const doc = docBefore('dates', paragraph, options);
  dates(doc);
  return doc.dates.map((d) => [textOf(doc, d), d.date, d.time]);
};

describe('dates', () => {
  it.each([
    ['3月8日上午，许昌市委书记韩立新主持召开常委会会议。', [['3月8日上午', '2023-03-08', '上午']]],
    ['2022年11月3日至5日，第五届茶文化节在信阳举行。', [['2022年11月3日至5日', '2022-11-03', null]]],
    ['6月30日至7月1日，代表团赴洛阳考察。', [['6月30日至7月1日', '2023-06-30', null]]],
    ['9月12日、13日，巡视组进驻襄城县。', [['9月12日、13日', '2023-09-12', null]]],
    ['会议于2024年1月9日晚召开，10月1日起施行。', [['2024年1月9日晚', '2024-01-09', '晚'], ['10月1日', '2023-10-01', null]]],
    ['13月45日不是一个日子。', []],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });

  it('leaves the year open when the page gives none', () => {
    expect(read('4月2日下午，全市营商环境推进会召开。', {})).toEqual([['4月2日下午', '--04-02', '下午']]);
  });

  it('reads 昨日 as the day before the page was printed, and a later day as one of the year before', () => {
    expect(read('昨日下午，市长卢建平调研防汛工作。', { date: '2023-07-20' })).toEqual([['昨日下午', '2023-07-19', '下午']]);
    expect(read('12月30日，全市经济工作会议召开。', { date: '2024-01-02' })).toEqual([['12月30日', '2023-12-30', null]]);
  });
});
