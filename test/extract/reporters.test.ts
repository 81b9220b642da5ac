// The reporters step: the byline's people, each once, with the role the byline gives them first.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/extract/core/doc.js';
import { pageContext } from '../../src/extract/extract-page.js';
import { reporters } from '../../src/extract/bylines/reporters.js';
import type { BylineName } from '../../src/ingest/byline.js';

const read = (byline: BylineName[]) => {
  const doc = createDoc({ source: 'test.txt', ordinal: 0, title: '标题', kicker: null, subtitle: null, headlineLines: ['标题'], section: null, byline, outlets: [], paragraphs: ['正文。'] }, pageContext(''));
  reporters(doc);
  return doc.reporters;
};

describe('reporters', () => {
  it.each<[BylineName[], BylineName[]]>([
    [[{ name: '乔晓岚', role: 'reporter' }, { name: '邝卫东', role: 'correspondent' }], [{ name: '乔晓岚', role: 'reporter' }, { name: '邝卫东', role: 'correspondent' }]],
    [[{ name: '乔晓岚', role: 'reporter' }, { name: '乔晓岚', role: 'photographer' }], [{ name: '乔晓岚', role: 'reporter' }]],
    [[], []],
  ])('%j', (byline, expected) => {
    expect(read(byline)).toEqual(expected);
  });
});
