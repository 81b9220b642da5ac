// The place an English article's bare posts belong to ("Mayor Ann Roe" → which city): the dateline
// city when there is one, else the place whose local government the article names most often
// (Portmere Town Council, the City of Riverton, mayor of Eastvale), else the first place it names.
// The year of its dates, when the page gives none, from a known anniversary it marks.
import type { ArticleDoc } from '../core/doc.js';
import { ANNIVERSARIES, LOCAL_GOVERNMENT_CUES } from './lexicon-events.js';

const ANNIVERSARY = /\b(?:(next|last) year (?:marks|marked|will mark) )?the (\d{1,3})(?:st|nd|rd|th) anniversary of /gi;

/** "Next year marks the 40th anniversary of …" → the first year + 40 − 1. */
function anniversaryYear(doc: ArticleDoc): number | null {
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(ANNIVERSARY)) {
      const rest = s.text.slice(m.index + m[0].length);
      const row = ANNIVERSARIES.find((a) => a.of.test(rest) && (!a.near || a.near.test(s.text)));
      if (!row) continue;
      const shift = m[1] ? (m[1].toLowerCase() === 'next' ? -1 : 1) : 0;
      return row.year + Number(m[2]) + shift;
    }
  }
  return null;
}

export function englishContext(doc: ArticleDoc): void {
  if (doc.context.year === null) {
    const year = anniversaryYear(doc);
    if (year) doc.context = { ...doc.context, year };
  }
  if (doc.context.city) return;
  const counts = new Map<string, number>();
  const body = doc.text.slice(doc.bodyStart);
  for (const cue of LOCAL_GOVERNMENT_CUES) {
    for (const m of body.matchAll(cue)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.places[0]?.name ?? null;
  if (best) doc.context = { ...doc.context, city: best };
}
