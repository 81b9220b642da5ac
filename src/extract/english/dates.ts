// Dates in English news: "June 3, 2022", "Sept 30", "October 19th". A day printed without its year
// does not fix the date, so it gives none unless the page's year is known.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Month first (June 3, 2022) as American papers print it, or day first (22nd March, 2022; 3 June 2022)
// as British, African and South Asian papers do.
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b\\.?(?:,? (\\d{4}))?`, 'g');

interface Found {
  index: number;
  month: string;
  day: string;
  year: string | undefined;
}

function datesIn(text: string): Found[] {
  const found = [
    ...[...text.matchAll(MONTH_DAY)].map((m) => ({ index: m.index, month: m[1] as string, day: m[2] as string, year: m[3] })),
    ...[...text.matchAll(DAY_MONTH)].map((m) => ({ index: m.index, month: m[2] as string, day: m[1] as string, year: m[3] })),
  ];
  return found.filter((d) => Number(d.day) >= 1 && Number(d.day) <= 31).sort((a, b) => a.index - b.index);
}

/** The first date of the text with its year, else the first one dated by the page's year; `skip`
 * passes over dates by where they stand ("the next meeting on May 3" dates another event). */
export function englishDate(text: string, year: number | null, skip: (at: number) => boolean = () => false): string | null {
  const all = datesIn(text).filter((d) => !skip(d.index));
  const m = all.find((d) => d.year) ?? (year === null ? undefined : all[0]);
  if (!m) return null;
  const month = MONTHS.indexOf(m.month.slice(0, 3).toLowerCase()) + 1;
  const y = m.year ? Number(m.year) : (year as number);
  return `${y}-${String(month).padStart(2, '0')}-${String(Number(m.day)).padStart(2, '0')}`;
}
