// Tells the language of an article from its letters: English when Latin letters outnumber Chinese
// characters. A page may mix languages, so this runs per article.
export type Language = 'zh' | 'en';

export function detectLanguage(text: string): Language {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  // A Chinese character carries about as much as a word of four or five letters.
  return latin > cjk * 4 ? 'en' : 'zh';
}
