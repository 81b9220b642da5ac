// Tells the language of an article from its letters: English when Latin letters outnumber Chinese
// characters. A page may mix languages, so this runs per article.
export type Language = 'zh' | 'en';

export function detectLanguage(text: string): Language {
  // Counted by character code: a global match would build an array of every letter.
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // A Chinese character carries about as much as a word of four or five letters.
  return latin > cjk * 4 ? 'en' : 'zh';
}
