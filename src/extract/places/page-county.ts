// Infers the county or district a page is about, which 县委, 县长, 区领导 refer to: the county or
// district of the gazetteer named most often in full (衡东县, 雁峰区), counting its mentions inside
// longer names too (衡东县委), and the county whose media centre sends the report (某某融媒讯: a
// county's 融媒体中心 is named after it). A page of a city paper that names none has none.
import { division } from '../lexicon/divisions.js';

const SUFFIX = /[县区]/g;
const LONGEST_STEM = 6;
// Where a page names who sends it: a line's opening (its dateline) or a source field.
const COUNTY_MEDIA = /(?:^|来源[:：]\s*)([\u4e00-\u9fff]{2,5}?)(?:融媒体中心|融媒)/gm;

export function inferPageCounty(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SUFFIX)) {
    // The longest name of a county or district ending at this 县 or 区.
    for (let stem = Math.min(LONGEST_STEM, m.index); stem >= 1; stem--) {
      const name = text.slice(m.index - stem, m.index + 1);
      const d = division(name);
      if (d && d.name === name && (d.level === 'county' || d.level === 'district')) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  // 某某融媒讯, 某某县融媒体中心: the county paper's outlet, by the county's short name.
  for (const m of text.matchAll(COUNTY_MEDIA)) {
    const stem = m[1] as string;
    // 某市融媒: a city's paper, not a county's (a county may share the city's name).
    if (division(stem)?.level === 'city' || division(`${stem}市`)?.level === 'city') continue;
    const d = division(stem.endsWith('县') || stem.endsWith('区') ? stem : `${stem}县`) ?? division(`${stem}区`);
    if (d && (d.level === 'county' || d.level === 'district')) counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  return best;
}
