// Characters that practically never stand in a Chinese given name: function words and measure
// words that mark the end of a name in running text (the likelihood of every other character is
// in the name model, name-odds.ts).

import { CodeSet } from '../core/code-set.js';

export const NON_NAME_CHARS = new Set(
  '的了是在和与等及或而但却也都就还又才把被让给对向从于为着过地得这那哪谁什么个们每各某该本此其些吗呢吧啊呀哦嗯说到票年月日时分秒号省市县区乡镇村街路感性化度率界式型量'.split(''),
);

/** The same characters by code, for scans over every character of a sentence. */
export const NON_NAME_CODES = new CodeSet(NON_NAME_CHARS);
