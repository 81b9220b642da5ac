// Infers the year of a page whose dates carry none (`5月28日上午`). Each clue votes, the strongest
// count more; text inside 《》 is left out, since a plan title names the year it plans for.
//   2021年4月22日                        a full date
//   市政府2021年第10次常务会议            a numbered session of that year
//   建党100周年 / 中国共产党成立99周年     an anniversary of the party (founded 1921)
//   5月27日，2021年衡阳市科技活动周…       a year right after a date names the event of that day
import { matchesIn } from '../core/matches.js';

const PARTY_FOUNDED = 1921;

const CLUES: ReadonlyArray<[RegExp, number, (m: RegExpMatchArray) => number]> = [
  [/(\d{4})年\d{1,2}月\d{1,2}日/g, 3, (m) => Number(m[1])],
  [/(\d{4})年第[一二三四五六七八九十\d]+次/g, 3, (m) => Number(m[1])],
  [/(?:建党|中国共产党成立|党的生日|建党节)(\d{2,3})周年/g, 2, (m) => PARTY_FOUNDED + Number(m[1])],
  [/\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,](\d{4})年?[\u4e00-\u9fff“]/g, 2, (m) => Number(m[1])],
];

export function inferPageYear(text: string): number | null {
  const plain = text.replace(/《[^》]*》/g, '《》');
  const votes = new Map<number, number>();
  for (const [pattern, weight, yearOf] of CLUES) {
    for (const m of matchesIn(pattern, plain)) {
      const year = yearOf(m);
      if (year >= 1949 && year <= 2100) votes.set(year, (votes.get(year) ?? 0) + weight);
    }
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [year, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== null && year > best)) {
      best = year;
      bestVotes = v;
    }
  }
  return best;
}
