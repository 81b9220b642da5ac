// The place an English article's bare posts belong to ("Mayor Ann Roe" → which city): the dateline
// city when there is one, else the place whose local government the article names most often
// (Alnwick Town Council, the City of Oelwein, mayor of Viseu), else the first place it names.
import type { ArticleDoc } from '../core/doc.js';
import { LOCAL_GOVERNMENT_CUES } from './lexicon-events.js';

export function englishContext(doc: ArticleDoc): void {
  if (doc.context.city) return;
  const counts = new Map<string, number>();
  const body = doc.text.slice(doc.bodyStart);
  for (const cue of LOCAL_GOVERNMENT_CUES) {
    for (const m of body.matchAll(cue)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.places[0]?.name ?? null;
  if (best) doc.context = { ...doc.context, city: best };
}
