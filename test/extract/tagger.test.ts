// The learned tagger (src/extract/tagger): its label scheme, its weight table's encoding and index,
// and what it reads in sentences.
import { describe, expect, it } from 'vitest';
import { SentenceTokens } from '../../src/extract/core/sentence-tokens.js';
import { tokenize } from '../../src/extract/core/tokens.js';
import { NAME_WEIGHTS } from '../../src/extract/lexicon/name-weights.js';
import { linearScorer } from '../../src/extract/people/scorer.js';
import { consultTagger } from '../../src/extract/people/tagger-evidence.js';
import { FeatureIndex } from '../../src/extract/tagger/feature-index.js';
import { allowed, begins, inside, LABELS, OUTSIDE, spansOf } from '../../src/extract/tagger/labels.js';
import { decodeTable, encodeTable } from '../../src/extract/tagger/table-codec.js';
import { taggedSpans } from '../../src/extract/tagger/tagger.js';

describe('tagger labels', () => {
  it.each([
    ['O B-name I-name O', [{ type: 'name', start: 1, end: 3 }]],
    ['B-name B-position I-position', [{ type: 'name', start: 0, end: 1 }, { type: 'position', start: 1, end: 3 }]],
    ['B-address I-address I-address', [{ type: 'address', start: 0, end: 3 }]],
    ['O O', []],
  ])('%s marks %j', (sequence, spans) => {
    const code = (l: string) => (l === 'O' ? OUTSIDE : l.startsWith('B-') ? begins(['name', 'position', 'government', 'organization', 'company', 'address'].indexOf(l.slice(2))) : inside(['name', 'position', 'government', 'organization', 'company', 'address'].indexOf(l.slice(2))));
    expect(spansOf(sequence.split(' ').map(code))).toEqual(spans);
  });

  it('lets an I label only continue its own type', () => {
    expect(allowed(begins(0), inside(0))).toBe(true);
    expect(allowed(inside(0), inside(0))).toBe(true);
    expect(allowed(OUTSIDE, inside(0))).toBe(false);
    expect(allowed(begins(1), inside(0))).toBe(false);
    expect(allowed(inside(2), begins(0))).toBe(true);
  });
});

describe('tagger weight table', () => {
  const keys = Float64Array.from([3, 2 ** 48 + 7, 5 * 2 ** 48 + 2 ** 40 + 11, 20 * 2 ** 48 + 123456789]);
  const weights = Float32Array.from({ length: keys.length * LABELS }, (_, k) => ((k * 7) % 23) - 11.5);
  const transitions = Float32Array.from({ length: LABELS * LABELS }, (_, k) => ((k * 5) % 17) - 8);

  it('decodes to the keys it encoded and to the weights within its rounding', () => {
    const table = decodeTable(encodeTable({ keys, weights, transitions }));
    expect([...table.keys]).toEqual([...keys]);
    const step = 11.5 / 32767;
    table.weights.forEach((w, k) => expect(Math.abs(w - (weights[k] as number))).toBeLessThanOrEqual(step));
    table.transitions.forEach((w, k) => expect(Math.abs(w - (transitions[k] as number))).toBeLessThanOrEqual(step));
  });

  it('refuses a table of another format', () => {
    expect(() => decodeTable(Buffer.from('not a table').toString('base64'))).toThrow();
  });

  it('finds the row of every key and none for a key it does not hold', () => {
    const many = Float64Array.from({ length: 5000 }, (_, k) => (k % 23) * 2 ** 48 + k * 104729);
    const index = new FeatureIndex(many);
    many.forEach((key, row) => expect(index.get(key)).toBe(row));
    for (const absent of [1, 2 ** 48 + 3, 22 * 2 ** 48 + 104728]) expect(index.get(absent)).toBe(-1);
  });
});

describe('tagger', () => {
  it.each([
    ['区委书记刘德明主持召开区委常委会会议。', ['position:区委书记', 'name:刘德明']],
    ['万科集团总裁郁亮出席发布会并致辞。', ['company:万科集团', 'position:总裁', 'name:郁亮']],
    ['湖南省人民政府办公厅印发通知，要求各地做好防汛工作。', ['government:湖南省人民政府办公厅']],
    ['记者从长沙市教育局获悉，该局将于下月启动招生。', ['government:长沙市教育局']],
    ['周日晚，阿森纳主场迎战切尔西，温格赛后表示满意。', ['organization:阿森纳', 'organization:切尔西', 'name:温格']],
  ])('reads %s', (sentence, expected) => {
    const found = taggedSpans(sentence, tokenize(sentence), 0).map((e) => `${e.type}:${sentence.slice(e.start, e.end)}`);
    for (const e of expected) expect(found).toContain(e);
  });

  it('reads a window of a sentence with the sentence’s own words', () => {
    const sentence = '会上，市长李建国作了讲话。';
    const tokens = tokenize(sentence, 100);
    const found = taggedSpans(sentence.slice(3, 10), tokens, 103).map((e) => `${e.type}:${sentence.slice(3 + e.start, 3 + e.end)}`);
    expect(found).toContain('name:李建国');
  });
});

describe('the tagger at the people recogniser’s seam', () => {
  const scorer = linearScorer({ ...NAME_WEIGHTS, taggerName: 2, taggerOther: -2, taggerNone: 0 });
  const T = 5;
  const consult = (sentence: string, name: string, score: number) => {
    const start = sentence.indexOf(name);
    const candidate = { start, end: start + name.length, score };
    consultTagger(sentence, new SentenceTokens(tokenize(sentence), 0), [candidate], T, scorer);
    return candidate.score;
  };

  it.each([
    // A club whose name reads like a transliterated person: the tagger reads a team, and takes it away.
    ['本轮费耶诺德客场挑战加拉塔萨雷，双方战成平手。', '费耶诺德', T + 1, T - 1],
    // 毛泽东思想: the tagger reads the doctrine whole, and the name that opens it stays.
    ['要坚持以毛泽东思想为指导。', '毛泽东', T + 1, T + 1],
    // A name the rules leave just under the bar, which the tagger reads as a name.
    ['技术员程阳介绍，设备已经调试完毕。', '程阳', T - 1, T + 1],
    // 高度 is a common word of jieba's dictionary: the tagger is not asked to lift it.
    ['把工作提升到新的高度。', '高度', T - 1, T - 1],
    // Far above the bar: nothing the tagger says could change it, so it is not asked.
    ['本轮费耶诺德客场挑战加拉塔萨雷，双方战成平手。', '费耶诺德', T + 3, T + 3],
  ])('%s: %s scored %d → %d', (sentence, name, before, after) => {
    expect(consult(sentence, name, before)).toBe(after);
  });

  it('is never asked while the table gives the tagger no weight', () => {
    const candidate = { start: 2, end: 6, score: T };
    consultTagger('本轮费耶诺德客场挑战加拉塔萨雷。', new SentenceTokens(tokenize('本轮费耶诺德客场挑战加拉塔萨雷。'), 0), [candidate], T, linearScorer({ ...NAME_WEIGHTS, taggerName: 0, taggerOther: 0, taggerNone: 0 }));
    expect(candidate.score).toBe(T);
  });
});
