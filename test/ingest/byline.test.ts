import { describe, expect, it } from 'vitest';
import { isBylineContinuation, parseByline } from '../../src/ingest/byline.js';

describe('parseByline', () => {
  it.each([
    ['■本报记者 陈 润', [{ name: '陈润', role: 'reporter' }]],
    ['■本报记者 陈润', [{ name: '陈润', role: 'reporter' }]],
    ['■谢小青', [{ name: '谢小青', role: 'reporter' }]],
    ['■通讯员 陈亮 赵诗', [{ name: '陈亮', role: 'correspondent' }, { name: '赵诗', role: 'correspondent' }]],
    ['■通讯员 周亦至 摄', [{ name: '周亦至', role: 'photographer' }]],
    ['■本报记者 胡建军 摄', [{ name: '胡建军', role: 'photographer' }]],
    ['通讯员 唐辉娟', [{ name: '唐辉娟', role: 'correspondent' }]],
    ['■记者 王 芳 刘晓明', [{ name: '王芳', role: 'reporter' }, { name: '刘晓明', role: 'reporter' }]],
  ])('%s', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it('tells a byline continuation from a body line', () => {
    expect(isBylineContinuation('通讯员 赵舒')).toBe(true);
    expect(isBylineContinuation('通讯员们纷纷表示，今后工作中将继续发扬党的优良传统。')).toBe(false);
  });
});
