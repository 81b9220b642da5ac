// Titles attached to names, on sentences written for these tests: one shape of post per row.
import { describe, expect, it } from 'vitest';
import { named, textSheets } from '../helpers/sheets.js';

const titles = (body: string) =>
  named(textSheets(`某市会议\n\n本报讯 3月2日，${body}`, { city: '岳阳' })[0]!, 'HOLDS_POSITION').map(([p, , props]) => `${p}|${String(props.title)}`);

describe('titles', () => {
  it.each([
    ['农工党湖南省委主委包文清、副主委翟立新出席。', ['包文清|农工党湖南省委主委', '翟立新|副主委']],
    ['市政协党组成员包文清出席。', ['包文清|市政协党组成员']],
    ['包文清书记来到会场。', ['包文清|书记']],
    ['市十五届政协主席包文清出席。', ['包文清|市十五届政协主席']],
    ['（市政协主席会议）（市政协主席包文清主持会议）', ['包文清|市政协主席']],
    ['大会主席团常务主席包文清在主席台就座。', ['包文清|大会主席团常务主席']],
    ['担任今天大会的执行主席是：包文清、翟立新。', ['包文清|执行主席', '翟立新|执行主席']],
    ['基层党代表包文清、翟立新，市人大代表钟海燕先后发言。', ['包文清|基层党代表', '翟立新|基层党代表', '钟海燕|市人大代表']],
    ['签约仪式由区党工委副书记包文清主持。', ['包文清|区党工委副书记']],
  ])('%s', (body, expected) => {
    expect(titles(body)).toEqual(expected);
  });

  it('reads no name out of 主席台 or a title modifier', () => {
    expect(titles('主席团其他成员在主席台就座，常务主席出席。')).toEqual([]);
  });
});
