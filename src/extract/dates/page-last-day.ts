// The latest day a page's leads are dated (本报讯 12月25日上午，…). A daily paper reports the news of
// the day before it is printed, so a lead written 本报讯 昨日上午 happened on that day: the page's
// last dated day stands for 昨日.
import { formatDate } from './dates.js';
import { matchesIn } from '../core/matches.js';

const LEAD_DATE = /本报讯\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

/** `2020-12-25` (or `--12-25` without a year), or null when no lead on the page carries a date. */
export function inferPageLastDay(text: string, year: number | null): string | null {
  let best: [number, number, number] | null = null;
  for (const m of matchesIn(LEAD_DATE, text)) {
    const day: [number, number, number] = [m[1] ? Number(m[1]) : (year ?? 0), Number(m[2]), Number(m[3])];
    if (day[1] < 1 || day[1] > 12 || day[2] < 1 || day[2] > 31) continue;
    if (!best || day[0] * 10000 + day[1] * 100 + day[2] > best[0] * 10000 + best[1] * 100 + best[2]) best = day;
  }
  return best && formatDate(best[0] === 0 ? null : best[0], best[1], best[2]);
}
