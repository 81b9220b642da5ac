// Every real input a user feeds newsgraph, read through the real reader and extractor: encodings
// told by their bytes, traditional characters, line ends, HTML pages; and each bad input with its
// own clear error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract-page.js';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { readSource } from '../../src/ingest/read.js';
import { htmlPage, SIMPLIFIED_PAGE, TRADITIONAL_PAGE } from '../helpers/pages.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));

async function readBytes(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readSource(path, name);
}

async function sheetsOf(name: string, bytes: Uint8Array): Promise<FactSheet[]> {
  const read = await readBytes(name, bytes);
  if (!read.ok) throw read.error;
  return extractPage(pageArticles(read.page));
}

/** What a page says, independent of how it was encoded: people, meetings with dates, presiders. */
function facts(sheets: FactSheet[]) {
  return sheets.map((s) => {
    const name = new Map(s.entities.map((e) => [e.id, e.name]));
    return {
      title: s.article.title,
      people: s.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort(),
      meetings: s.entities.filter((e) => e.type === 'Meeting').map((e) => `${e.name}@${String(e.properties.date)}`),
      presided: s.relations.filter((r) => r.type === 'PRESIDED').map((r) => name.get(r.source)),
    };
  });
}

const utf8 = Buffer.from(SIMPLIFIED_PAGE, 'utf8');
const expected = facts(extractPage(pageArticles({ source: 'page.txt', text: SIMPLIFIED_PAGE })));

describe('encodings, told by the bytes', () => {
  it('reads the written page as two articles with their presiders', () => {
    expect(expected.map((e) => e.presided)).toEqual([['周立新'], ['郑国强']]);
    expect(expected[0]?.people).toEqual(expect.arrayContaining(['孙海涛', '刘建华', '陈思远']));
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED_PAGE, 'utf-16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED_PAGE, 'utf-16be')])],
    ['GBK', iconv.encode(SIMPLIFIED_PAGE, 'gbk')],
    ['GB18030', iconv.encode(SIMPLIFIED_PAGE, 'gb18030')],
    ['CRLF line ends', Buffer.from(SIMPLIFIED_PAGE.replace(/\n/g, '\r\n'), 'utf8')],
    ['CR line ends', Buffer.from(SIMPLIFIED_PAGE.replace(/\n/g, '\r'), 'utf8')],
  ])('%s gives the same facts as UTF-8', async (name, bytes) => {
    // The file name says nothing about the encoding: every file is called .txt.
    expect(facts(await sheetsOf(`${name.replace(/\W+/g, '-')}.txt`, bytes))).toEqual(expected);
  });

  it('tells Big5 from GBK by the bytes, not the name', () => {
    expect(decodeBytes(iconv.encode(TRADITIONAL_PAGE, 'big5'), 'x.txt')).toMatchObject({ encoding: 'big5', text: TRADITIONAL_PAGE });
    expect(decodeBytes(iconv.encode(SIMPLIFIED_PAGE, 'gbk'), 'big5.txt')).toMatchObject({ encoding: 'gb18030', text: SIMPLIFIED_PAGE });
  });
});

describe('traditional characters', () => {
  it('are matched through their simplified forms while the stored text keeps the original', async () => {
    const sheets = await sheetsOf('traditional-big5.txt', iconv.encode(TRADITIONAL_PAGE, 'big5'));
    const got = facts(sheets);
    expect(got.map((g) => g.presided)).toEqual([['周立新'], ['郑国强']]);
    expect(got.map((g) => g.people)).toEqual(expected.map((e) => e.people));
    expect(sheets[0]?.article.text).toContain('區委書記周立新主持召開');
    expect(sheets[0]?.article.title).toBe('區委常委會召開擴大會議');
    const presided = sheets[1]?.relations.find((r) => r.type === 'PRESIDED');
    expect(presided?.evidence).toContain('縣長鄭國強主持召開');
  });
});

describe('HTML pages saved from an e-paper site', () => {
  it('give the article text, navigation, scripts and footer dropped', async () => {
    const sheets = await sheetsOf('page.html', Buffer.from(htmlPage(SIMPLIFIED_PAGE), 'utf8'));
    expect(facts(sheets)).toEqual(expected);
    const all = sheets.map((s) => s.article.text).join('\n');
    for (const noise of ['上一版', 'document.write', '版权所有', 'font-size']) expect(all).not.toContain(noise);
  });

  it('follow their declared charset', async () => {
    const sheets = await sheetsOf('gb-page.htm', iconv.encode(htmlPage(SIMPLIFIED_PAGE, 'gb2312'), 'gbk'));
    expect(facts(sheets)).toEqual(expected);
  });
});

describe('HTML nesting', () => {
  it('reads a page nested as deep as real pages are, and one with paragraphs left unclosed', async () => {
    const deep = `<!DOCTYPE html><html><body>${'<div>'.repeat(800)}<p>市委书记甲某主持会议。${'</div>'.repeat(800)}</body></html>`;
    const unclosed = `<!DOCTYPE html><html><body><div>${'<p>市长乙某出席会议。'.repeat(3000)}</div></body></html>`;
    for (const [name, html] of [['deep.html', deep], ['unclosed.html', unclosed]] as const) {
      const read = await readBytes(name, Buffer.from(html));
      expect(read.ok).toBe(true);
    }
  });
});

describe('bad input, each with its own error', () => {
  const failure = async (name: string, bytes: Uint8Array) => {
    const read = await readBytes(name, bytes);
    expect(read.ok).toBe(false);
    return read.ok ? '' : read.error.message;
  };

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty\.txt: the file is empty/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /image\.txt: a binary file, not text/],
    ['invalid.txt', Buffer.from([0xe4, 0xb8, 0x0a, 0xff, 0xfe, 0xc0, 0x80, 0x41]), /invalid\.txt: not valid UTF-8.*invalid byte sequences/],
    ['blank.txt', Buffer.from(' \n\n \t\n', 'utf8'), /blank\.txt: the file holds only white space/],
    ['nav-only.html', Buffer.from('<!DOCTYPE html><html><body><nav>首页</nav><script>x()</script></body></html>'), /nav-only\.html: an HTML page with no text in it/],
    [
      'nested.html',
      Buffer.from(`<!DOCTYPE html><html><body>${'<div>'.repeat(5000)}市委书记甲某主持会议。${'</div>'.repeat(5000)}</body></html>`),
      /nested\.html: the HTML page cannot be read: its elements nest 5002 deep, more than the 1000 a page may/,
    ],
  ])('%s', async (name, bytes, message) => {
    expect(await failure(name, bytes)).toMatch(message);
  });

  it('refuses a 50 MB file as too large for a page', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, Buffer.from('市长主持召开会议。\n'));
    expect(await failure('huge.txt', big)).toMatch(/huge\.txt: the file is too large for a newspaper page \(50\.0 MB; the limit is 20\.0 MB/);
  });

  it.each([
    ['a path that does not exist', 'missing.txt', /missing\.txt: no such file \(ENOENT\)/],
    ['a folder given as a page', '.', /: a folder, not a page \(extract reads one page; ingest reads folders\) \(EISDIR\)/],
  ])('says in words why it cannot read %s', async (_what, name, message) => {
    const read = await readSource(join(dir, name), name);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(message);
  });
});
