// The sentences step: an article's text cut at 。！？ and line ends, a closing quote kept with its
// sentence, headline lines marked as such. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/extract/core/sentences.js';
import { docBefore } from '../helpers/doc.js';

const split = (paragraph: string) => {
  const doc = docBefore('sentences', paragraph);
  sentences(doc);
  return doc.sentences.map((s) => s.text);
};

describe('sentences', () => {
  it.each([
    ['市长卢建平主持会议。副市长何丽娜出席。', ['市长卢建平主持会议。', '副市长何丽娜出席。']],
    ['会议强调：“要守牢安全底线！”随后进行了部署。', ['会议强调：“要守牢安全底线！”', '随后进行了部署。']],
    ['谁来守护这片林海？护林员刘春生说：“我来。”', ['谁来守护这片林海？', '护林员刘春生说：“我来。”']],
    ['漯河市召开全市环保督察整改推进会', ['漯河市召开全市环保督察整改推进会']],
    ['这是第一段的话，没有句号\n这是另起一行的话。', ['这是第一段的话，没有句号', '这是另起一行的话。']],
  ])('%s', (paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });

  it('keeps each sentence a slice of the article text, body sentences marked as not in the headline', () => {
    const doc = docBefore('sentences', '南阳市举行夏粮收购工作会。会议要求，确保颗粒归仓。');
    sentences(doc);
    for (const s of doc.sentences) {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.inHeadline).toBe(false);
    }
  });
});
