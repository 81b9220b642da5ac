// Infers the city a page is about, which 市委, 市政府, 市领导 refer to: the place named most often
// as `X市` (a city of the gazetteer), counting its bare mentions too (衡阳 in 衡阳市委, 衡阳经验).
// A flag can set it instead.
import { division } from '../lexicon/divisions.js';
import { matchesIn } from '../core/matches.js';

const CITY_NAMED = /([\u4e00-\u9fff]{2})市(?!场|民|值|区|县|州|级|直|属|内|外|中心)/g;

/** How many times `name` stands in `text`, counted left to right without overlaps. */
function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

export function inferPageCity(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of matchesIn(CITY_NAMED, text)) {
    const name = m[1] as string;
    if (/^[我本全该各两省地城]|[我本全该各两省地城在和与、]$/.test(name)) continue;
    // 召开市政府: only a city of the gazetteer is a city.
    if (!division(`${name}市`)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const name of counts.keys()) {
    const score = occurrences(text, name);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
