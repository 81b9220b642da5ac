import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkOrder, englishSteps, runPipeline, steps, type Step } from '../../src/extract/core/pipeline.js';
import { createDoc } from '../../src/extract/core/doc.js';
import { cutWords } from '../../src/extract/core/jieba-tags.js';
import { detectLanguage } from '../../src/extract/core/language.js';
import { pageContext } from '../../src/extract/extract-page.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { splitPage } from '../../src/ingest/split-page.js';

const PAGES = [new URL('../../seeds/', import.meta.url), new URL('../fixtures/english/', import.meta.url)].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => normalizeText(readFileSync(new URL(f, dir), 'utf8'))),
);
const docsOf = (text: string) =>
  splitPage(text, 'p.txt').map((a) => {
    const doc = createDoc(a, pageContext(text));
    doc.language = detectLanguage(doc.text);
    return doc;
  });

describe('the extraction pipeline', () => {
  it('assigns every field a step requires before that step runs', () => {
    expect(() => checkOrder(steps)).not.toThrow();
  });

  it('refuses an order where a step comes before what it requires', () => {
    const roles = steps.find((s) => s.name === 'roles') as Step;
    expect(() => checkOrder([roles, ...steps.filter((s) => s !== roles)])).toThrow(/roles.*requires/);
  });

  it('names every step once', () => {
    const names = steps.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('runs every step, Chinese and English, within the fields it declares', () => {
    for (const text of PAGES) for (const doc of docsOf(text)) expect(() => runPipeline(doc, undefined, { checked: true })).not.toThrow();
  });

  it('tokenizes from the words cut ahead of the pipeline (as extractPage cuts a page), the same as from its own cut', () => {
    for (const text of PAGES) {
      for (const doc of docsOf(text).filter((d) => d.language === 'zh')) {
        const upTo = steps.slice(0, 2);
        expect(runPipeline({ ...doc, words: cutWords(doc.text) }, upTo).tokens).toEqual(runPipeline({ ...doc }, upTo).tokens);
        // The words given are the ones read: one character a word gives one token a character.
        const single = runPipeline({ ...doc, words: [...doc.text] }, upTo, { checked: true });
        expect(single.tokens.every((t) => t.word.length === 1)).toBe(true);
        expect(single.words).toBeNull();
      }
    }
  });

  it.each([
    ['reads', { name: 'peek', requires: ['sentences'], assigns: [], run: (doc) => void doc.people.length }],
    ['writes', { name: 'scribble', requires: ['sentences'], assigns: [], run: (doc) => void (doc.people = []) }],
  ] as Array<[string, Step]>)('names a step that %s a field it does not declare', (_, step) => {
    const [doc] = docsOf(PAGES[0] as string);
    expect(() => runPipeline(doc!, [...steps.slice(0, 1), step], { checked: true })).toThrow(/failed/);
    try {
      runPipeline(docsOf(PAGES[0] as string)[0]!, [...steps.slice(0, 1), step], { checked: true });
    } catch (e) {
      expect(String((e as Error).cause)).toMatch(new RegExp(`"${step.name}" (reads|writes) people`));
    }
  });

  it('holds the English steps to their order too', () => {
    expect(() => checkOrder(englishSteps)).not.toThrow();
  });
});
