// Where an article's entities stand in its text: every occurrence of a name or alias, as character
// spans, longest names first so 中共衡阳市委 is one span rather than 衡阳 inside it.
import type { ArticleDetail, NodeLabel } from './model.js';

export interface EntitySpan {
  start: number;
  end: number;
  id: string;
  type: NodeLabel;
}

export function entitySpans(article: Pick<ArticleDetail, 'text' | 'entities'>): EntitySpan[] {
  const forms = article.entities
    .flatMap((e) => [e.name, ...e.aliases].filter((f) => f.length >= 2).map((form) => ({ form, id: e.id, type: e.type })))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const taken = new Uint8Array(article.text.length);
  const spans: EntitySpan[] = [];
  for (const { form, id, type } of forms) {
    for (let at = article.text.indexOf(form); at >= 0; at = article.text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, id, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
