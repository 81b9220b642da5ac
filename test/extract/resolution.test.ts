// Entity resolution across articles and pages: one node per person, per body (abbreviation or full
// name in the page's city), per meeting reported twice (same name and date), by the ids extraction
// gives. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { textSheets } from '../helpers/sheets.js';

const page = (...articles: string[]) => articles.map((a, i) => `标题${'一二三四'[i]}\n\n■本报记者 张 三\n\n本报讯 ${a}`).join('\n\n');
const idOf = (sheet: FactSheet, type: string, name: string) => sheet.entities.find((e) => e.type === type && e.name === name)?.id;

describe('entity resolution', () => {
  it('gives a person the same node in every article that names them', () => {
    const [a, b] = textSheets(page('3月2日，区委书记王海涛主持召开区委常委会会议。', '3月3日，王海涛到石门乡调研。'), { city: '常德' });
    expect(idOf(a!, 'Person', '王海涛')).toBeDefined();
    expect(idOf(a!, 'Person', '王海涛')).toBe(idOf(b!, 'Person', '王海涛'));
  });

  it('makes 市委, 常德市委 and a post of 市委 one body across pages', () => {
    const [a] = textSheets(page('市委、市政府高度重视。'), { city: '常德' });
    const [b] = textSheets(page('感受到了常德市委的执行力。'), { city: '常德' });
    const [c] = textSheets(page('市委副书记刘勇出席。'), { city: '常德' });
    const ids = [a, b, c].map((s) => idOf(s!, 'Organization', '中共常德市委'));
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
  });

  it('gives a bare post printed after a titled person of the same list that body, on a page with or without its city', () => {
    for (const options of [{ city: '常德' }, {}]) {
      const [sheet] = textSheets(page('市人大常委会主任包文清，副主任翟立新、钟海燕，秘书长柯明远出席。'), options);
      const names = new Map(sheet!.entities.map((e) => [e.id, e.name]));
      const posts = sheet!.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => [names.get(r.source), r.properties.title, names.get(r.target)]);
      const body = posts.find(([who]) => who === '包文清')?.[2];
      expect(body).toMatch(/人大常委会$/);
      expect(posts).toEqual([
        ['包文清', '市人大常委会主任', body],
        ['翟立新', '副主任', body],
        ['钟海燕', '副主任', body],
        ['柯明远', '秘书长', body],
      ]);
    }
  });

  it('lends a bare post no body of another post', () => {
    const [sheet] = textSheets(page('县委书记包文清，副主任翟立新出席。'), { city: '常德' });
    const names = new Map(sheet!.entities.map((e) => [e.id, e.name]));
    const deputy = sheet!.relations.find((r) => r.type === 'HOLDS_POSITION' && names.get(r.source) === '翟立新');
    expect(names.get(deputy!.target)).not.toMatch(/县委$/);
  });

  it('resolves the same 市委 to the body of the page’s own city', () => {
    const bodies = (city: string) => textSheets(page('市委、市政府高度重视。'), { city })[0]!.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(bodies('常德')).toContain('中共常德市委');
    expect(bodies('常德')).not.toContain('中共岳阳市委');
    expect(bodies('岳阳')).toContain('中共岳阳市委');
    expect(bodies('岳阳')).not.toContain('中共常德市委');
  });

  it('makes a meeting reported twice, with the same name and date, one node', () => {
    const [a, b] = textSheets(
      page('4月9日下午，县委常委会召开扩大会议，研究防汛工作。', '4月9日下午，县委书记李明主持召开县委常委会扩大会议。'),
      { city: '常德', year: 2022 },
    );
    const id = idOf(a!, 'Meeting', '县委常委会扩大会议');
    expect(id).toBeDefined();
    expect(idOf(b!, 'Meeting', '县委常委会扩大会议')).toBe(id);
  });

  it('keeps meetings of the same name on different days apart', () => {
    const [a, b] = textSheets(page('4月9日，县委常委会召开扩大会议。', '5月9日，县委常委会召开扩大会议。'), { city: '常德', year: 2022 });
    const [first, second] = [a!, b!].map((s) => idOf(s, 'Meeting', '县委常委会扩大会议'));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
  });
});
