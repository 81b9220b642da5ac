// Names of a protocol list read item by item from one name found in it.
import { describe, expect, it } from 'vitest';
import { listItems, nameShaped } from '../../src/extract/people/list-items.js';
import { named, textSheets } from '../helpers/sheets.js';

const spans = (text: string, found: string) => {
  const at = text.indexOf(found);
  return listItems(text, [{ start: at, end: at + found.length }]).map((s) => text.slice(s.start, s.end));
};

describe('listItems', () => {
  it.each([
    ['执行主席是：旷立言、沐清源、包文清、焉志刚。', '包文清', ['焉志刚', '沐清源', '旷立言']],
    ['副主任包文清、沐清源、翟立新和秘书长钟海燕在主席台就座。', '包文清', ['沐清源', '翟立新']],
    ['县领导包文清、沐清源（女）、翟立新等参加。', '包文清', ['沐清源', '翟立新']],
    ['包文清、翟立新参加。', '包文清', ['翟立新']],
    ['包文清、那仁格日勒、巴特尔、翟立新等在主席台就座。', '包文清', ['那仁格日勒', '巴特尔', '翟立新']],
    ['包文清、市直机关、各县区负责人参加。', '包文清', []],
    ['包文清对翟立新、钟海燕对柯明远的比赛。', '翟立新', ['钟海燕']],
    ['包文清、翟立新出席、钟海燕主持。', '包文清', ['翟立新']],
    ['县领导包文清（女）、翟立新、钟海燕出席。', '钟海燕', ['翟立新', '包文清']],
  ])('%s', (text, found, expected) => {
    expect(spans(text, found)).toEqual(expected);
  });

  it('reads no body or place as a name', () => {
    expect(nameShaped('岳阳县', 0, 3)).toBe(false);
    expect(nameShaped('县委', 0, 2)).toBe(false);
    expect(nameShaped('区政府', 0, 3)).toBe(false);
    expect(nameShaped('区政协', 0, 3)).toBe(false);
    expect(nameShaped('党总支', 0, 3)).toBe(false);
    expect(nameShaped('沐清源', 0, 3)).toBe(true);
  });
});

describe('a name read whole between its marks', () => {
  it('replaces a shorter reading of it', () => {
    const text = '包文清、那仁格日勒、翟立新参加。';
    const at = text.indexOf('那仁格');
    expect(listItems(text, [{ start: 0, end: 3 }, { start: at, end: at + 3 }]).map((s) => text.slice(s.start, s.end))).toEqual(['那仁格日勒', '翟立新']);
  });
});

describe('a post before a run of names', () => {
  it('is not shared when one person holds it alone', () => {
    const sheet = textSheets('某市会议\n\n本报讯 3月2日，市委书记包文清、沐清源出席会议。', { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([p, , props]) => `${p}|${String(props.title)}`)).toEqual(['包文清|市委书记']);
  });

  it('is held by each name of the run', () => {
    const sheet = textSheets('某市会议\n\n本报讯 3月2日，市人大常委会副主任包文清、沐清源、翟立新出席会议。', { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([p, , props]) => `${p}|${String(props.title)}`)).toEqual([
      '包文清|市人大常委会副主任',
      '沐清源|市人大常委会副主任',
      '翟立新|市人大常委会副主任',
    ]);
  });
});
