// The documents step and the reviews step: documents in 《》 (plans, laws, regulations, opinions),
// not films or songs, and which meeting reviewed them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documents, reviews } from '../../src/extract/events/documents.js';
import { docBefore } from '../helpers/doc.js';

const titles = (paragraph: string) => {
  const doc = docBefore('documents', paragraph);
  documents(doc);
  return doc.documents.map((d) => d.title);
};

describe('documents', () => {
  it.each([
    ['会议审议通过了《许昌市城市更新行动方案（2023—2025年）》。', ['许昌市城市更新行动方案（2023—2025年）']],
    ['会议学习了《中华人民共和国安全生产法》和《河南省消防条例》。', ['中华人民共和国安全生产法', '河南省消防条例']],
    ['全场齐唱《歌唱祖国》，观看电影《长津湖》。', []],
  ])('%s', (paragraph, expected) => {
    expect(titles(paragraph)).toEqual(expected);
  });
});

describe('reviews', () => {
  it('relates a document to the meeting that reviewed it', () => {
    const doc = docBefore('reviews', '5月6日，市长卢建平主持召开市政府常务会议，审议《漯河市数字经济发展规划》。');
    reviews(doc);
    expect(doc.reviews.map((r) => [doc.meetings[r.meeting]?.name, doc.documents[r.document]?.title])).toEqual([['市政府常务会议', '漯河市数字经济发展规划']]);
  });

  it('relates no document named in a sentence without a meeting', () => {
    const doc = docBefore('reviews', '各地要认真贯彻《河南省消防条例》。');
    reviews(doc);
    expect(doc.documents).toHaveLength(1);
    expect(doc.reviews).toEqual([]);
  });
});
