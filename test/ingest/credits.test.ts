import { describe, expect, it } from 'vitest';
import { creditLine, datelineCredits, datelineOutlets, inlineCredits, leadingCredits, readCredits, sourceOutlets } from '../../src/ingest/credits.js';
import { splitPage } from '../../src/ingest/split-page.js';

const pairs = (credits: Array<{ name: string; role: string }> | null) => credits?.map((c) => `${c.name}:${c.role}`) ?? null;

describe('credit lines', () => {
  it.each([
    ['记 者:郑晓岚', ['郑晓岚:reporter']],
    ['编 辑:舒婷 蓝天(实习)', ['舒婷:editor', '蓝天:editor']],
    ['三 审:邬国梁 杭雪', ['邬国梁:editor', '杭雪:editor']],
    ['记者:郑晓岚 编辑:舒婷', ['郑晓岚:reporter', '舒婷:editor']],
    ['发布时间:2019-03-02 浏览次数: 来源:某市政协 作者:柯玉洁', ['柯玉洁:reporter']],
    ['作者:廖一鸣 符晓 来源:某某日报 时间:2022-01-05 09:10:11责任编辑:', ['廖一鸣:reporter', '符晓:reporter']],
    ['来源:某某日报 记者 罗建新 文 贺宁 黎雯 图', ['罗建新:reporter', '贺宁:photographer', '黎雯:photographer']],
    ['【编辑:邵文博】', ['邵文博:editor']],
    ['城关融媒 詹立新', ['詹立新:reporter']],
    ['某派融媒体记者: 甘德良/文', ['甘德良:reporter']],
    ['一审:贺佳 二审:卜媛媛 三审:冀兆明', ['贺佳:editor', '卜媛媛:editor', '冀兆明:editor']],
    ['2021-12-29 16:00:51 编辑: 柯玉娟 审核人:鲍玲玲', ['柯玉娟:editor', '鲍玲玲:editor']],
    ['□记者 晏霞 报道', ['晏霞:reporter']],
    ['记者甘德良通讯员卜媛媛', ['甘德良:reporter', '卜媛媛:correspondent']],
  ])('%s', (line, expected) => {
    expect(pairs(creditLine(line))).toEqual(expected);
  });

  it('takes a line of fields parted by bars for page metadata, crediting the names its labels give', () => {
    expect(creditLine('发布: 2019-3-8 10:20 | 编辑: 某某文旅公司 | 来源: 某某门户网 | 阅读: 512次')).toEqual([]);
    expect(pairs(creditLine('发布: 2019-3-8 10:20 | 编辑: 甘德良 | 阅读: 88'))).toEqual(['甘德良:editor']);
  });

  it('takes a line of metadata alone out of the text, crediting no one', () => {
    expect(creditLine('来源:某市融媒体中心 发布时间:2023-07-28')).toEqual([]);
  });

  it.each(['会议指出,要加强管理', '市领导李红、王刚参加。', '通讯员们纷纷表示，今后将继续努力'])('%s credits no one', (line) => {
    expect(creditLine(line)).toBeNull();
  });
});

describe('dateline credits', () => {
  it.each([
    ['本报讯(记者 闵向东)3月2日,', ['闵向东:reporter']],
    ['城关融媒5月6日讯(融媒体记者 覃丽 包小川)5月6日,', ['覃丽:reporter', '包小川:reporter']],
    ['某某新闻网讯 通讯员蔡明 龙泉 记者邝海报道 春风送暖,', ['蔡明:correspondent', '龙泉:correspondent', '邝海:reporter']],
    ['某某日报讯(全媒体记者/骆宏) 2月6日', ['骆宏:reporter']],
    ['某网讯(记者 庞玉芬 /文 喻涛/图)8月1日', ['庞玉芬:reporter', '喻涛:photographer']],
    ['晚报讯(记者韩梅孔令飞)6月3日', ['韩梅:reporter', '孔令飞:reporter']],
    ['某某网11月12日讯 (某某台 伍思远 龚岩)据报道', ['伍思远:reporter', '龚岩:reporter']],
    ['某某日报讯 (记者郝建、通讯员聂丹)昨日', ['郝建:reporter', '聂丹:correspondent']],
    ['某某社北京3月11日电(记者 柴进)会议', ['柴进:reporter']],
    ['本报讯 3月2日上午,市委召开会议。', []],
    ['新华社北京5月2日电(国际在线)会议', []],
  ])('%s', (paragraph, expected) => {
    expect(pairs(datelineCredits(paragraph))).toEqual(expected);
  });
});

describe('credits inside a paragraph', () => {
  it.each([
    ['县领导陪同考察。(阎素琴)', true, ['阎素琴:reporter']],
    ['县领导陪同考察。(阎素琴)', false, []],
    ['作了报告。(某某日报全媒体记者 晏婷 戚晓)', false, ['晏婷:reporter', '戚晓:reporter']],
    ['(大会开幕,全体起立 实习记者 鲁岩/摄)', false, ['鲁岩:photographer']],
    ['会议在北京举行。 新华社记者 barely 摄', false, []],
    ['会议在北京举行。 新华社记者 邵峰 摄 会议听取了汇报', false, ['邵峰:photographer']],
    ['会议闭幕(某评社 宁远摄)', false, ['宁远:photographer']],
    ['一行来到张家界。(张家界)', true, []],
    ['工作。(完)', true, []],
    ['会议还研究了其他事项。 (柯亚旭 鲍得胜)', true, ['柯亚旭:reporter', '鲍得胜:reporter']],
    ['(来源：某区融媒体中心 转载：鲍翠霞)', false, ['鲍翠霞:editor']],
    ['(图文：区政协联络科 柯健禧)', false, ['柯健禧:reporter']],
    ['新华社记者甲某采访工人乙某，县委常委、宣传部长丙某陪同', false, []],
  ])('%s', (paragraph, last, expected) => {
    expect(pairs(inlineCredits(paragraph, last))).toEqual(expected);
  });
});

describe('readCredits', () => {
  it('joins single characters spaced to fill the column', () => {
    expect(pairs(readCredits('本报记者 陈 润'))).toEqual(['陈润:reporter']);
  });
  it('cuts names printed together where each opens with a surname', () => {
    expect(pairs(readCredits('记者韩梅孔令飞'))).toEqual(['韩梅:reporter', '孔令飞:reporter']);
  });
  it('keeps a four-character name that cuts no such way', () => {
    expect(pairs(readCredits('责任编辑 李诺雅希'))).toEqual(['李诺雅希:editor']);
  });
  it('reads the fields a body line opens with', () => {
    expect(pairs(leadingCredits('发稿单位:新闻处 发稿时间:2021年1月1日 11:30 发稿人员:魏思源 06-1234567 迎接新年,市政府举办升旗典礼'))).toEqual(['魏思源:reporter']);
  });
  it('takes a field printed empty for empty, not the field after it', () => {
    expect(pairs(creditLine('发稿时间: 2021年1月1日 11:30 发稿人员:魏思源'))).toEqual(['魏思源:reporter']);
  });
});

describe('the outlets credits name', () => {
  it.each([
    ['某某日报讯(全媒体记者/骆宏) 2月6日,', ['某某日报']],
    ['某县融媒7月28日讯(融媒体记者 覃丽)7月28日,', ['某县融媒']],
    ['某省日报·新某省客户端5月16日讯(记者 甲乙)今天下午,', ['某省日报', '新某省客户端']],
    ['某网时刻10月12日综合(某德日报记者 柯明远 文/图)10月11日下午,', ['某网时刻', '某德日报']],
    ['某派讯 12月9日,某市举行签约仪式。', ['某派']],
    ['据某华社北京3月1日电 会议在京举行。', ['某华社']],
    ['中国某州网5月6日8:30讯(记者 甘德良)', ['中国某州网']],
    ['某某新闻网讯 通讯员蔡明 龙泉 记者邝海报道 春风送暖,', ['某某新闻网']],
    // An agency's dispatch names the place it was filed from after the agency.
    ['某华社北京3月11日电(记者 柴进)会议', ['某华社']],
    // The paper speaking of itself names no outlet.
    ['本报讯(记者 闵向东)3月2日,', []],
    ['本报讯 3月2日上午,市委召开会议。', []],
    // Not a dateline: the word after 讯 goes on.
    ['喜讯传来,全县欢腾。', []],
    // A column's heading ends in 讯 but stands alone, undated and uncredited.
    ['政务快讯', []],
    ['工作简讯 全县各乡镇负责人参加。', []],
    ['资讯服务中心揭牌。', []],
    ['3月2日,县委召开常委会会议。', []],
  ])('%s', (paragraph, expected) => {
    expect(datelineOutlets(paragraph)).toEqual(expected);
  });

  it.each([
    ['来源:某县融媒体中心 发布时间:2023-07-28', ['某县融媒体中心']],
    ['来源：某山新闻网·某山晚报 发布时间：2020-03-01', ['某山新闻网', '某山晚报']],
    ['稿源: 某州新闻网  | 2018-05-06 08:09:10', ['某州新闻网']],
    ['来源:某市政协 作者:柯玉洁', []],
    ['来源:本站', []],
  ])('%s', (line, expected) => {
    expect(sourceOutlets(line)).toEqual(expected);
  });

  it('takes a line of source metadata out of the text, its outlet kept', () => {
    const outlets: string[] = [];
    expect(creditLine('稿源: 某州新闻网  | 2018-05-06 08:09:10', outlets)).toEqual([]);
    expect(outlets).toEqual(['某州新闻网']);
  });

  it('names the paper a credited reporter writes for', () => {
    const outlets: string[] = [];
    expect(pairs(inlineCredits('作了报告。(某某日报全媒体记者 晏婷 戚晓)', false, outlets))).toEqual(['晏婷:reporter', '戚晓:reporter']);
    expect(outlets).toEqual(['某某日报']);
  });
});

describe('an article takes the credits printed around it', () => {
  it('from its dateline and its credit lines at the foot', () => {
    const page = ['某县召开会议', '', '某某融媒讯(记者 闵向东)3月2日,县委召开常委会会议。', '县委书记李四海主持会议。', '记 者:闵向东', '编 辑:舒婷', '来源:某某融媒体中心'].join('\n');
    const [article] = splitPage(page, 'p.txt');
    expect(pairs(article!.byline)).toEqual(['闵向东:reporter', '舒婷:editor']);
    expect(article!.paragraphs.join('')).not.toContain('编 辑');
    expect(article!.outlets).toEqual(['某某融媒体中心', '某某融媒']);
  });

  it('from a dateline that opens a line under captions the page runs into it', () => {
    const page = ['某县召开全会', '', '图:某县召开全县经济工作会议暨表彰大会现场', '图:县委书记甲某在会上作动员讲话并提出要求', '某县融媒7月28日讯(融媒体记者 柯明远 甘德良)7月28日,县委召开全会。', '县委书记李四海主持会议。'].join('\n');
    const [article] = splitPage(page, 'p.txt');
    expect(article!.outlets).toEqual(['某县融媒']);
    expect(pairs(article!.byline)).toEqual(['柯明远:reporter', '甘德良:reporter']);
  });
});
