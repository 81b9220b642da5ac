// Bodies and places of English articles, named by their head word: sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { namesInRun } from '../../src/extract/english/bodies-places.js';
import { entityNames, textSheets } from '../helpers/sheets.js';

const page = (body: string) => textSheets(`Test headline\n\nBy Test Writer\n\n${body}`)[0]!;

describe('a body or a place named by its head word', () => {
  it.each([
    // The name ends in its head; the head says which it is.
    ['Qingshan Municipal Party Committee', 'Qingshan Municipal Party Committee', 'body'],
    ['Standing Committee of Qingshan People’s Congress', 'Standing Committee of Qingshan People’s Congress', 'body'],
    ['Furong District', 'Furong District', 'place'],
    ['Baihu Lake', 'Baihu Lake', 'place'],
    // The head and what its "of" names.
    ['University of Eastfield', 'University of Eastfield', 'body'],
    ['Department of Roads and Public Works', 'Department of Roads and Public Works', 'body'],
    ['City of Port Avon', 'City of Port Avon', 'place'],
    // A post before the name is not part of it, nor what follows the head.
    ['Mayor of Qingshan City', 'Qingshan City', 'place'],
    ['Officials of the Qingshan Water Bureau', 'Qingshan Water Bureau', 'body'],
    ['Qingshan University President Lin Hua', 'Qingshan University', 'body'],
    ['The Avon Town Council', 'Avon Town Council', 'body'],
    ['Professor Ann Roe of the University of Eastfield', 'University of Eastfield', 'body'],
    // A possessive is the sentence's, a company's abbreviations are its name's.
    ['Qingshan Party Committee’s', 'Qingshan Party Committee', 'body'],
    ['Qingshan Lantern Technology Co., Ltd.', 'Qingshan Lantern Technology Co., Ltd.', 'body'],
    // An "of" name ends before a post, a possessive after it is the sentence's.
    ['Department of Commerce Director Li Ming', 'Department of Commerce', 'body'],
    ['City of Port Avon’s', 'City of Port Avon', 'place'],
  ])('%s → %s', (run, name, kind) => {
    expect(namesInRun(run, 0)).toEqual([expect.objectContaining({ text: name, kind })]);
  });

  it.each([
    // "and" joins two names, each with its head; or the parts of one.
    ['Qingshan Party Committee and the Qingshan Municipal Government', ['Qingshan Party Committee', 'Qingshan Municipal Government']],
    ['Ministry of Commerce and the Qingshan Water Bureau', ['Ministry of Commerce', 'Qingshan Water Bureau']],
    ['Department of Roads and Public Works', ['Department of Roads and Public Works']],
    ['Qingshan Party Committee Secretary and Qingshan People’s Congress Standing Committee', ['Qingshan Party Committee', 'Qingshan People’s Congress Standing Committee']],
  ])('%s → %j', (run, names) => {
    expect(namesInRun(run, 0).map((n) => n.text)).toEqual(names);
  });

  it.each([['Council'], ['Mayor Lin Hua'], ['Deputy Mayor'], ['Hunan'], ['The Committee'], ['Qingshan Party Secretary Lin Hua']])('%s names nothing by its head', (run) => {
    expect(namesInRun(run, 0)).toEqual([]);
  });
});

describe('English articles', () => {
  it('keep each body and place as written, a one-word place too', () => {
    const sheet = page(
      'QINGSHAN, May 3 -- Lin Hua, Mayor of Qingshan City, met a delegation from the University of Eastfield at the Qingshan Municipal Government on Tuesday. ' +
        'The delegation later toured Baihu Lake in Furong District and flew on to Hamburg.',
    );
    expect(entityNames(sheet, 'Organization')).toEqual(expect.arrayContaining(['University of Eastfield', 'Qingshan Municipal Government']));
    expect(entityNames(sheet, 'Place')).toEqual(expect.arrayContaining(['Qingshan City', 'Baihu Lake', 'Furong District', 'Hamburg']));
    expect(entityNames(sheet, 'Organization')).not.toContain('Mayor of Qingshan City');
  });

  it('read no person as a place, whatever the last word of the name', () => {
    const sheet = page('Councillor Ann Lane and Professor Bo Park attended the meeting of the Avon Town Council on Monday.');
    expect(entityNames(sheet, 'Person')).toEqual(expect.arrayContaining(['Ann Lane', 'Bo Park']));
    expect(entityNames(sheet, 'Place').filter((p) => /Lane|Park/.test(p))).toEqual([]);
    expect(entityNames(sheet, 'Organization')).toContain('Avon Town Council');
  });
});
