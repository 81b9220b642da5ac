// Clause bounds inside a sentence: text between ，；：。 outside quotes and 《》, so a quoted theme
// or a title holding a comma stays in one clause. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { clauseAt, clauseBreaks } from '../../src/extract/core/clauses.js';

const clauses = (text: string) => {
  const out: string[] = [];
  let start = 0;
  for (const b of [...clauseBreaks(text), text.length]) {
    out.push(text.slice(start, b));
    start = b + 1;
  }
  return out.filter(Boolean);
};

describe('clauses', () => {
  it.each([
    ['3月8日上午，市委书记韩立新主持会议；市长卢建平出席。', ['3月8日上午', '市委书记韩立新主持会议', '市长卢建平出席']],
    ['以“守初心，担使命”为主题的演讲比赛在许昌举行。', ['以“守初心，担使命”为主题的演讲比赛在许昌举行']],
    ['会议审议了《关于做好春耕、春播工作的意见》，要求抓好落实。', ['会议审议了《关于做好春耕、春播工作的意见》', '要求抓好落实']],
    ['他表示：这项工作很重要', ['他表示', '这项工作很重要']],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('gives the clause that holds a position', () => {
    const text = '5月6日，副市长冯建林到郸城县调研，看望了一线干部。';
    const [start, end] = clauseAt(text, text.indexOf('郸城县'));
    expect(text.slice(start, end)).toBe('副市长冯建林到郸城县调研');
  });
});
