// English articles through the English recognisers: snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/core/language.js';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const page = (body: string, aliases = new Map<string, string>()) => textSheets(`Test headline\n\nBy Test Writer\n\n${body}`, { aliases })[0]!;

describe('language detection', () => {
  it.each([
    ['市委书记邓群策主持召开会议。', 'zh'],
    ['Mayor Zhu Jian chaired the meeting.', 'en'],
    ['The 2021年 plan was adopted by the city council on Monday.', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('English articles', () => {
  it('read presider, attendees in order, post and date', () => {
    const sheet = page('YUEYANG, March 2 (Xinhua) -- Governor Lu Qiang presided over a work conference on March 2, 2023. Hu Yan, Dai Ming and Long Wei attended the conference.');
    expect(named(sheet, 'PRESIDED').map(([p, m]) => [p, m])).toEqual([['Lu Qiang', 'work conference']]);
    expect(named(sheet, 'ATTENDED').map(([p, , props]) => [p, props.order])).toEqual([['Hu Yan', 1], ['Dai Ming', 2], ['Long Wei', 3]]);
    expect(named(sheet, 'HOLDS_POSITION').map(([p, t, props]) => [p, t, props.title])).toEqual([['Lu Qiang', 'Yueyang', 'Governor']]);
    expect(sheet.entities.find((e) => e.type === 'Meeting')?.properties.date).toBe('2023-03-02');
  });

  it('reads "chaired by", "attended by" and appositive posts', () => {
    const sheet = page('The forum on rural revitalization was held on May 5. It was chaired by Wang Jun, director of the municipal agriculture bureau. The forum was attended by Ma Li and Xu Bo.');
    expect(named(sheet, 'PRESIDED').map(([p]) => p)).toEqual(['Wang Jun']);
    expect(named(sheet, 'ATTENDED').map(([p]) => p)).toEqual(['Ma Li', 'Xu Bo']);
    expect(named(sheet, 'HOLDS_POSITION').map(([p, t, props]) => [p, t, props.role])).toEqual([['Wang Jun', 'municipal agriculture bureau', 'director']]);
  });

  it('reads speakers, inspections and approved plans', () => {
    const sheet = page('Mayor Qin Feng chaired an executive meeting on July 1. The meeting approved the Urban Renewal Plan. Qin said the plan would start this year. Later, Qin Feng inspected Furong District.');
    expect(named(sheet, 'SPOKE_AT').map(([p]) => p)).toEqual(['Qin Feng']);
    expect(named(sheet, 'VISITED').map(([p, place]) => [p, place])).toEqual([['Qin Feng', 'Furong District']]);
    expect(named(sheet, 'REVIEWED').map(([, d]) => d)).toEqual(['Urban Renewal Plan']);
  });

  it('keeps English names as written and joins a person across languages only through an alias', () => {
    const without = page('Mayor Qin Feng chaired an executive meeting on July 1.');
    expect(entityNames(without, 'Person')).toEqual(['Qin Feng', 'Test Writer']);
    const aliased = page('Mayor Qin Feng chaired an executive meeting on July 1.', new Map([['Qin Feng', '秦锋']]));
    const person = aliased.entities.find((e) => e.name === '秦锋');
    expect(person?.properties.aliases).toEqual(['Qin Feng']);
    expect(person?.id).toBe(textSheets('测试\n\n■本报记者 张三\n\n本报讯 市长秦锋主持召开常务会议。')[0]!.entities.find((e) => e.name === '秦锋')?.id);
  });

  it('takes the byline', () => {
    expect(named(page('Short text.'), 'REPORTED')).toEqual([['Test Writer', '(article)', { role: 'reporter' }]]);
  });

  it.each([
    ['By Ann Marie P. Roe', 'Ann Marie P. Roe'],
    ['By Ruth Oyelaran-Bello', 'Ruth Oyelaran-Bello'],
  ])('takes a byline with initials or a double surname: %s', (byline, expected) => {
    const sheet = textSheets(`Test headline\n\n${byline}\n\nShort text.`)[0]!;
    expect(named(sheet, 'REPORTED').map(([person]) => person)).toEqual([expected]);
  });
});

describe('a page that mixes Chinese and English articles', () => {
  it('splits them and reads each in its own language', () => {
    const sheets = textSheets(
      '市政府召开常务会议\n\n■本报记者 张三\n\n本报讯 6月1日，市长王强主持召开市政府常务会议。\n\nCity holds flood meeting\n\nBy Li Ming\n\nMayor Wang Qiang chaired a flood control meeting on June 1, 2022. Zhao Lei and Fan Ping attended the meeting.',
    );
    expect(sheets.map((s) => s.article.title)).toEqual(['市政府召开常务会议', 'City holds flood meeting']);
    expect(named(sheets[1]!, 'ATTENDED').map(([p]) => p)).toEqual(['Zhao Lei', 'Fan Ping']);
    expect(named(sheets[1]!, 'REPORTED').map(([p]) => p)).toEqual(['Li Ming']);
    expect(named(sheets[0]!, 'PRESIDED').map(([p]) => p)).toEqual(['王强']);
  });
});
