// What the seed pages must give: the answers the end-to-end slice promises (who presided over which
// meeting, attendees in the order the paper lists them, dates with their inferred year).
import { describe, expect, it } from 'vitest';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { allSeedSheets, named } from '../helpers/sheets.js';

const sheets = allSeedSheets();

function rolesOf(person: string, type: string): Array<{ meeting: string; date: unknown }> {
  return sheets.flatMap((s: FactSheet) =>
    named(s, type)
      .filter(([p]) => p === person)
      .map(([, meeting]) => ({ meeting, date: s.entities.find((e) => e.type === 'Meeting' && e.name === meeting)?.properties.date })),
  );
}

function attendeesOf(meetingName: string): string[] {
  const sheet = sheets.find((s) => s.entities.some((e) => e.type === 'Meeting' && e.name === meetingName))!;
  return named(sheet, 'ATTENDED')
    .filter(([, m]) => m === meetingName)
    .sort((a, b) => Number(a[2].order) - Number(b[2].order))
    .map(([p]) => p);
}

describe('the seed pages', () => {
  it('say 邓群策 presided over exactly the 市委常委会 meetings and the 深改委 fifth meeting, with dates', () => {
    expect(rolesOf('邓群策', 'PRESIDED').sort((a, b) => String(a.date).localeCompare(String(b.date)))).toEqual([
      { meeting: '市委常委会扩大会议', date: '2020-12-25' },
      { meeting: '市委常委会扩大会议', date: '2021-04-22' },
      { meeting: '市委全面深化改革委员会第五次会议', date: '2021-04-22' },
      { meeting: '市委常委会会议', date: '2021-05-27' },
    ]);
  });

  it('say others chaired the 创文创卫 调度会 and the 科技工作者日 activity, where 邓群策 took part', () => {
    expect(rolesOf('廖健', 'PRESIDED').map((r) => r.meeting)).toEqual(['全市创文创卫工作调度会']);
    expect(rolesOf('刘正兴', 'PRESIDED').map((r) => r.meeting)).toEqual(['“全国科技工作者日”活动']);
    expect(rolesOf('邓群策', 'ATTENDED').map((r) => r.meeting)).toEqual(expect.arrayContaining(['全市创文创卫工作调度会', '“全国科技工作者日”活动']));
  });

  it('list the attendees of the 深改委 fifth meeting in the paper’s order', () => {
    expect(attendeesOf('市委全面深化改革委员会第五次会议')).toEqual([
      '赖馨正', '段志刚', '刘泽友', '罗琼', '毛朝晖', '张霞', '胡绪阳', '胡志文', '龚学余', '彭玉明', '杨洪峰', '何恩广', '胡建福',
    ]);
  });

  it('list the attendees of the 调度会 and the activity in order', () => {
    expect(attendeesOf('全市创文创卫工作调度会')).toEqual(['邓群策', '毛朝晖', '张霞', '耿保民', '胡绪阳', '胡志文', '龚学余', '周玉梅', '杨洪峰', '何恩广', '许云生']);
    expect(attendeesOf('“全国科技工作者日”活动').slice(-6)).toEqual(['张霞', '李鹏飞', '龚学余', '张亮', '许祥发', '邹树梁']);
  });

  it('say 朱健 presided over both 市政府 常务会议, dated', () => {
    expect(rolesOf('朱健', 'PRESIDED')).toEqual(
      expect.arrayContaining([
        { meeting: '市政府2021年第10次常务会议', date: '2021-05-28' },
        { meeting: '市政府2021年第7次常务会议', date: '2021-04-22' },
      ]),
    );
  });

  it('give 朱健 two posts from 市委副书记、市长朱健', () => {
    const posts = sheets.flatMap((s) => named(s, 'HOLDS_POSITION')).filter(([p]) => p === '朱健').map(([, target, props]) => `${props.title}→${target}`);
    expect(new Set(posts)).toEqual(new Set(['市委副书记→中共衡阳市委', '市长→衡阳市']));
  });

  it('keep every relation’s evidence a sentence of its article', () => {
    for (const s of sheets) for (const r of s.relations) expect(s.article.text).toContain(r.evidence);
  });

  it('give every article its own stable id', () => {
    const ids = sheets.map((s) => s.article.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allSeedSheets().map((s) => s.article.id)).toEqual(ids);
  });
});
