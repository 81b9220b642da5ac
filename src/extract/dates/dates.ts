// Dates as the paper prints them: `5月28日上午`, `2021年4月22日`, `6月30日至7月1日`, `5月26日、27日`.
// A date without a year takes the page's year when the page lets it be inferred (see page-year);
// 昨日上午 in a lead is the page's last dated day (see page-last-day), or the day before the page
// was printed when that is given (see printed-date).
import type { ArticleDoc, DateMention } from '../core/doc.js';
import { matchesIn } from '../core/matches.js';
import { yearOfDay } from './printed-date.js';

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:(?:至|到|—|-|、)(?:\d{1,2}月)?\d{1,2}日)*(上午|下午|晚上|晚|早上|凌晨|中午)?/g;

const YESTERDAY = /(?:昨日|昨天)(上午|下午|晚上|晚|早上|凌晨|中午)?/g;

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(year: number | null, month: number, day: number): string {
  return `${year === null ? '-' : year}-${pad(month)}-${pad(day)}`;
}

export function dates(doc: ArticleDoc): void {
  const found: DateMention[] = [];
  doc.sentences.forEach((s, sentence) => {
    // Every date holds 月 and every 昨日 holds 昨: a sentence without them is not read with the regexes.
    if (s.text.includes('月')) for (const m of matchesIn(DATE, s.text)) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const printed = doc.context.printedDay;
      const year = m[1] ? Number(m[1]) : printed ? yearOfDay(printed, month, day) : doc.context.year;
      const start = s.start + m.index;
      found.push({ start, end: start + m[0].length, date: formatDate(year, month, day), time: m[4] ?? null, sentence });
    }
    const lastDay = doc.context.lastDay;
    if (!lastDay || !s.text.includes('昨')) return;
    for (const m of matchesIn(YESTERDAY, s.text)) {
      const start = s.start + m.index;
      found.push({ start, end: start + m[0].length, date: lastDay, time: m[1] ?? null, sentence });
    }
  });
  doc.dates = found.sort((a, b) => a.start - b.start);
}
