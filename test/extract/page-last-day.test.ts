// The latest day a page's leads are dated, which 昨日 in a lead refers to. Pages written for these
// tests.
import { describe, expect, it } from 'vitest';
import { inferPageLastDay } from '../../src/extract/dates/page-last-day.js';

describe('the page’s last dated day', () => {
  it.each([
    ['本报讯 3月8日上午，会议召开。\n本报讯 3月9日，调研开展。', 2023, '2023-03-09'],
    ['本报讯 2022年12月30日，会议召开。\n本报讯 1月2日，活动举行。', 2023, '2023-01-02'],
    ['本报讯 3月8日上午，会议召开。', null, '--03-08'],
    // Only a lead's date counts: one in the running text is of some other day.
    ['本报讯 3月8日，会议回顾了5月20日的部署。', 2023, '2023-03-08'],
    ['本报讯 昨日上午，会议召开。', 2023, null],
  ])('%s', (text, year, expected) => {
    expect(inferPageLastDay(text, year)).toBe(expected);
  });
});
