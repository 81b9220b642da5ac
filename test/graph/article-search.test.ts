// What a full-text query means (src/graph/article-search.ts), the same on both stores: its terms,
// what each matches, and the snippets shown with a hit.
import { describe, expect, it } from 'vitest';
import { matchesAll, searchTerms, snippetsOf } from '../../src/graph/article-search.js';

describe('article search terms', () => {
  it.each([
    ['市委常委会', '会议研究了市委常委会的工作', true],
    ['市委常委会 邓群策', '邓群策主持召开市委常委会会议', true],
    ['市委常委会 邓群策', '朱健主持召开市委常委会会议', false],
    ['mayor', 'The Mayor spoke', true],
    ['mayor', 'the mayoral race', false],
    ['G20', 'at the g20 summit', true],
    ['衡阳', '衡阳市委', true],
  ])('%s in %s: %s', (q, text, found) => {
    expect(matchesAll(searchTerms(q), '', text)).toBe(found);
  });

  it('matches the title as well as the text', () => {
    expect(matchesAll(searchTerms('扩大会议'), '市委常委会召开扩大会议', '会议指出')).toBe(true);
  });

  it.each([[''], ['   '], ['衡'], ['a b c d e f']])('refuses %j with a BAD_REQUEST', (q) => {
    expect(() => searchTerms(q)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it('takes regex marks in a term as the characters they are', () => {
    expect(matchesAll(searchTerms('a.b'), '', 'axb')).toBe(false);
    expect(matchesAll(searchTerms('(市委)'), '', '会上(市委)说')).toBe(true);
  });
});

describe('article search snippets', () => {
  const text = `${'前'.repeat(80)}市委常委会${'中'.repeat(10)}邓群策${'后'.repeat(80)}市委常委会${'尾'.repeat(80)}`;

  it('cuts stretches around the words, joins those that touch, and marks each word where it stands', () => {
    const snippets = snippetsOf(text, searchTerms('市委常委会 邓群策'));
    expect(snippets).toHaveLength(2);
    expect(snippets[0]!.text.startsWith('…')).toBe(true);
    expect(snippets[0]!.marks.map(([s, e]) => snippets[0]!.text.slice(s, e))).toEqual(['市委常委会', '邓群策']);
    expect(snippets[1]!.marks.map(([s, e]) => snippets[1]!.text.slice(s, e))).toEqual(['市委常委会']);
    expect(snippets[1]!.text.endsWith('…')).toBe(true);
  });

  it('gives none for a text without the words', () => {
    expect(snippetsOf('会议指出', searchTerms('邓群策'))).toEqual([]);
  });
});
