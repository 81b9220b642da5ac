// Meeting identity (issue 17): a meeting is who holds it, its name and its date with the year. Two
// cities' 市委常委会会议 of one day are two meetings, each with its own city's attendees; a day
// without its year is kept to its page. Pages invented for these tests.
import { describe, expect, it } from 'vitest';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { meetingId } from '../../src/graph/ids.js';
import { pageContext } from '../../src/extract/extract-page.js';
import { meetingHost } from '../../src/extract/resolve/meeting-host.js';
import type { DocContext } from '../../src/extract/core/doc.js';
import { textSheets } from '../helpers/sheets.js';

const page = (...articles: string[]) => articles.map((a, i) => `标题${'一二三四'[i]}\n\n■本报记者 张 三\n\n本报讯 ${a}`).join('\n\n');
const meetingsOf = (sheet: FactSheet) => sheet.entities.filter((e) => e.type === 'Meeting');
const attendees = (sheets: FactSheet[], id: string) =>
  sheets.flatMap((s) => s.relations.filter((r) => r.type === 'ATTENDED' && r.target === id).map((r) => s.entities.find((e) => e.id === r.source)?.name));

const HENGYANG = page('2021年5月28日上午，衡阳市委书记邓群策主持召开市委常委会会议，研究衡阳市防汛工作。市领导张霞、李鹏飞出席。');
const ZHUZHOU = page('2021年5月28日上午，株洲市委书记曹慧泉主持召开市委常委会会议，研究株洲市防汛工作。市领导阳卫国、何朝晖出席。');

describe('meeting identity', () => {
  it('makes two cities’ 市委常委会会议 of one day two meetings, each with its own attendees', () => {
    const [hy] = textSheets(HENGYANG, {}, 'hengyang/0528.txt');
    const [zz] = textSheets(ZHUZHOU, {}, 'zhuzhou/0528.txt');
    const [a] = meetingsOf(hy!);
    const [b] = meetingsOf(zz!);
    expect([a?.name, b?.name]).toEqual(['市委常委会会议', '市委常委会会议']);
    expect(a?.properties).toMatchObject({ date: '2021-05-28', heldBy: '中共衡阳市委常委会', heldIn: '衡阳市' });
    expect(b?.properties).toMatchObject({ date: '2021-05-28', heldBy: '中共株洲市委常委会', heldIn: '株洲市' });
    expect(a!.id).not.toBe(b!.id);
    const sheets = [hy!, zz!];
    expect(attendees(sheets, a!.id).sort()).toEqual(['张霞', '李鹏飞'].sort());
    expect(attendees(sheets, b!.id).sort()).toEqual(['阳卫国', '何朝晖'].sort());
  });

  it('makes one meeting of one city reported by two pages, and by a page of another city that names it in full', () => {
    const [first] = textSheets(HENGYANG, {}, 'hengyang/0528.txt');
    const [second] = textSheets(page('2021年5月28日上午，市委常委会会议在衡阳市召开。'), { city: '衡阳' }, 'hengyang/0529.txt');
    // A 株洲 page: its own 市委 is 株洲's, the one it names in full 衡阳's.
    const zhuzhou = page('2021年5月28日，衡阳市委常委会召开会议，研究与株洲市的合作，株洲市发展改革委列席。');
    expect(pageContext(zhuzhou).city).toBe('株洲');
    const [other] = textSheets(zhuzhou, {}, 'zhuzhou/0529.txt');
    const held = [first!, second!, other!].map((s) => meetingsOf(s)[0]?.properties.heldIn);
    expect(held).toEqual(['衡阳市', '衡阳市', '衡阳市']);
    expect(meetingsOf(first!)[0]!.id).toBe(meetingsOf(second!)[0]!.id);
  });

  it('keeps a meeting whose year is not known apart from the same one with a year', () => {
    const [dated] = textSheets(page('5月28日上午，市委书记邓群策主持召开市委常委会会议。'), { city: '衡阳', year: 2021 }, 'a.txt');
    const [undated] = textSheets(page('5月28日上午，市委书记邓群策主持召开市委常委会会议。'), { city: '衡阳' }, 'b.txt');
    const [x] = meetingsOf(dated!);
    const [y] = meetingsOf(undated!);
    expect([x?.properties.date, y?.properties.date]).toEqual(['2021-05-28', '--05-28']);
    expect(x!.id).not.toBe(y!.id);
  });

  it('keeps a day without its year to its page: two pages’ --05-28 are two meetings, two articles of one page one', () => {
    const text = '5月28日上午，市委书记邓群策主持召开市委常委会会议。';
    const [a] = textSheets(page(text), { city: '衡阳' }, 'a.txt');
    const [b] = textSheets(page(text), { city: '衡阳' }, 'b.txt');
    expect(meetingsOf(a!)[0]!.id).not.toBe(meetingsOf(b!)[0]!.id);
    const [c, d] = textSheets(page(text, '5月28日上午，市委常委会会议传达学习了有关精神，邓群策主持召开市委常委会会议。'), { city: '衡阳' }, 'c.txt');
    expect(meetingsOf(c!)[0]!.id).toBe(meetingsOf(d!).find((m) => m.name === '市委常委会会议')?.id);
  });

  it('gives a page read twice the same meeting ids', () => {
    const ids = () => textSheets(HENGYANG, {}, 'hengyang/0528.txt').flatMap(meetingsOf).map((m) => m.id);
    expect(ids()).toEqual(ids());
    expect(ids()[0]).toBe(meetingId({ heldIn: '衡阳市', name: '市委常委会会议', date: '2021-05-28', source: 'elsewhere' }));
  });
});

const ctx = (city: string | null, county: string | null = null, province: string | null = null): DocContext => ({ city, county, province, year: 2021, aliases: new Map() });

describe('meetingHost', () => {
  it.each<[string, string | null, DocContext, { heldBy: string | null; heldIn: string | null }]>([
    // 市委常委会会议 on a 衡阳 page
    ['市委常委会会议', null, ctx('衡阳', null, '湖南'), { heldBy: '中共衡阳市委常委会', heldIn: '衡阳市' }],
    // 市政府2021年第10次常务会议
    ['市政府2021年第10次常务会议', null, ctx('衡阳', null, '湖南'), { heldBy: '衡阳市人民政府', heldIn: '衡阳市' }],
    // 株洲市委常委会召开会议, read on a 衡阳 page
    ['株洲市委常委会会议', null, ctx('衡阳', null, '湖南'), { heldBy: '中共株洲市委常委会', heldIn: '株洲市' }],
    // 市委常委会召开扩大会议: the convener names it
    ['扩大会议', '市委常委会', ctx('株洲', null, '湖南'), { heldBy: '中共株洲市委常委会', heldIn: '株洲市' }],
    // 省委经济工作会议: the province's, whichever city's page reports it
    ['省委经济工作会议', null, ctx('衡阳', null, '湖南'), { heldBy: '中共湖南省委', heldIn: '湖南省' }],
    // 全县三级干部大会 on a 衡东县 page
    ['全县三级干部大会', null, ctx('衡阳', '衡东县', '湖南'), { heldBy: '衡东县', heldIn: '衡东县' }],
    // 县委常委会会议 on a page that names no county: no county's the page can tell
    ['县委常委会会议', null, ctx('衡阳', null, '湖南'), { heldBy: null, heldIn: null }],
    // 国务院常务会议
    ['国务院常务会议', null, ctx('衡阳', null, '湖南'), { heldBy: '国务院', heldIn: '中国' }],
    // 座谈会: the page's city
    ['座谈会', null, ctx('衡阳', null, '湖南'), { heldBy: '衡阳市', heldIn: '衡阳市' }],
    // 座谈会 on a page that tells no place
    ['座谈会', null, ctx(null), { heldBy: null, heldIn: null }],
  ])('%s (convened by %s)', (name, organizer, context, expected) => {
    expect(meetingHost(name, organizer, context)).toEqual(expected);
  });
});
