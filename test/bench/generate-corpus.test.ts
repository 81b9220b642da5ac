// The corpus generator: the same seed gives the same pages, its pages split into the articles it
// says they hold, and the pipeline reads meetings and people out of them.
import { describe, expect, it } from 'vitest';
import { generateCorpus, pageCount } from '../../bench/generate-corpus.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { splitPage } from '../../src/ingest/split-page.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

const pages = (articles: number, seed: number) => [...generateCorpus(articles, seed)];

describe('the corpus generator', () => {
  it('gives the same pages for the same seed and other pages for another', () => {
    expect(pages(50, 3)).toEqual(pages(50, 3));
    expect(pages(50, 4).map((p) => p.text)).not.toEqual(pages(50, 3).map((p) => p.text));
  });

  it.each([1, 7, 16, 101])('lays %i articles out on pages of 3 to 5', (articles) => {
    const generated = pages(articles, 1);
    expect(generated.reduce((n, p) => n + p.articles, 0)).toBe(articles);
    expect(generated).toHaveLength(pageCount(articles));
    expect(generated.every((p) => p.articles >= 1 && p.articles <= 5)).toBe(true);
  });

  it('prints pages that split into exactly the articles it generated', () => {
    for (const page of pages(120, 9)) expect(splitPage(normalizeText(page.text), page.path)).toHaveLength(page.articles);
  });

  it('prints pages shaped like the seeds: headlines, bylines, 本报讯 leads, attendee lists', () => {
    const text = pages(40, 2).map((p) => p.text).join('\n');
    expect(text).toMatch(/■本报记者 /);
    expect(text).toMatch(/本报讯 \d{1,2}月\d{1,2}日/);
    expect(text).toMatch(/市领导[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}、/);
    expect(text).toMatch(/市委副书记、市长[\u4e00-\u9fff]{2,3}/);
  });

  it('gives pages from which meetings, presiders, attendees and posts are extracted', () => {
    const sheets = pages(60, 5).flatMap((p) => extractPage(pageArticles({ source: p.path, text: normalizeText(p.text) })));
    const count = (type: string) => sheets.flatMap((s) => s.relations).filter((r) => r.type === type).length;
    expect(sheets).toHaveLength(60);
    expect(sheets.flatMap((s) => s.entities).filter((e) => e.type === 'Meeting').length).toBeGreaterThan(20);
    expect(new Set(sheets.flatMap((s) => s.entities).filter((e) => e.type === 'Person').map((e) => e.name)).size).toBeGreaterThan(50);
    expect(count('PRESIDED')).toBeGreaterThan(5);
    expect(count('ATTENDED')).toBeGreaterThan(50);
    expect(count('HOLDS_POSITION')).toBeGreaterThan(50);
  });

  it('makes its people up rather than copying those of the seeds', () => {
    const text = pages(400, 1).map((p) => p.text).join('\n');
    for (const seedName of ['邓群策', '朱健', '张霞', '龚学余', '刘正兴']) expect(text).not.toContain(seedName);
  });
});
