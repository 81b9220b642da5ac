// Places from the gazetteer and venues, bodies by the structure of their names, on sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const article = (body: string, options = {}) => textSheets(`测试标题\n\n■本报记者 张 三\n\n本报讯 ${body}`, options)[0]!;

describe('places', () => {
  it.each([
    ['株洲市芦淞区开展防汛演练。', ['株洲市', '芦淞区']],
    ['湖南省邵阳市隆回县滩头镇的学校。', ['湖南省', '邵阳市', '隆回县']],
    ['2022年科技周在岳麓科学城启动。', ['岳麓科学城']],
    ['示范县建设取得成效。', []],
    ['学生齐唱《我爱北京天安门》。', []],
    ['湖南省委召开会议。', []],
    // Zones by their head word, wherever they stand.
    ['研究部署全市防汛、白沙经开区扩区等工作。', ['白沙经开区']],
    ['项目落户湘东湘北智能制造产业园。', ['湘东湘北智能制造产业园']],
    ['企业入驻经开区湘江大道沿线。', ['经开区', '湘江大道']],
    ['全省建成十大产业园。', []],
    ['经开区管委会召开会议。', []],
  ])('%s', (body, expected) => {
    expect(entityNames(article(body), 'Place')).toEqual(expected);
  });

  it('relates a county to its city when the article names both', () => {
    const sheet = article('邵阳市隆回县今年粮食丰收。');
    expect(named(article('邵阳市隆回县今年粮食丰收。'), 'LOCATED_IN').map(([a, b]) => [a, b])).toEqual([['隆回县', '邵阳市']]);
    expect(sheet.entities.find((e) => e.name === '隆回县')?.properties.level).toBe('county');
  });

  it('keeps the short form a page writes as an alias of the full name', () => {
    const place = article('长沙今年新增就业十万人。').entities.find((e) => e.type === 'Place');
    expect(place).toMatchObject({ name: '长沙市', properties: { aliases: ['长沙'] } });
  });
});

describe('bodies', () => {
  it('keeps the city written before 市委 as the name the page used', () => {
    const sheet = article('感受到了株洲市委、市政府的执行力。', { city: '株洲' });
    expect(sheet.entities.find((e) => e.name === '中共株洲市委')?.properties.aliases).toEqual(['株洲市委']);
  });

  it('does not take a place inside a body for a place of its own', () => {
    expect(entityNames(article('他走访了醴陵市社会福利院。', { city: '株洲' }), 'Place')).toEqual([]);
  });

  it.each([
    ['湘江新能源科技有限责任公司与湖南师范大学签订协议。', ['湘江新能源科技有限责任公司', '湖南师范大学']],
    ['由市教育局牵头，会同市财政局推进。', ['株洲市教育局', '株洲市财政局']],
    ['市委、市政府高度重视。', ['中共株洲市委', '株洲市人民政府']],
    ['要服务发展大局，开好局、起好步。', []],
    ['同济大学与湖南大学签约。', ['同济大学', '湖南大学']],
    ['认真落实党中央、国务院和省委决策部署。', ['中共中央', '国务院', '中共湖南省委']],
    ['对标对表中央、省委要求，推动中央企业改革。', ['中共中央', '中共湖南省委']],
    ['以“百年回望：中国共产党领导科技发展”为主题。', []],
    // A line of work jieba reads as a verb stays in the name; a clause verb still ends it.
    ['会上，江西赣南通用机械制造有限公司作了发言。', ['江西赣南通用机械制造有限公司']],
    ['岳阳市与中国建材投资控股有限公司签约。', ['中国建材投资控股有限公司']],
    ['株洲市召开电子商务协会成立大会。', ['电子商务协会']],
    // A firm's trade name, which jieba reads as any kind of word, after the place that opens it.
    ['近日，湖南鑫诺优选电子商务有限公司在当地成立。', ['湖南鑫诺优选电子商务有限公司']],
    ['江苏锐驰腾飞物流有限公司落户株洲。', ['江苏锐驰腾飞物流有限公司']],
    // A place alone before a verb is where a firm is set up, not a part of its name.
    ['他在长沙创办电子商务公司。', ['电子商务公司']],
    // 和 inside a body's name that opens with a place, not between two places.
    ['活动由湖南省住房和城乡建设厅主办。', ['湖南省住房和城乡建设厅']],
    ['醴陵市和湘潭市教育局联合发文。', ['湘潭市教育局']],
    ['学校和医院都已复课。', []],
  ])('%s', (body, expected) => {
    expect(entityNames(article(body, { city: '株洲' }), 'Organization')).toEqual(expected);
  });

  it('makes an abbreviation and the full name one body', () => {
    const sheet = article('市委常委会召开扩大会议。', { city: '株洲' });
    expect(sheet.entities.filter((e) => e.type === 'Organization')).toEqual([
      expect.objectContaining({ name: '中共株洲市委常委会', properties: expect.objectContaining({ aliases: ['市委常委会'] }) }),
    ]);
  });
});

describe('names without a title', () => {
  it.each([
    ['会上，王建华表示，要抓好落实。', ['王建华']],
    ['幸福感和安全感不断提升。', []],
    ['高度重视安全生产。', []],
  ])('%s', (body, expected) => {
    expect(entityNames(article(body), 'Person').filter((n) => n !== '张三')).toEqual(expected);
  });
});
