// The county and province a page is about, which 县委, 县长 and 省长 refer to.
import { describe, expect, it } from 'vitest';
import { inferPageCounty } from '../../src/extract/places/page-county.js';
import { inferPageProvince } from '../../src/extract/places/page-province.js';
import { named, textSheets } from '../helpers/sheets.js';

describe('page county and province', () => {
  it.each([
    ['桃源县委召开常委会会议，桃源县各乡镇负责人参加。', '桃源县'],
    ['雨花区召开会议，区委书记讲话。', '雨花区'],
    ['市委召开会议。', null],
    // A county's media centre is named after it.
    ['桃源融媒讯(记者 甲某)县委书记乙某走访慰问。', '桃源县'],
    // A city's paper is no county's, though a county shares the city's name.
    ['某某日报讯 市委书记甲某出席。来源：长沙融媒', null],
    ['来源：桃源县融媒体中心', '桃源县'],
  ])('%s', (text, expected) => {
    expect(inferPageCounty(text)).toBe(expected);
  });

  it('tells the province of a provincial report', () => {
    expect(inferPageProvince('湖北省政府召开常务会议，湖北省各厅局负责人参加。')).toBe('湖北');
  });

  it('resolves 县委 and 县长 to the page county', () => {
    const sheet = textSheets('桃源县召开会议\n\n本报讯 3月2日，桃源县委副书记、县长包文清主持召开县政府常务会议。', { city: '常德' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([, target, props]) => `${String(props.title)}→${target}`)).toEqual(['桃源县委副书记→中共桃源县委', '县长→桃源县']);
  });

  it('does not give a 区 post the page county when that is a 县', () => {
    const sheet = textSheets('桃源县召开会议\n\n本报讯 3月2日，桃源县召开会议，区委书记包文清出席。', { city: '常德' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([, target]) => target)).not.toContain('中共桃源县委');
  });

  it('keeps a post of a county the page does not name, on that page alone', () => {
    const sheet = textSheets('某县会议\n\n本报讯 3月2日，县委副书记、县长包文清主持召开县政府常务会议。', { city: '常德' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([, target, props]) => `${String(props.title)}→${target}`)).toEqual(['县委副书记→县委', '县长→县']);
  });
});
