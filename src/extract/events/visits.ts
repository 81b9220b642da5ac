// Who inspected or visited where (design: VISITED for 调研, 考察, 看望, 慰问):
//   副市长朱忠明来衡调研                 → the page's city (来衡 = came to 衡阳)
//   县委书记李明到石门乡、大坪村调研       → each place of the list
//   市长王刚深入湘江集团考察              → the body
// Those who went along (…陪同) attend the inspection; roles.ts reads them.
import { mentionAt, spanOf, type ArticleDoc, type VisitFact } from '../core/doc.js';
import { trimPlace } from './event-patterns.js';

const VISIT = /^(?:等[^，。；]{0,8}?)?(?:一行)?(?:先后|再次|专程|专题)?(?:来到|来|到|赴|深入|前往|走进|走访)([^，。；]{1,40}?)(?:调研|考察|视察|检查|督导|看望|慰问|走访|参观)/;
// 来衡, 来湘: one character standing for the city (or province) a visitor came to.
const ONE_CHAR_PLACE = /^[\u4e00-\u9fff]$/;

function placesIn(doc: ArticleDoc, written: string, city: string | null): string[] {
  if (ONE_CHAR_PLACE.test(written)) return city && city.startsWith(written) ? [`${city}市`] : [];
  return written
    .split(/[、和及与]/)
    .map((w) => trimPlace(w.replace(/^(了|我市|全市)/, '')))
    .filter((w) => w.length >= 2)
    .map((w) => doc.places.find((p) => p.written === w)?.name ?? w);
}

export function visits(doc: ArticleDoc): void {
  const found: VisitFact[] = [];
  for (const p of doc.people) {
    const sentence = doc.sentences[p.sentence];
    if (!sentence || sentence.inHeadline || p.bareSurname) continue;
    const m = VISIT.exec(doc.text.slice(p.end, sentence.end));
    if (!m) continue;
    for (const place of placesIn(doc, m[1] as string, doc.context.city)) {
      if (!found.some((v) => mentionAt(doc, v.mention)?.name === p.name && v.place === place)) found.push({ mention: spanOf(p), place, sentence: p.sentence });
    }
  }
  doc.visits = found;
}
