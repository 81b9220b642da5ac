// People, titles and posts on sentences written for these tests (other cities, other posts).
import { describe, expect, it } from 'vitest';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const article = (body: string) => `测试标题\n\n■本报记者 张 三\n\n本报讯 ${body}`;

describe('people', () => {
  it.each([
    ['区委书记王海涛主持召开区委常委会会议。', ['王海涛']],
    ['县长欧阳春晓出席并讲话。', ['欧阳春晓']],
    ['市领导刘建国、陈小红、吴强，老领导周正出席。', ['刘建国', '陈小红', '吴强', '周正']],
    ['市委副书记、市长林志远主持会议。', ['林志远']],
    ['湖南大学党委书记高飞为企业代表颁发证书。', ['高飞']],
    ['公司董事长郑和平，总经理何静参加活动。', ['郑和平', '何静']],
    ['会议传达了习近平总书记重要讲话精神。', ['习近平']],
  ])('%s', (body, expected) => {
    const people = entityNames(textSheets(article(body))[0]!, 'Person').filter((n) => n !== '张三');
    expect(people).toEqual(expected);
  });

  it('finds later mentions of a name without its title', () => {
    const sheet = textSheets(article('6月3日，区长王海涛主持召开区政府常务会议。王海涛指出，要抓好防汛工作。'))[0]!;
    expect(named(sheet, 'SPOKE_AT').map(([p]) => p)).toEqual(['王海涛']);
  });

  it('takes the byline names as reporters', () => {
    const sheet = textSheets('标题\n\n■本报记者 李 雪\n通讯员 王晓东\n\n本报讯 正文。')[0]!;
    expect(named(sheet, 'REPORTED')).toEqual([
      ['李雪', '(article)', { role: 'reporter' }],
      ['王晓东', '(article)', { role: 'correspondent' }],
    ]);
  });
});

describe('posts', () => {
  it('gives one post per stacked title, resolved in the city of the page', () => {
    const sheet = textSheets(article('5月6日，株洲市委副书记、市长林志远主持召开市政府常务会议。株洲市要抓好落实。'), { city: '株洲' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').filter(([p]) => p === '林志远')).toEqual([
      ['林志远', '中共株洲市委', { title: '株洲市委副书记', role: '副书记', former: false }],
      ['林志远', '株洲市', { title: '市长', role: '市长', former: false }],
    ]);
  });

  it('expands 市委, 市政协 and 市X局 with the city, and marks 原 as former', () => {
    const sheet = textSheets(article('市政协副主席赵敏，市教育局局长孙立，湖南大学原党委书记钱文出席。'), { city: '常德' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION')).toEqual([
      ['赵敏', '政协常德市委员会', { title: '市政协副主席', role: '副主席', former: false }],
      ['孙立', '常德市教育局', { title: '市教育局局长', role: '局长', former: false }],
      ['钱文', '湖南大学党委', { title: '湖南大学原党委书记', role: '书记', former: true }],
    ]);
  });

  it('gives 总书记 after a name as a post of the party centre', () => {
    const sheet = textSheets(article('会议传达学习了习近平总书记重要讲话精神。'), { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION')).toEqual([['习近平', '中共中央', { title: '总书记', role: '总书记', former: false }]]);
  });

  it('keeps the first character of a company name that jieba breaks off, in a stack of titles', () => {
    const sheet = textSheets(article('省级特聘专家、普奥云洲智能科技（上海）有限公司董事长韩立新出席。'), { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([p, , props]) => [p, props.title])).toEqual([
      ['韩立新', '省级特聘专家'],
      ['韩立新', '普奥云洲智能科技（上海）有限公司董事长'],
    ]);
  });

  it('relates 市领导 to the city itself', () => {
    const sheet = textSheets(article('市领导刘建国出席。'), { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION')).toEqual([['刘建国', '岳阳市', { title: '市领导', role: '领导', former: false }]]);
  });

  it.each([
    // Elections and appointments: the post 为 names after a run of names is each one's.
    ['会议选举刘建国为市人大常委会主任，陈小红、吴强为市人大常委会副主任。', [['刘建国', '市人大常委会主任'], ['陈小红', '市人大常委会副主任'], ['吴强', '市人大常委会副主任']]],
    ['会议选举周立新为市政协主席。', [['周立新', '市政协主席']]],
    ['刘建国、陈小红担任大会执行主席，并在主席台前排就座。', [['刘建国', '大会执行主席'], ['陈小红', '大会执行主席']]],
    // A post, a copula, then the run of names that hold it.
    ['今天大会的执行主席是刘建国、陈小红、吴强。', [['刘建国', '执行主席'], ['陈小红', '执行主席'], ['吴强', '执行主席']]],
    ['本届会议的秘书长是（以姓氏笔画为序）：刘建国、陈小红。', [['刘建国', '秘书长'], ['陈小红', '秘书长']]],
    // 为 that is not an appointment: what follows names no post.
    ['刘建国为大会作报告。', []],
    ['陈小红为获奖代表颁奖。', []],
    // After a post, 为 that gives something to the names makes them no holders of it.
    ['会上，县长为刘建国、陈小红颁发证书。', []],
    // 全票当选: the vote is no name.
    ['刘建国全票当选为市人大常委会主任。', [['刘建国', '市人大常委会主任']]],
  ])('%s', (body, expected) => {
    const sheet = textSheets(article(body), { city: '岳阳' })[0]!;
    expect(named(sheet, 'HOLDS_POSITION').map(([p, , props]) => [p, props.title])).toEqual(expected);
  });
});
