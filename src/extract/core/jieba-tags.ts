// Words with their part-of-speech tags, as nodejieba.tag gives them, for less: nodejieba.cut (the
// same segmentation, HMM on) returns bare strings, and a word's tag is a dictionary look-up, which
// is all cppjieba's tagger does (its PosTagger: the trie's tag, else a rule on ASCII characters).
// Crossing into the native addon with one object per word was most of tag's cost. A test holds
// the two to the same output.
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';

// The paths nodejieba loads its dictionaries from; its type declarations leave them out.
const { DEFAULT_DICT, DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };

let dictionary: Map<string, string> | null = null;

/** The tags of the dictionaries nodejieba loads by default: the main one, then the user one over it. */
function tagsOfDictionaries(): Map<string, string> {
  const tags = new Map<string, string>();
  const interned = new Map<string, string>();
  const intern = (tag: string) => interned.get(tag) ?? (interned.set(tag, tag), tag);
  for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, , tag] = line.trim().split(' ');
    if (word && tag) tags.set(word, intern(tag));
  }
  // User lines are "word", "word tag" or "word freq tag"; a word without a tag has the rule's tag.
  for (const line of readFileSync(DEFAULT_USER_DICT, 'utf8').split('\n')) {
    const fields = line.trim().split(' ');
    const word = fields[0];
    if (!word) continue;
    const tag = fields.length === 2 ? fields[1] : fields.length >= 3 ? fields[2] : undefined;
    if (tag) tags.set(word, intern(tag));
    else tags.delete(word);
  }
  return tags;
}

/** cppjieba's tag for a word its dictionary has no tag for: x, or m for digits, eng for letters.
 * It reads the first half of the word's characters (code points), as cppjieba does. */
function ruleTag(word: string): string {
  let runes = word.length;
  for (let i = 0; i < word.length; i++) if (isLeadSurrogate(word.charCodeAt(i))) runes--;
  const half = Math.floor(runes / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    const c = word.charCodeAt(i);
    if (isLeadSurrogate(c)) i++;
    else if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

const isLeadSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** nodejieba's words of the text, as nodejieba.tag cuts it (HMM on). */
export function cutWords(text: string): string[] {
  return nodejieba.cut(text, true);
}

/**
 * The words met so far with their tags, up to a bound: news repeats its words, and this small table
 * stays in the processor's cache where the dictionary's 350,000 entries do not.
 */
const metWords = new Map<string, string>();
const MET_WORDS_BOUND = 50_000;

/** The tag nodejieba.tag gives the word. */
export function tagOf(word: string): string {
  const met = metWords.get(word);
  if (met !== undefined) return met;
  dictionary ??= tagsOfDictionaries();
  const tag = dictionary.get(word) ?? ruleTag(word);
  if (metWords.size < MET_WORDS_BOUND) metWords.set(word, tag);
  return tag;
}
