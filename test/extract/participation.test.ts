// Participation read from the predicate that governs a list of people, on sentences written for these
// tests (fictional officials of other cities), one shape of list and predicate per row.
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../src/extract/lexicon/participation.js';
import { named, textSheets } from '../helpers/sheets.js';

const article = (body: string) => textSheets(`某县召开全县工作会议\n\n本报讯 3月2日，县委召开全县工作会议。${body}`, { city: '岳阳' })[0]!;
const who = (body: string, type: string) => named(article(body), type).map(([p]) => p);

describe('attendance after a list of titled names', () => {
  it.each([
    ['县领导包文清、翟立新、钟海燕等在主席台就座。', ['包文清', '翟立新', '钟海燕']],
    ['副县长包文清、翟立新，县政协副主席钟海燕出席会议。', ['包文清', '翟立新', '钟海燕']],
    ['县长包文清，县人大常委会主任翟立新，县政协主席钟海燕等县领导参加会议。', ['包文清', '翟立新', '钟海燕']],
    ['包文清、翟立新等在职县级领导，钟海燕等离退休老领导，县直单位负责人参加活动。', ['包文清', '翟立新', '钟海燕']],
    ['大会主席团常务主席包文清、翟立新担任大会执行主席。', ['包文清', '翟立新']],
    ['县委常委、常务副县长包文清应邀出席会议。', ['包文清']],
    ['出席会议并在主席台就座的领导有：包文清、翟立新、钟海燕。', ['包文清', '翟立新', '钟海燕']],
    ['今天全体会议的执行主席是（以姓氏笔画为序）：包文清、翟立新、钟海燕（女）。', ['包文清', '翟立新', '钟海燕']],
    ['闭幕大会的执行主席是包文清、翟立新、钟海燕。', ['包文清', '翟立新', '钟海燕']],
    ['在主席台就座的还有县政协主席包文清，副主席翟立新，秘书长钟海燕。', ['包文清', '翟立新', '钟海燕']],
    ['参加揭牌仪式的区领导有：区委书记冼立言，区长包文清，副区长钟海燕。', ['冼立言', '包文清', '钟海燕']],
    ['县领导包文清、翟立新，副县级干部钟海燕、柯明远参加学习。', ['包文清', '翟立新', '钟海燕', '柯明远']],
    ['县委常委、宣传部部长包文清，县委常委、组织部部长翟立新先后陪同调研。', ['包文清', '翟立新']],
    // Shapes read on news the rules were not built on.
    ['县领导包文清、翟立新及省交通厅、县发改局有关领导、80余名客商出席签约仪式。', ['包文清', '翟立新']],
    ['旗领导包文清、翟立新在主席台前排就坐。', ['包文清', '翟立新']],
    ['县人大常委会主任包文清，，副主任翟立新，、钟海燕在主席台就座，。', ['包文清', '翟立新', '钟海燕']],
    ['副县长包文清率相关部门开展节前安全生产专项检查。', ['包文清']],
    ['县委书记冼立言带领县委常委、副县长包文清，县委常委翟立新，及县发改局、财政局等部门考察组一行赴某市考察。', ['冼立言', '包文清', '翟立新']],
    ['县领导包文清、翟 立、钟海燕等分别参加分组讨论。', ['包文清', '翟立', '钟海燕']],
    ['县委书记包文清，县委副书记、县长翟立新与各界人士代表欢聚一堂。', ['包文清', '翟立新']],
  ])('%s', (body, expected) => {
    expect(who(body, 'ATTENDED')).toEqual(expected);
  });
});

describe('chairing and speaking', () => {
  it.each([
    ['会议由县人大常委会主任包文清主持。', 'PRESIDED', ['包文清']],
    ['县委书记包文清主持会议并讲话。', 'SPOKE_AT', ['包文清']],
    ['区长翟立新对一季度各街道安全生产情况进行了点评。', 'SPOKE_AT', ['翟立新']],
    ['会议听取了副县长翟立新作的关于全县财政预算执行情况的报告。', 'SPOKE_AT', ['翟立新']],
    ['区长翟立新受区委委托向大会作述职报告。', 'SPOKE_AT', ['翟立新']],
    ['县委副书记钟海燕宣读表彰决定。', 'SPOKE_AT', ['钟海燕']],
    ['县人大常委会党组书记、主任包文清出席并主持会议。', 'PRESIDED', ['包文清']],
    ['出席会议的有县委书记包文清，会议由县长翟立新主持。', 'PRESIDED', ['翟立新']],
    ['需要强调的是，县长包文清、副县长翟立新也来到现场。', 'SPOKE_AT', []],
    ['4月2日上午，包文清县长主持召开县政府常务会议。', 'PRESIDED', ['包文清']],
    ['县长翟立新致欢迎辞。', 'SPOKE_AT', ['翟立新']],
    ['会上，包文清、翟立新、钟海燕3名委员围绕优化营商环境等内容作大会发言。', 'SPOKE_AT', ['包文清', '翟立新', '钟海燕']],
    ['县委书记包文清，县长翟立新等向委员们致以亲切的问候。', 'ATTENDED', ['包文清', '翟立新']],
    ['会议听取了县交通局局长钟海燕同志关于道路建设的情况汇报。', 'SPOKE_AT', ['钟海燕']],
    ['祝贺团团长包文清对该县建县五十周年表示热烈祝贺。', 'SPOKE_AT', ['包文清']],
  ])('%s', (body, type, expected) => {
    expect(who(body, type)).toEqual(expected);
  });
});

describe('a long run of groups after a list', () => {
  it('is read once, whether or not a predicate follows it', () => {
    const groups = Array.from({ length: 40 }, (_, i) => `某单位${i}代表`).join('、');
    // Forty groups and no predicate: read in one pass (trying every split of them took minutes).
    expect(who(`县领导包文清、翟立新，${groups}。`, 'ATTENDED')).toEqual([]);
    expect(who(`县领导包文清、翟立新，${groups}参加会议。`, 'ATTENDED')).toEqual(['包文清', '翟立新']);
  });
});

describe('people only cited take no part', () => {
  it.each([
    '会议传达学习了市委书记包文清在调研时的讲话精神。',
    '会议认真学习了县委书记包文清的重要指示。',
  ])('%s', (body) => {
    expect([...who(body, 'ATTENDED'), ...who(body, 'SPOKE_AT'), ...who(body, 'PRESIDED')]).toEqual([]);
  });
});

describe('the article event', () => {
  it('is named by the headline when people attend an event no sentence names', () => {
    const sheet = textSheets('县领导看望慰问与会委员\n\n本报讯 3月2日，县委书记包文清，县长翟立新来到委员驻地看望。县领导钟海燕等陪同。', { city: '岳阳' })[0]!;
    expect(named(sheet, 'ATTENDED').map(([p, m]) => [p, m])).toContainEqual(['钟海燕', '县领导看望慰问与会委员']);
  });

  it('is one event for everyone who attends it', () => {
    const sheet = textSheets('县领导看望慰问与会委员\n\n本报讯 3月2日，县委书记包文清，县长翟立新、副县长钟海燕来到委员驻地看望。', { city: '岳阳' })[0]!;
    expect(sheet.entities.filter((e) => e.type === 'Meeting')).toHaveLength(1);
    expect(named(sheet, 'ATTENDED').map(([p]) => p)).toEqual(['包文清', '翟立新', '钟海燕']);
  });

  it('is not made for a quote alone', () => {
    const sheet = textSheets('产业园区见闻\n\n本报讯 园区负责人包文清介绍，今年已引进项目十个。', { city: '岳阳' })[0]!;
    expect(sheet.entities.filter((e) => e.type === 'Meeting')).toEqual([]);
  });
});

describe('the predicate table', () => {
  it.each(PREDICATES.map((p) => [p.pattern, p.example] as const))('%s matches its own example', (pattern, example) => {
    expect(new RegExp(pattern).test(example)).toBe(true);
  });
});
