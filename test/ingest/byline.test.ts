import { describe, expect, it } from 'vitest';
import { englishByline, isBylineContinuation, parseByline } from '../../src/ingest/byline.js';

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

describe('englishByline', () => {
  const reporters = (...names: string[]) => names.map((name) => ({ name, role: 'reporter' }));
  it.each([
    ['By Ann Roe', reporters('Ann Roe')],
    ['By Li Na and Sun Qiang', reporters('Li Na', 'Sun Qiang')],
    ['By Ann Roe, Bo Tao and Kay Lee', reporters('Ann Roe', 'Bo Tao', 'Kay Lee')],
    ['By Mary Ann P. Cole', reporters('Mary Ann P. Cole')],
    ['By Tom McDermott', reporters('Tom McDermott')],
    // Without "and", what follows a comma or a slash is where it was filed or who sent it.
    ['By Ada Obi, Port Harcourt', reporters('Ada Obi')],
    ['By Ann Roe / APP', reporters('Ann Roe')],
    ['By Ann Roe, Staff Writer', reporters('Ann Roe')],
    // The name and the place it was filed from, a line of its own.
    ['Emeka Ude in Abuja', reporters('Emeka Ude')],
    ['Ann Roe in Port Moresby', reporters('Ann Roe')],
  ])('%s', (line, expected) => {
    expect(englishByline(line)).toEqual(expected);
  });

  it.each([
    'By Friday evening, the mayor had left.',
    'By then the council had voted.',
    'Mayor Ann Roe in Abuja said the roads would open.',
    'Ann Roe and Bo Tao',
  ])('reads no byline in %s', (line) => {
    expect(englishByline(line)).toBeNull();
  });
});
