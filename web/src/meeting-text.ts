// How a meeting's day and holder read on a page: a day whose year the paper did not print says so
// (--05-28 · year not known), and who held it tells two meetings of one name and day apart.

export function dayText(date: string | null, time: string | null = null): string {
  const day = date === null ? 'date unknown' : date.startsWith('-') ? `${date} (year not known)` : date;
  return [day, time].filter(Boolean).join(' ');
}

export function heldText(heldBy: string | null | undefined): string {
  return heldBy ? ` · held by ${heldBy}` : '';
}
