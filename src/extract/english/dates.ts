// Dates in English news: "June 3, 2022", "Sept 30", "October 19th". A day printed without its year
// does not fix the date, so it gives none unless the page's year is known.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?/g;

/** The first date of the text with its year, else the first one dated by the page's year; `skip`
 * passes over dates by where they stand ("the next meeting on May 3" dates another event). */
export function englishDate(text: string, year: number | null, skip: (at: number) => boolean = () => false): string | null {
  const all = [...text.matchAll(DATE)].filter((d) => !skip(d.index));
  const m = all.find((d) => d[3]) ?? (year === null ? undefined : all[0]);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] as string).slice(0, 3).toLowerCase()) + 1;
  const y = m[3] ? Number(m[3]) : (year as number);
  return `${y}-${String(month).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}`;
}
