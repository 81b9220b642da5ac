// Organisations and places of English articles, as compromise reads them (Qingshan University,
// Qingshan Municipal Party Committee, Furong District), kept as written.
import nlp from 'compromise';
import type { ArticleDoc } from '../core/doc.js';

const trim = (s: string) => s.replace(/^(the|The)\s+/, '').replace(/[,.;:'’s]+$/, '').trim();

export function englishBodiesAndPlaces(doc: ArticleDoc): void {
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const parsed = nlp(s.text);
    for (const org of (parsed.organizations().out('array') as string[]).map(trim)) {
      const at = s.text.indexOf(org);
      if (org.split(' ').length >= 2 && at >= 0) doc.bodies.push({ start: s.start + at, end: s.start + at + org.length, written: org, sentence });
    }
    for (const place of (parsed.places().out('array') as string[]).map(trim)) {
      const at = s.text.indexOf(place);
      if (place.length >= 3 && at >= 0 && !doc.places.some((p) => p.name === place)) {
        doc.places.push({ start: s.start + at, end: s.start + at + place.length, written: place, name: place, level: /District|County/.test(place) ? 'county' : 'city', parent: null, sentence });
      }
    }
  });
}
