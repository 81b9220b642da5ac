// What the day a page was printed (--date) tells about its dates: the year of those printed without
// one, and the day 昨日 means. A date later in the year than the printing day is of the year before
// (a 1月2日 page reporting 12月31日).

/** A calendar day as [year, month, day]. */
export type Day = readonly [number, number, number];

/** `2021-05-28` as [2021, 5, 28], or null when it is no such calendar day. */
export function parseDay(text: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? [year, month, day] : null;
}

/** The day before the printing day, which 昨日 in its leads means. */
export function dayBefore(printed: Day): string {
  const [year, month, day] = printed;
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** The year of a month and day printed without one on a page printed on `printed`. */
export function yearOfDay(printed: Day, month: number, day: number): number {
  const [year, pMonth, pDay] = printed;
  return month * 100 + day > pMonth * 100 + pDay ? year - 1 : year;
}
