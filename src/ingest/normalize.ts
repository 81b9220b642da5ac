// Text normalisation shared by every reader: one line-ending, one width for punctuation, no stray
// spaces. The pages mix ASCII and full-width punctuation (市委书记邓群策主持召开市委常委会会议,传达…)
// and recognisers should see one form only.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_WIDTH_PUNCT = '，。、；：？！（）《》“”‘’【】—…·';

const ASCII_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

// ASCII punctuation is replaced only beside Chinese text, so `3.5`, `U.S.` or `http://` stay as written.
const asciiBesideCjk = new RegExp(
  `(?<=[${CJK}${FULL_WIDTH_PUNCT}])[,;:?!()]|[,;:?!()](?=[${CJK}${FULL_WIDTH_PUNCT}])`,
  'g',
);

/** Full-width letters and digits (ＡＢＣ１２３) to ASCII; they carry no meaning of their own. */
function narrowAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// 县领（lǐng）导（dǎo）: a reading in pinyin printed inside a word, which cuts it for every reader.
// A syllable with its tone mark: (GDP) and (pm) stay.
const PINYIN_NOTE = new RegExp(`(?<=[${CJK}])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*[）)]`, 'g');

const DOUBLED_MARKS = /[，、][，、。；]+/g;

const PADDED_NAME = new RegExp(`(?<=[、，：])([${CJK}]) {1,2}([${CJK}])(?=[、，。；])`, 'g');

// ??? 会议指出…: an indent of ideographic spaces that a lossy re-encoding turned into question marks.
const LOST_INDENT = /^\?{2,}[ \u3000]*/gm;

export function normalizeText(raw: string): string {
  let text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  text = text.replace(LOST_INDENT, '');
  text = text.replace(PINYIN_NOTE, '');
  text = text.replace(/[\u3000\u00a0\t]/g, ' ');
  text = narrowAlphanumerics(text);
  // Two passes: a run like `),` has both characters beside CJK only after the first is converted.
  text = text.replace(asciiBesideCjk, (c) => ASCII_TO_FULL[c] ?? c);
  text = text.replace(asciiBesideCjk, (c) => ASCII_TO_FULL[c] ?? c);
  // 主任甲，，副主任乙，、丙在主席台就座，。: marks doubled by a careless re-host; the last one stands.
  text = text.replace(DOUBLED_MARKS, (run) => run.at(-1) ?? run);
  // 甲、舒 齐、乙: a two-character name in a list, padded with a space to the width of three.
  text = text.replace(PADDED_NAME, '$1$2');
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n');
}

/** The marks that end a Chinese sentence. */
export const SENTENCE_END_MARK = /[。！？]/;

/** True for text that reads as a finished sentence: a page paragraph that is not cut by the layout. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  const last = t.at(-1) ?? '';
  if ('。！？；…!?'.includes(last)) return true;
  // An English sentence ends with a full stop after a word, not after an initial such as "Mr.".
  if (last === '.') return /[a-z0-9)"”]\.$/.test(t) && !/\b(Mr|Ms|Mrs|Dr|St|No)\.$/.test(t);
  // `…三大‘硬核武器’。”` closes a quotation after a full stop; `“创新链+产业链”` alone does not.
  if ('”’」』）'.includes(last)) return '。！？…!?'.includes(t.at(-2) ?? '');
  return false;
}

/** Chinese text has no spaces between words, so a line break inside a paragraph joins without one. */
export function joinLines(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (acc === '') return line;
    const spaced = /\s/.test(acc) || /\s/.test(line) || /[A-Za-z0-9]$/.test(acc);
    return spaced ? `${acc} ${line}` : acc + line;
  }, '');
}
