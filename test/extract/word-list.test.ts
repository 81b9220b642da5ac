// A list of literal words looked up by position, as the recognisers read post words and place
// names: the longest word at or before a position, and every match left to right, longest first.
import { describe, expect, it } from 'vitest';
import { WordList } from '../../src/extract/core/word-list.js';

const posts = new WordList(['书记', '副书记', '市长', '常务副市长']);

describe('a word list', () => {
  it('finds the longest word starting at a position, or none', () => {
    expect(posts.longestAt('常务副市长出席', 0)).toBe(5);
    expect(posts.longestAt('常务副市长出席', 5)).toBe(0);
    expect(posts.startsAt('副书记讲话', 0)).toBe(true);
    expect(posts.startsAt('讲话', 0)).toBe(false);
  });

  it('finds the longest word ending right before a position', () => {
    expect(posts.endsAt('市委副书记', 5)).toBe(true);
    expect(posts.longestEndingAt('市委副书记', 5)).toBe(3);
    expect(posts.longestEndingAt('市委副书记', 4)).toBe(0);
  });

  it('matches left to right, the longest word at each place, as a regex alternation would', () => {
    expect(posts.matches('市委副书记、常务副市长')).toEqual([
      { index: 2, word: '副书记' },
      { index: 6, word: '常务副市长' },
    ]);
    expect(posts.wordsIn('副书记')).toEqual(['副书记', '书记']);
  });
});
