// What extraction makes of the bench corpus (`npm run bench:corpus`): no person is a place or a piece
// of one (乐乡 of 长乐乡, 安乡 of 安乡县), and no organisation is a fragment holding a verb (召开市委,
// 市长某某到某县) — the words a fragment drags in when a recogniser reads over a clause boundary.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { division } from '../../src/extract/lexicon/divisions.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

const entities = [...generateCorpus(1200, 1)].flatMap((p) => extractPage(pageArticles({ source: p.path, text: normalizeText(p.text) }))).flatMap((s) => s.entities);
const names = (type: string) => [...new Set(entities.filter((e) => e.type === type).map((e) => e.name))];

describe('entities of the bench corpus', () => {
  it('finds many people and bodies to check', () => {
    expect(names('Person').length).toBeGreaterThan(300);
    expect(names('Organization').length).toBeGreaterThan(100);
  });

  it('reads no place, and no piece of a place, as a person', () => {
    const placeLike = names('Person').filter((n) => division(n) || ['县', '市', '区', '乡', '镇'].some((s) => division(n + s)) || /[乡镇村县区市省]$/.test(n));
    expect(placeLike).toEqual([]);
  });

  it('reads no fragment holding a verb as an organisation', () => {
    expect(names('Organization').filter((n) => /召开|主持|出席|参加|调研|到/.test(n))).toEqual([]);
  });
});
