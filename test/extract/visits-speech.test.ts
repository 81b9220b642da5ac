// Inspections (VISITED, with who went along) and speeches (SPOKE_AT) on sentences written for
// these tests, in other cities and with other posts than the seeds.
import { describe, expect, it } from 'vitest';
import { named, textSheets } from '../helpers/sheets.js';

const article = (body: string, city = '常德') => textSheets(`测试标题\n\n■本报记者 张 三\n\n本报讯 ${body}`, { city })[0]!;

describe('visits', () => {
  it('reads where an official inspected, each place of a list', () => {
    const sheet = article('3月4日，县委书记王立新到石门县、桃源县调研春耕生产。');
    expect(named(sheet, 'VISITED').map(([p, place]) => [p, place])).toEqual([
      ['王立新', '石门县'],
      ['王立新', '桃源县'],
    ]);
  });

  it('reads 来+one character as the city of the page', () => {
    const sheet = article('5月6日，副省长李华来常调研产业发展。', '常德');
    expect(named(sheet, 'VISITED').map(([p, place]) => [p, place])).toEqual([['李华', '常德市']]);
  });

  it('relates a visited body as an organisation', () => {
    const sheet = article('9月1日，区长赵刚深入湘江机械制造有限公司考察。');
    const [visit] = named(sheet, 'VISITED');
    expect(visit?.[1]).toBe('湘江机械制造有限公司');
    expect(sheet.entities.find((e) => e.name === '湘江机械制造有限公司')?.type).toBe('Organization');
  });

  it('makes those who went along attend the inspection', () => {
    const sheet = article('7月8日，市长周平到桃源县调研防汛工作。副市长孙丽陪同。');
    expect(named(sheet, 'ATTENDED').map(([p]) => p)).toContain('孙丽');
  });
});

describe('speeches', () => {
  it.each([
    ['4月2日，区委召开全区经济工作会议。区委书记钱伟在会上强调，要稳增长。', '钱伟'],
    ['6月9日，县政府召开安全生产工作会议。县长林海作重要讲话。', '林海'],
    ['10月10日，学校举行开学典礼。校长高敏致辞。', '高敏'],
    ['1月5日，公司召开年度工作会议。董事长何立军发表讲话。', '何立军'],
  ])('%s', (body, speaker) => {
    expect(named(article(body), 'SPOKE_AT').map(([p]) => p)).toEqual([speaker]);
  });
});
