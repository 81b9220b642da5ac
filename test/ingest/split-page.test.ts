// Segmentation of every seed page into its articles, by headline: none merged, none split, captions
// and section labels not articles of their own. The expected headlines were read off the pages by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize.js';
import { joinLayoutBreaks, splitPage } from '../../src/ingest/split-page.js';

const page = (name: string) => splitPage(normalizeText(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8')), name);

describe('splitPage on the seed pages', () => {
  it.each([
    ['000_edfb76c44c08cff3.txt', ['我市举行“全国科技工作者日”活动', '市政府召开常务会议', '朱健主持召开专题会议，传达贯彻全省市州长视频会议精神，安排部署当前和下阶段重点工作']],
    ['001_25b9b06cbbd2e5b3.txt', ['市委常委会召开会议', '陈德基团队以“UP”模式落户衡阳', '衡阳亮出百年科技创新“家底”', '衡阳日报社全体党员观看党史学习教育电影《大地颂歌》', '学生同跳大型团体操']],
    ['002_e0293cca43708735.txt', ['市委常委会召开扩大会议', '衡阳国家高新区入选国家“双创”示范基地', '综治和安全生产两项工作获全省先进', '《你从红船走来》获全省红舞邀请赛二等奖', '市律协举办正确适用《民法典》构建和谐劳动关系沙龙活动']],
    ['003_0c3d2c04bd8aa6d3.txt', ['扎实做好民生保障等工作', '迅速进入临战状态，尽锐出战，务求全胜', '衡阳首届退役军人“双创”大赛决出高下', '高新区两大项目 在“长三角经贸合作洽谈周”签约']],
    ['004_c75b4f9da4696006.txt', ['市委常委会召开扩大会议', '市委全面深化改革委员会举行第五次会议', '市政府召开常务会议']],
  ])('%s', (name, titles) => {
    expect(page(name).map((a) => a.title)).toEqual(titles);
  });

  it('reads kickers, sub-headlines and section labels apart from the headline', () => {
    const [, , , diary, school] = page('001_25b9b06cbbd2e5b3.txt');
    expect(diary?.kicker).toBe('发扬优良传统和作风，开创高质量发展新局面');
    expect(diary?.subtitle).toBe('学党史 悟思想 办实事 开新局');
    expect(school?.section).toBe('都司教育集团');
    expect(school?.byline).toEqual([{ name: '雷昕', role: 'reporter' }, { name: '赵舒', role: 'correspondent' }]);
  });

  it('takes a headline glued to its byline apart (邀请赛二等奖■本报记者 罗文鹏)', () => {
    const dance = page('002_e0293cca43708735.txt')[3];
    expect(dance?.section).toBe('市歌舞剧团');
    expect(dance?.byline.map((b) => b.name)).toEqual(['罗文鹏', '唐辉娟']);
  });

  it('drops photo captions and picture headings from the article bodies', () => {
    const bodies = [...page('001_25b9b06cbbd2e5b3.txt'), ...page('002_e0293cca43708735.txt')].flatMap((a) => a.paragraphs).join('\n');
    expect(bodies).not.toContain('周亦至');
    expect(bodies).not.toContain('图为志愿者指导留守儿童做手工');
    expect(bodies).not.toContain('图片新闻');
    expect(bodies).not.toContain('留守儿童关爱工程');
  });

  it('joins paragraphs a layout break cut in the middle of a word', () => {
    const activity = page('000_edfb76c44c08cff3.txt')[0];
    expect(activity?.paragraphs.some((p) => p.includes('预约老专家的健康义诊等服务。'))).toBe(true);
  });

  it('starts the body with the lead, its 本报讯 marker removed', () => {
    for (const article of page('004_c75b4f9da4696006.txt')) expect(article.paragraphs[0]).toMatch(/^4月22日/);
  });
});

describe('splitPage on other shapes of page', () => {
  it('reads a page with neither byline nor lead as one article under its headline', () => {
    const articles = splitPage('区政府召开防汛工作会议\n\n6月2日，区长王海涛主持召开防汛工作会议。\n\n会议要求各单位落实责任。', 'x.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('区政府召开防汛工作会议');
    expect(articles[0]?.paragraphs).toHaveLength(2);
  });

  it('finds an article by its lead when it has no byline', () => {
    const text = '县委召开常委会议\n\n本报讯 3月1日，县委书记李明主持召开县委常委会议。\n\n乡村振兴推进会举行\n\n本报讯 3月2日，全县乡村振兴推进会举行。';
    expect(splitPage(text, 'x.txt').map((a) => a.title)).toEqual(['县委召开常委会议', '乡村振兴推进会举行']);
  });

  describe('a page stored one paragraph a line, with no blank lines', () => {
    it.each([
      ['某区人大常委会召开主任会议\n21日，区人大常委会召开第八次主任会议。\n会议听取了有关报告。', '某区人大常委会召开主任会议'],
      ['甲某一行赴某州走访考察\n12月17日至19日，七师党委书记甲某带队考察。', '甲某一行赴某州走访考察'],
      ['县政府召开常务会议\n昨日下午，县长乙某主持召开县政府常务会议。', '县政府召开常务会议'],
    ])('takes the headline apart from the lead: %s', (text, title) => {
      const [article] = splitPage(text, 'x.txt');
      expect(article?.title).toBe(title);
      expect(article?.paragraphs[0]).not.toContain(title);
    });

    it('keeps a last line that ends with its credit, and reads the credit', () => {
      const [article] = splitPage('县委召开常委会议\n1月12日，县委书记甲某主持召开县委常委会议。\n会议还研究了其他事项。 (柯亚旭 鲍得胜)', 'x.txt');
      expect(article?.paragraphs.at(-1)).toContain('会议还研究了其他事项');
      expect(article?.byline.map((c) => c.name)).toEqual(['柯亚旭', '鲍得胜']);
    });

    it('keeps a credit printed on a line of its own under the last paragraph', () => {
      const [article] = splitPage('县委召开常委会议\n1月12日，县委书记甲某主持召开县委常委会议。\n考察团一行给予高度称赞。\n(柯东海)', 'x.txt');
      expect(article?.byline.map((c) => c.name)).toEqual(['柯东海']);
    });

    it('reads the photographer of a caption printed above the headline', () => {
      const [article] = splitPage('(大会开幕，全体起立，奏国歌 实习记者 鲁岩/摄)\n某网8月18日讯(记者 柯文君)8月18日下午，某市人民代表大会开幕。', 'x.txt');
      expect(article?.byline.map((c) => `${c.name}:${c.role}`)).toEqual(['鲁岩:photographer', '柯文君:reporter']);
    });
  });

  it('gives nothing for a page with no text', () => {
    expect(splitPage('\n\n  \n', 'x.txt')).toEqual([]);
  });
});

describe('joinLayoutBreaks', () => {
  it.each([
    [['会议指出，今年是建党100周年，', '恰逢新高考改革第一年。'], ['会议指出，今年是建党100周年，恰逢新高考改革第一年。']],
    [['第一段。', '第二段。'], ['第一段。', '第二段。']],
    [['没有结束'], ['没有结束']],
  ])('%j', (input, expected) => {
    expect(joinLayoutBreaks(input)).toEqual(expected);
  });
});
