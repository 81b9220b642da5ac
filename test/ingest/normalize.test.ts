import { describe, expect, it } from 'vitest';
import { endsSentence, joinLines, normalizeText } from '../../src/ingest/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['ASCII comma and colon beside Chinese become full-width', '5月27日上午,市委书记邓群策:', '5月27日上午，市委书记邓群策：'],
    ['brackets inside a company name', '普奥云洲智能科技(上海)有限公司', '普奥云洲智能科技（上海）有限公司'],
    ['a run of ASCII marks', '(试行)》和', '（试行）》和'],
    ['decimals and ASCII text stay as written', 'GDP 3.5%, U.S.', 'GDP 3.5%, U.S.'],
    ['full-width digits and letters become ASCII', '２０２１年ＵＰ模式', '2021年UP模式'],
    ['CRLF and CR line ends become LF', '一\r\n二\r三', '一\n二\n三'],
    ['a byte-order mark is dropped', '\ufeff本报讯', '本报讯'],
    ['ideographic and no-break spaces become spaces, trailing ones go', '陈\u3000润\u00a0 ', '陈 润'],
    ['an indent lost to question marks in a re-encoding goes', '??? 会议指出,要加强管理\n????会议强调', '会议指出，要加强管理\n会议强调'],
    ['marks doubled by a careless re-host: the last one stands', '主任甲某,,副主任乙某,、丙某就座,。', '主任甲某，副主任乙某、丙某就座。'],
    ['a question mark in the text stays', '是否可行?', '是否可行？'],
    ['a two-character name padded to three in a list is joined', '县领导甲某某、柯 立、乙某某等参加', '县领导甲某某、柯立、乙某某等参加'],
    ['a byline padded so stays for the byline reader', '■本报记者 陈 润', '■本报记者 陈 润'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('endsSentence', () => {
  it.each([
    ['诊等服务。', true],
    ['并预约老专家的健康义', false],
    ['今年是建党100周年，', false],
    ['三大‘硬核武器’。”', true],
    ['“创新链+产业链”', false],
    ['会议还研究了其他事项！', true],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('joinLines', () => {
  it('joins the lines of a broken headline without spaces', () => {
    expect(joinLines(['《你从红船走来》', '获全省红舞', '邀请赛二等奖'])).toBe('《你从红船走来》获全省红舞邀请赛二等奖');
  });
  it('keeps a space where a line is itself spaced', () => {
    expect(joinLines(['学党史 悟思想', '办实事 开新局'])).toBe('学党史 悟思想 办实事 开新局');
  });
});

describe('pinyin readings inside words', () => {
  it.each([
    ['县领（lǐng）导（dǎo）包文清', '县领导包文清'],
    ['会（huì）议', '会议'],
    ['国内生产总值(GDP)', '国内生产总值（GDP)'],
  ])('%s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});
