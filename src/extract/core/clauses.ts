// Clause bounds inside a sentence: text between ，；：。 that are not inside quotes or 《》, so
// 以“众心向党，自立自强”为主题的…活动 stays one clause.

const BREAKS = new Set(['，', '；', '：', '。', '！', '？', '\n']);

export function clauseBreaks(text: string): number[] {
  const breaks: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '“' || c === '《' || c === '「') depth++;
    else if ((c === '”' || c === '》' || c === '」') && depth > 0) depth--;
    else if (depth === 0 && BREAKS.has(c)) breaks.push(i);
  }
  return breaks;
}

/** [start, end) of the clause holding position i. */
export function clauseAt(text: string, i: number): [number, number] {
  const breaks = clauseBreaks(text);
  let start = 0;
  for (const b of breaks) {
    if (b >= i) return [start, b];
    start = b + 1;
  }
  return [start, text.length];
}
