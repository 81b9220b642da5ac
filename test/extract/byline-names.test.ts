// Reporters named in a dateline inside the text, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sentenceNames as names } from '../helpers/sheets.js';

describe('names in a byline', () => {
  it.each([
    ['新华社杭州6月3日电记者岑立波、邬晓峰报道：新航站楼今天启用。', ['岑立波', '邬晓峰']],
    ['昆明3月8日电（滕子骞、郑佳）近日，滇池水质明显好转。', ['滕子骞', '郑佳']],
    // 眭 is rarer than the surname list goes, but a byline holds names only.
    ['本报南宁4月2日电记者眭晓峰报道：广西今年早稻丰收。', ['眭晓峰']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([['据记者日前报道，大桥已经通车。'], ['记者近日在广州了解到，地铁将延长。']])('a time word is not a name: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
