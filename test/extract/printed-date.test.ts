// What the day a page was printed says about its dates: a calendar day parsed, the day before it,
// and the year of a month and day printed without one.
import { describe, expect, it } from 'vitest';
import { dayBefore, parseDay, yearOfDay } from '../../src/extract/dates/printed-date.js';

describe('the printing day', () => {
  it.each([
    ['2023-05-28', [2023, 5, 28]],
    ['2024-02-29', [2024, 2, 29]],
    ['2023-02-29', null],
    ['2023-13-01', null],
    ['28-05-2023', null],
    ['2023-5-28', null],
  ])('parses %s', (text, expected) => {
    expect(parseDay(text)).toEqual(expected);
  });

  it.each([
    [[2023, 3, 1], '2023-02-28'],
    [[2024, 3, 1], '2024-02-29'],
    [[2024, 1, 1], '2023-12-31'],
  ] as const)('the day before %j is %s', (day, expected) => {
    expect(dayBefore(day)).toBe(expected);
  });

  it.each([
    [[2024, 1, 2], 12, 31, 2023],
    [[2024, 1, 2], 1, 2, 2024],
    [[2024, 1, 2], 1, 1, 2024],
    [[2023, 6, 15], 6, 16, 2022],
  ] as const)('on a page printed %j, %i月%i日 is of %i', (printed, month, day, year) => {
    expect(yearOfDay(printed, month, day)).toBe(year);
  });
});
