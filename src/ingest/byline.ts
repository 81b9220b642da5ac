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

// An English byline, a line of its own under the headline. Names are capitalised words with middle
// initials (Jucell Marie P. Cuyos); several reporters are joined by "and" (By Li Na and Sun Qiang,
// By A, B and C). Without an "and", what follows the name after a comma or slash is where it was
// filed or who sent it, not another reporter: By Khadijat Saidu, Birnin Kebbi; By Faisal Munir /
// DNA. Papers that print no "By" write the name and the place it was filed from: Laleye Dipo in Minna.
const EN_NAME = "\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)?(?: (?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}*['’]?\\p{Lu}?\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)){1,3}";
const EN_PLACE = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}";
const EN_BYLINE_LIST = new RegExp(`^By (${EN_NAME}(?:, ${EN_NAME})* and ${EN_NAME})$`, 'u');
const EN_BYLINE_ONE = new RegExp(`^By (${EN_NAME})(?:$|, [^,]{2,40}$| ?/ ?[^/]{2,40}$)`, 'u');
const EN_FILED_FROM = new RegExp(`^(${EN_NAME}) in ${EN_PLACE}$`, 'u');

/** The reporters of an English byline line, or null when the line is none. */
export function englishByline(line: string): BylineName[] | null {
  const list = EN_BYLINE_LIST.exec(line);
  const names = list ? (list[1] as string).split(/, | and /) : [(EN_BYLINE_ONE.exec(line) ?? EN_FILED_FROM.exec(line))?.[1]];
  if (!names[0]) return null;
  return names.map((name) => ({ name: name as string, role: 'reporter' as const }));
}
