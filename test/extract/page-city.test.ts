// The city a page is about, which 市委, 市政府 and 市领导 refer to: the place named most often as
// X市, its bare mentions counted too. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { inferPageCity } from '../../src/extract/places/page-city.js';

describe('the page city', () => {
  it.each([
    ['漯河市召开会议。漯河市委书记出席。', '漯河'],
    ['许昌市与南阳市签约。许昌经验值得推广，许昌人民很高兴。', '许昌'],
    ['全市上下齐心，我市经济稳步向好。', null],
    ['市场监管部门检查市民菜篮子。', null],
    ['会议要求，抓好各项工作。', null],
  ])('%s', (text, expected) => {
    expect(inferPageCity(text)).toBe(expected);
  });
});
