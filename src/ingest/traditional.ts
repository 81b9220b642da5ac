// Traditional characters: a page printed in them (繁體) is read through a simplified copy of the same
// length, so every offset the recognisers find holds in the original, which is what gets stored.
import { Converter } from 'opencc-js';

const toSimplified = Converter({ from: 't', to: 'cn' });
/** Share of characters that change for a page to count as traditional: a few shared forms do not. */
const TRADITIONAL_SHARE = 0.03;

/** A simplified copy of exactly the same length (character by character where phrases would differ). */
export function simplifiedCopy(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const one = toSimplified(ch);
    return one.length === ch.length ? one : ch;
  }).join('');
}

/**
 * Whether each CJK character changes on its own when simplified (0 not asked yet, 1 no, 2 yes),
 * by code: a page is told by looking its characters up here rather than converting it whole, which
 * nearly every page, being simplified already, would pay for nothing.
 */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const changesAlone = new Uint8Array(CJK_LAST - CJK_FIRST + 1);

function changes(code: number): boolean {
  const at = code - CJK_FIRST;
  if (changesAlone[at] === 0) {
    const ch = String.fromCharCode(code);
    changesAlone[at] = toSimplified(ch) !== ch ? 2 : 1;
  }
  return changesAlone[at] === 2;
}

/** The simplified copy when the text is traditional, or null when it is simplified already. */
export function simplifiedIfTraditional(text: string): string | null {
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < CJK_FIRST || code > CJK_LAST) continue;
    cjk++;
    if (changes(code)) changed++;
  }
  return cjk > 0 && changed / cjk >= TRADITIONAL_SHARE ? simplifiedCopy(text) : null;
}

/** Maps text read from the simplified copy back to the original: the same offsets, line by line
 * where the article was put together from several places on the page. */
export function originalOf(fragment: string, copy: string, original: string): string {
  const at = copy.indexOf(fragment);
  if (at >= 0) return original.slice(at, at + fragment.length);
  if (!fragment.includes('\n')) return fragment;
  return fragment
    .split('\n')
    .map((line) => originalOf(line, copy, original))
    .join('\n');
}
