// Titles attached to names, on sentences written for these tests: one shape of post per row.
import { describe, expect, it } from 'vitest';
import { named, textSheets } from '../helpers/sheets.js';

const titles = (body: string) =>
  named(textSheets(`某市会议\n\n本报讯 3月2日，${body}`, { city: '岳阳' })[0]!, 'HOLDS_POSITION').map(([p, , props]) => `${p}|${String(props.title)}`);

describe('titles', () => {
  it.each([
    ['致公党广西区委主委包文清、副主委翟立新出席。', ['包文清|致公党广西区委主委', '翟立新|副主委']],
    ['市政协党组成员包文清出席。', ['包文清|市政协党组成员']],
    ['包文清书记来到会场。', ['包文清|书记']],
    ['市十三届政协主席包文清出席。', ['包文清|市十三届政协主席']],
    ['（市政协主席会议）（市政协主席包文清主持会议）', ['包文清|市政协主席']],
    ['大会主席团常务主席包文清在主席台就座。', ['包文清|大会主席团常务主席']],
    ['本次会议执行主席是：包文清、翟立新。', ['包文清|执行主席', '翟立新|执行主席']],
    ['党代表包文清、翟立新和区人大代表钟海燕作交流发言。', ['包文清|党代表', '翟立新|党代表', '钟海燕|区人大代表']],
    ['签约仪式由区党工委副书记包文清主持。', ['包文清|区党工委副书记']],
    ['会议由包文清代市长主持。', ['包文清|代市长']],
    ['市委常委包文清带领市发改委翟立新副主任深入企业督查。', ['包文清|市委常委', '翟立新|副主任']],
    ['市委副书记、代市长包文清，市人大常委会主任翟立新，及市政协副主席钟海燕出席。', ['包文清|市委副书记', '包文清|代市长', '翟立新|市人大常委会主任', '钟海燕|市政协副主席']],
  ])('%s', (body, expected) => {
    expect(titles(body)).toEqual(expected);
  });

  it('reads no name out of 主席台 or a title modifier', () => {
    expect(titles('代表们在主席台下就座，常务主席致辞。')).toEqual([]);
  });
});
