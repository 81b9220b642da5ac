// What kind of character stands at a place in the text, asked by code: the name recognisers ask it
// of nearly every character of every sentence, so no strings are made.
import { CodeSet } from './code-set.js';

/** A CJK ideograph (the unified block and its extension A). */
export const isCjkCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** Whether the character at `i` is a CJK ideograph; outside the text it is not. */
export const isCjkAt = (text: string, i: number): boolean => isCjkCode(text.charCodeAt(i));

/** The dots that join the parts of a foreign name (汉斯·彼得森). */
export const JOINER_CODES = new CodeSet(['·', '•', '・']);
