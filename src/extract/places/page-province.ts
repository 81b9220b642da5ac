// Infers the province a page is about when its city does not say (a provincial paper's report of
// 省政府常务会议): the province of the gazetteer named most often in full (湖北省, 广西壮族自治区).
import { division } from '../lexicon/divisions.js';

const PROVINCE_NAMED = /([\u4e00-\u9fff]{2,7}?)(省|自治区)/g;

export function inferPageProvince(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(PROVINCE_NAMED)) {
    // 湖北省 of 省委湖北省: the shortest stem that names a province, read back from the suffix.
    const end = m.index + m[0].length;
    for (let start = end - 3; start >= Math.max(0, end - 9); start--) {
      const d = division(text.slice(start, end));
      if (d?.level === 'province') {
        const short = d.name.replace(/(省|特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区)$/, '');
        counts.set(short, (counts.get(short) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  return best;
}
