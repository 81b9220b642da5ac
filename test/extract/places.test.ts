// The places step: divisions by name from the national gazetteer, with their level and the
// division they lie in, and zones by their head word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { places } from '../../src/extract/places/places.js';
import { docBefore, textOf } from '../helpers/doc.js';

const read = (paragraph: string) => {
  const doc = docBefore('places', paragraph);
  places(doc);
  return doc.places.map((p) => [textOf(doc, p), p.name, p.level, p.parent]);
};

describe('places', () => {
  it.each([
    ['南阳市卧龙区、宛城区开展防汛演练。', [['南阳市', '南阳市', 'city', '河南省'], ['卧龙区', '卧龙区', 'district', '南阳市'], ['宛城区', '宛城区', 'district', '南阳市']]],
    ['河南省周口市郸城县的乡村。', [['河南省', '河南省', 'province', null], ['周口市', '周口市', 'city', '河南省'], ['郸城县', '郸城县', 'county', '周口市']]],
    ['项目落户漯河经开区。', [['漯河经开区', '漯河经开区', 'venue', null]]],
    ['他喜欢河流和山脉。', []],
  ])('%s', (paragraph, expected) => {
    expect(read(paragraph)).toEqual(expected);
  });
});
