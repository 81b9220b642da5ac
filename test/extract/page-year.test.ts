// The year of a page whose dates carry none, voted by the clues it prints. Pages written for
// these tests.
import { describe, expect, it } from 'vitest';
import { inferPageYear } from '../../src/extract/dates/page-year.js';

describe('the page year', () => {
  it.each([
    ['2022年9月3日，许昌市召开会议。', 2022],
    ['市长卢建平主持召开市政府2023年第5次常务会议。', 2023],
    ['全市各界庆祝建党102周年。', 2023],
    ['5月27日，2021年漯河市科技活动周启动。', 2021],
    // A plan title names the year it plans for, not the year of the page.
    ['5月6日，会议审议《2025年许昌市重点项目计划》。', null],
    ['会议要求，抓好各项工作。', null],
  ])('%s', (text, expected) => {
    expect(inferPageYear(text)).toBe(expected);
  });

  it('takes the year most clues vote for', () => {
    expect(inferPageYear('2022年8月1日，市政府2022年第9次常务会议召开。回顾2021年3月2日的部署。')).toBe(2022);
  });
});
