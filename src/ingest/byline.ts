// Reads a byline: `■本报记者 陈 润`, `■通讯员 陈亮 赵诗`, `■谢小青`, `■通讯员 周亦至 摄`.
// Names are printed with spaces to fill the column (`陈 润`), so single characters are joined to
// the name they belong to while two full names stay apart.

export type ReporterRole = 'reporter' | 'correspondent' | 'photographer';

export interface BylineName {
  name: string;
  role: ReporterRole;
}

const ROLE_WORDS: ReadonlyArray<[RegExp, ReporterRole]> = [
  [/^(本报|特约)?记者/, 'reporter'],
  [/^(本报)?通讯员/, 'correspondent'],
  [/^(本报)?摄影(记者)?/, 'photographer'],
  [/^实习生/, 'reporter'],
];

export const BYLINE_MARK = '■';

/** A line that continues a byline on the next line: `通讯员 赵舒`. */
export function isBylineContinuation(line: string): boolean {
  return /^(本报|特约)?(记者|通讯员|实习生|摄影)\s+[\u3400-\u9fff· ]{2,24}$/.test(line);
}

export function isPhotoCredit(line: string): boolean {
  return /(\s|^)摄$/.test(line.trim());
}

function splitNames(chunk: string): string[] {
  const names: string[] = [];
  let pending = '';
  for (const part of chunk.split(/\s+/).filter(Boolean)) {
    if (part.length === 1) {
      pending += part;
      continue;
    }
    if (pending) names.push(pending);
    pending = '';
    names.push(part);
  }
  if (pending) names.push(pending);
  return names.filter((n) => /^[\u3400-\u9fff·]{2,5}$/.test(n));
}

/** Parses one byline line (with or without its ■) into names with their roles. */
export function parseByline(line: string): BylineName[] {
  let text = line.replace(BYLINE_MARK, '').trim();
  let photographer = false;
  if (isPhotoCredit(text)) {
    photographer = true;
    text = text.replace(/\s*摄$/, '');
  }
  let role: ReporterRole = 'reporter';
  for (const [pattern, r] of ROLE_WORDS) {
    if (pattern.test(text)) {
      role = r;
      text = text.replace(pattern, '').trim();
      break;
    }
  }
  return splitNames(text).map((name) => ({ name, role: photographer ? 'photographer' : role }));
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
