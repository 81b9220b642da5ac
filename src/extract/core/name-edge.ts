// Where a proper name opens when jieba breaks its first character off and mis-tags it:
// 、普奥云洲智能科技（上海）有限公司董事长 gives 普/ad 奥/nr 云/ns …, so a leftward run over name
// words stops a character or two short. A lone character right after a list mark or at the start of the
// clause opens the name it stands before, unless it is a word that opens clauses (在, 和, 并 …).
import type { Token } from './doc.js';

export const MARKS = new Set(['、', '，', '：', '；', '“', '（']);
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'm', 'q', 'y', 'e', 'o', 'x', 'f', 't']);

/**
 * Given the run of name tokens that begins at tokens[first], the start of the name with the lone
 * characters before it (two at most) taken in when they open the name; otherwise the run's start.
 */
export function nameOpening(tokens: Token[], first: number, floor: number): number {
  const lone = (t: Token | undefined) => !!t && t.start >= floor && t.word.length === 1 && /[\u4e00-\u9fff]/.test(t.word) && !FUNCTION_TAGS.has(t.tag);
  let k = first;
  while (k > 0 && first - k < 2 && lone(tokens[k - 1])) k--;
  for (; k < first; k++) {
    const before = tokens[k - 1];
    if (!before || before.start < floor || MARKS.has(before.word)) return (tokens[k] as Token).start;
  }
  return (tokens[first] as Token).start;
}
