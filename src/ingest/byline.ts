// Reads a byline: `■本报记者 陈 润`, `■通讯员 陈亮 赵诗`, `■谢小青`, `■通讯员 周亦至 摄`.
// Names are printed with spaces to fill the column (`陈 润`), so single characters are joined to
// the name they belong to while two full names stay apart.

import { readCredits } from './credits.js';
import type { ReporterRole } from './credit-labels.js';

export type { ReporterRole } from './credit-labels.js';

export interface BylineName {
  name: string;
  role: ReporterRole;
}

export const BYLINE_MARK = '■';

/** A line that continues a byline on the next line: `通讯员 赵舒`. */
export function isBylineContinuation(line: string): boolean {
  return /^(本报|特约)?(记者|通讯员|实习生|摄影)\s+[\u3400-\u9fff· ]{2,24}$/.test(line);
}

export function isPhotoCredit(line: string): boolean {
  return /(\s|^)摄$/.test(line.trim());
}

/** Parses one byline line (with or without its ■) into names with their roles. */
export function parseByline(line: string): BylineName[] {
  return readCredits(line.replace(BYLINE_MARK, '')) ?? [];
}

/** "By Li Ming and Wang Fang": the reporters of an English article. */
export function parseEnglishByline(line: string): BylineName[] {
  return line
    .replace(/^By /, '')
    .split(/,\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name, role: 'reporter' as const }));
}
