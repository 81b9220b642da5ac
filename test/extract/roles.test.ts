// The roles step: who presided over, attended and spoke at the events the article narrates,
// attendees in the order the paper lists them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { participation as roles } from '../../src/extract/events/participation.js';
import { mentionAt } from '../../src/extract/core/doc.js';
import { docBefore } from '../helpers/doc.js';

const read = (paragraph: string) => {
  const doc = docBefore('roles', paragraph);
  roles(doc);
  return doc.roles.map((r) => [r.type, mentionAt(doc, r.mention)?.name, doc.meetings[r.meeting]?.name]);
};

describe('roles', () => {
  it.each([
    [
      '3月8日上午，许昌市委书记韩立新主持召开市委常委会会议。市领导周海波、孙玉琴、冯建林出席。',
      [['PRESIDED', '韩立新', '市委常委会会议'], ['ATTENDED', '周海波', '市委常委会会议'], ['ATTENDED', '孙玉琴', '市委常委会会议'], ['ATTENDED', '冯建林', '市委常委会会议']],
    ],
    ['5月12日，全市安全生产工作会议召开。副市长何丽娜主持会议。', [['PRESIDED', '何丽娜', '全市安全生产工作会议']]],
    ['6月1日，全市防汛工作会议召开。市长卢建平在讲话中指出，要压实责任。', [['SPOKE_AT', '卢建平', '全市防汛工作会议']]],
    ['7月9日，许昌市举行招商推介会。副市长冯建林致辞。', [['SPOKE_AT', '冯建林', '招商推介会']]],
    // Whose speech a meeting studies took no part in it.
    ['8月2日，市委书记韩立新主持召开专题会议，传达省长王建军的讲话精神。', [['PRESIDED', '韩立新', '专题会议']]],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });

  it('orders attendees by where the text names them', () => {
    const doc = docBefore('roles', '9月1日，县政府召开常务会议。副县长冯玉、宋鹏、邢晓燕出席。');
    roles(doc);
    const attended = doc.roles.filter((r) => r.type === 'ATTENDED');
    expect(attended.map((r) => mentionAt(doc, r.mention)?.name)).toEqual(['冯玉', '宋鹏', '邢晓燕']);
    expect(attended.map((r) => r.mention.start)).toEqual([...attended.map((r) => r.mention.start)].sort((a, b) => a - b));
    expect(attended.map((r) => doc.text.slice(r.mention.start, r.mention.end))).toEqual(['冯玉', '宋鹏', '邢晓燕']);
  });
});
