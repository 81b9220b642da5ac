// Meetings and roles on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { entityNames, named, textSheets } from '../helpers/sheets.js';

const article = (body: string, options = {}) => textSheets(`测试标题\n\n■本报记者 张 三\n\n本报讯 ${body}`, options)[0]!;

describe('meetings', () => {
  it.each([
    ['3月2日上午，区长王海涛主持召开区政府2022年第3次常务会议，研究部署防汛工作。', '区政府2022年第3次常务会议', '2022-03-02', '上午'],
    ['9月9日下午，县委常委会召开扩大会议，传达学习省委全会精神。', '县委常委会扩大会议', '--09-09', '下午'],
    ['10月1日，全区乡村振兴推进会在区行政中心召开。', '全区乡村振兴推进会', '--10-01', null],
    ['2022年8月8日，我区举行以“奋进新时代”为主题的“科普日”活动。', '“科普日”活动', '2022-08-08', null],
    // A session is named with the meeting it is a session of.
    ['5月16日下午，某市第九届人民代表大会第二次会议举行预备会议。', '某市第九届人民代表大会第二次会议预备会议', '--05-16', '下午'],
    ['12月23日上午，某区十一届人大一次会议举行第三次全体会议。', '某区十一届人大一次会议第三次全体会议', '--12-23', '上午'],
  ])('%s', (body, name, date, time) => {
    const sheet = article(body);
    const meeting = sheet.entities.find((e) => e.type === 'Meeting');
    expect(meeting?.name).toBe(name);
    expect(meeting?.properties.date).toBe(date);
    expect(meeting?.properties.time).toBe(time);
  });

  it('gives a date without a year the year a flag sets', () => {
    const sheet = article('9月9日下午，县委常委会召开扩大会议。', { year: 2019 });
    expect(sheet.entities.find((e) => e.type === 'Meeting')?.properties.date).toBe('2019-09-09');
  });

  it('dates a page by the day it was printed: its year, the year before for a later day, 昨日 the day before', () => {
    const page = '测试标题\n\n本报讯 12月30日上午，县委召开常委会会议。\n\n第二篇\n\n■本报记者 李 四\n\n本报讯 昨日下午，县总工会举办劳模事迹报告会。\n\n第三篇\n\n■本报记者 王 五\n\n本报讯 1月1日上午，县政府召开常务会议。';
    const meetings = textSheets(page, { date: '2022-01-02' }).flatMap((s) => s.entities.filter((e) => e.type === 'Meeting').map((e) => [e.name, e.properties.date]));
    expect(meetings).toEqual([['县委常委会会议', '2021-12-30'], ['劳模事迹报告会', '2022-01-01'], ['县政府常务会议', '2022-01-01']]);
  });

  it('names an event by its quoted theme when the text gives it no other name', () => {
    const sheet = article('3月5日下午，区妇联在区图书馆举办主题为“巾帼建新功”的读书分享会。');
    expect(entityNames(sheet, 'Meeting')).toEqual(['“巾帼建新功”读书分享会']);
  });

  it('takes the name after a dash of apposition', () => {
    const sheet = article('6月1日，全县举行“童心向党”文艺汇演活动。当天还举行了系列活动之一——“家风故事会”主题讲座。');
    expect(entityNames(sheet, 'Meeting')).toContain('“家风故事会”主题讲座');
    expect(sheet.entities.find((e) => e.name === '“家风故事会”主题讲座')?.properties.date).toBe('--06-01');
  });

  it('reads a signing, also inside a larger event, on the day of that event', () => {
    const sheet = article('8月18日上午，我县举行招商引资推介会。推介会上，县经开区管委会与湖南某某新材料有限公司签订年产5万吨新材料项目投资协议。');
    const signing = sheet.entities.find((e) => e.properties.kind === 'signing');
    expect(signing?.name).toBe('签订年产5万吨新材料项目投资协议');
    expect(signing?.properties.date).toBe('--08-18');
  });

  it('does not take an agreement still to be signed as an event', () => {
    const sheet = article('双方将签订战略合作协议，共建产业园区。');
    expect(entityNames(sheet, 'Meeting')).toEqual([]);
  });

  it('reads a sentence that opens at an event as telling that the event was held', () => {
    const sheet = article('11月3日，副县长刘涛到石门乡调研。在乡村振兴工作座谈会上，刘涛指出，要巩固脱贫成果。');
    expect(entityNames(sheet, 'Meeting')).toContain('乡村振兴工作座谈会');
    expect(named(sheet, 'SPOKE_AT').map(([p]) => p)).toContain('刘涛');
  });

  it('takes a dated meeting told as having met as narrated, and 昨日 as the page\'s last dated day', () => {
    const page = '测试标题\n\n本报讯 3月9日上午，县委召开常委会会议。\n\n第二篇\n\n■本报记者 李 四\n\n本报讯 3月8日召开的全市安全生产工作会议传来喜讯，我县获评先进县。\n\n第三篇\n\n■本报记者 王 五\n\n本报讯 昨日下午，县总工会举办劳模事迹报告会。';
    const sheets = textSheets(page);
    const meetings = sheets.flatMap((s) => s.entities.filter((e) => e.type === 'Meeting').map((e) => [e.name, e.properties.date]));
    expect(meetings).toContainEqual(['全市安全生产工作会议', '--03-08']);
    expect(meetings).toContainEqual(['劳模事迹报告会', '--03-09']);
  });

  it('does not take a meeting only referred to for its spirit as narrated', () => {
    const sheet = article('会议传达了当天上午召开的全省视频会议精神，学习贯彻全国两会精神。');
    expect(entityNames(sheet, 'Meeting')).toEqual([]);
  });
});

describe('roles', () => {
  it('reads who presided and who attended, in list order', () => {
    const sheet = article('4月9日，县委书记李明主持召开县委常委会会议。县领导王刚、赵丽、孙伟，老领导钱进出席。');
    expect(named(sheet, 'PRESIDED').map(([p, m]) => [p, m])).toEqual([['李明', '县委常委会会议']]);
    expect(named(sheet, 'ATTENDED').map(([p, , props]) => [p, props.order])).toEqual([
      ['王刚', 1],
      ['赵丽', 2],
      ['孙伟', 3],
      ['钱进', 4],
    ]);
  });

  it('tells the presider of an event from the leader who took part in it', () => {
    const sheet = article('7月2日下午，市委书记李明专题调度全市防汛工作。市领导王刚主持调度会。市领导赵丽出席。');
    expect(named(sheet, 'PRESIDED').map(([p]) => p)).toEqual(['王刚']);
    expect(named(sheet, 'ATTENDED').map(([p]) => p)).toEqual(['李明', '赵丽']);
  });

  it.each([
    ['8月1日，县政府召开常务会议。县长周建国主持。副县长李芳、王勇和县政协副主席赵强出席。', ['李芳', '王勇', '赵强']],
    ['8月1日，区政府召开安全生产工作会议。区领导陈伟、刘洋等参加会议。', ['陈伟', '刘洋']],
    ['8月1日，市教育局召开校长座谈会。局长黄丽主持，市一中校长孙明、市二中校长吴红参加座谈。', ['孙明', '吴红']],
  ])('reads the attendees of a list of another shape: %s', (body, attendees) => {
    const sheet = article(body);
    expect(named(sheet, 'ATTENDED').map(([p]) => p)).toEqual(attendees);
    expect(new Set(named(sheet, 'ATTENDED').map(([, m]) => m)).size).toBe(1);
  });

  it('reads speakers (致辞, 指出, 强调)', () => {
    const sheet = article('5月1日，我市举行劳动模范表彰大会。市长周平在致辞时表示，要弘扬劳模精神。');
    expect(named(sheet, 'SPOKE_AT').map(([p, m]) => [p, m])).toEqual([['周平', '劳动模范表彰大会']]);
  });

  it('does not make a person cited for their speech a participant', () => {
    const sheet = article('5月8日，区长王海涛主持召开专题会议，贯彻落实省委副书记、省长孙明5月6日的讲话精神。');
    expect(named(sheet, 'ATTENDED')).toEqual([]);
    expect(named(sheet, 'SPOKE_AT')).toEqual([]);
  });

  it('relates reviewed documents to the meeting', () => {
    const sheet = article('3月1日，市长周平主持召开市政府常务会议，审议《城市更新三年行动方案》。');
    expect(named(sheet, 'REVIEWED').map(([m, d]) => [m, d])).toEqual([['市政府常务会议', '城市更新三年行动方案']]);
  });
});
