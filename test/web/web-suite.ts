// The web page in real headless Chromium (Debian's chromium through playwright-core) on a real
// listening server over the seeds: find 邓群策 by typing, see his meetings drawn as a graph, open
// one from the canvas, read its attendees in listed order with evidence; and every person's page.
// One suite for every store: browser.test.ts runs it on the embedded store, neo4j-store.test.ts on
// Neo4j (in that file, so nothing else wipes the server meanwhile). Screenshots go to test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { entityId } from '../../src/graph/ids.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import type { GraphStore } from '../../src/graph/store.js';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../helpers/chromium.js';
import { expectLabelsOnHover, expectReadableLabels, labelView } from './graph-labels.js';
import { mayorSheet, seedFactSheets, seedMeetingId, withoutYears } from '../helpers/fact-sheets.js';

// What the page scripts below touch in the browser; this file is type-checked without the DOM library.
interface PageGraph {
  order: number;
  nodes(): string[];
  getNodeAttributes(id: string): { x: number; y: number };
  getNodeAttribute(id: string, name: 'nodeType' | 'date'): string;
}
declare const window: {
  newsgraph?: {
    graph: PageGraph;
    sigma: {
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getNodeDisplayData(id: string): { hidden?: boolean } | undefined;
      getContainer(): { dataset: Record<string, string | undefined> };
    };
    opening(): boolean;
  };
};
declare const document: { querySelectorAll<T>(selector: string): ArrayLike<T> & Iterable<T> };

const ARTEFACTS = join(process.cwd(), 'test-results');
const DENG = entityId('Person', '邓群策');

/** Runs the browser suite on a store that `open` gives empty; the suite writes the seeds' FactSheets into it. */
export function testWebPage(storeName: string, open: () => Promise<GraphStore>): void {
describe.skipIf(!hasChromium)(`the web page on the ${storeName} store`, { timeout: 120_000 }, () => {
  let store: GraphStore | null;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  // An error the page's scripts throw fails the test it happened in (thrown from the event itself,
  // it would escape the test and leave the worker hanging).
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    store = await open();
    await applyFactSheets(store, seedFactSheets());
    server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error));
    mkdirSync(ARTEFACTS, { recursive: true });
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
  // With NEWSGRAPH_DOCS_SCREENSHOTS=1 the embedded run also takes the person page shown in the README.
  const shot = async (name: string) => {
    await page.screenshot({ path: join(ARTEFACTS, `web-${storeName}-${name}.png`) });
    if (process.env.NEWSGRAPH_DOCS_SCREENSHOTS === '1' && storeName === 'embedded' && name === 'person') await page.screenshot({ path: join(process.cwd(), 'docs', 'web-person.png') });
  };

  it('lists the latest meetings on the front page, newest first', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('ol.meetings li');
    const shown = await page.locator('ol.meetings li').allTextContents();
    const all = await api<{ items: Array<{ name: string; date: string | null }> }>('/api/meetings?limit=200');
    const newest = all.items.map((m) => m.date).filter((d): d is string => d !== null && !d.startsWith('-')).sort().reverse();
    expect(shown.length).toBe(Math.min(15, all.items.length));
    // Each row ends with its date: the dates read top to bottom are the newest, in order.
    const dates = shown.map((row) => /\d{4}-\d{2}-\d{2}/.exec(row)?.[0] ?? null);
    expect(dates.slice(0, 5)).toEqual(newest.slice(0, 5));
    // Who held each tells two meetings of one name and day apart.
    expect(shown.filter((row) => !row.includes('held by '))).toEqual([]);
  });

  it('shows who held a meeting on its page, and a day whose year is not known as such', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/#/meeting/${seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22')}`);
    await page.waitForSelector('.meeting h1');
    expect(await page.textContent('.meeting .meta')).toContain('2021-04-22 下午 · meeting · held by 中共衡阳市委');
    const copy = withoutYears(seedFactSheets().find((s) => s.article.title.startsWith('市委全面深化改革委员会')) as FactSheet, 'undated/reform.txt');
    await applyFactSheets(store, [copy]);
    try {
      const undated = copy.entities.find((e) => e.type === 'Meeting' && e.name === '市委全面深化改革委员会第五次会议')!.id;
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/meeting/${undated}`);
      await page.waitForSelector('.meeting h1');
      expect(await page.textContent('.meeting .meta')).toContain('--04-22 (year not known) 下午');
    } finally {
      await store.removeArticle(copy.article.id);
      await store.pruneOrphans();
    }
  });

  it('finds 邓群策 by typing his name and opens his page', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('main h1');
    await shot('home');
    await page.locator('#search').pressSequentially('邓群', { delay: 30 });
    const suggestion = page.locator('#suggestions a', { hasText: '邓群策' });
    await suggestion.waitFor();
    await suggestion.click();
    await page.waitForSelector('.person h1');
    expect(await page.textContent('.person h1')).toBe('邓群策');
    expect(page.url()).toContain(DENG);
  });

  it('draws the meetings he presided over in the graph canvas', async (ctx) => {
    if (!store) return ctx.skip();
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
    const presided = (await api<{ items: Array<{ id: string }> }>(`/api/people/${DENG}/meetings?role=presided`)).items.map((m) => m.id);
    expect(presided).toHaveLength(4);
    const drawn = await page.evaluate(() => window.newsgraph!.graph.nodes());
    for (const id of presided) expect(drawn).toContain(id);
    // A meeting is labelled with its date.
    const reform = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
    expect(await page.evaluate((id) => window.newsgraph!.graph.getNodeAttributes(id), reform)).toMatchObject({ label: '市委全面深化改革委员会第五次会议 · 2021-04-22' });
    // Two meetings of one name, months apart, are told apart by their days.
    const enlarged = ['2020-12-25', '2021-04-22'].map((day) => seedMeetingId('市委常委会扩大会议', day));
    for (const id of enlarged) expect(drawn).toContain(id);
    const labels = await Promise.all(enlarged.map((id) => page.evaluate((m) => window.newsgraph!.graph.getNodeAttributes(m), id)));
    expect(labels.map((a) => (a as { label?: string }).label)).toEqual(['市委常委会扩大会议 · 2020-12-25', '市委常委会扩大会议 · 2021-04-22']);
    // The labels are drawn, readable.
    const view = await labelView(page);
    expect(view.labels.length).toBeGreaterThan(3);
    expectReadableLabels(view);
    const meetingRows = await page.locator('.person .meetings li').count();
    expect(meetingRows).toBe((await api<{ total: number }>(`/api/people/${DENG}/meetings?limit=200`)).total);
    await shot('person');
  });

  it('expands a node on a real double click without opening its page, and ends the renderer when the page is left', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/#/person/${DENG}`);
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
    const meetingId = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
    const before = await page.evaluate(() => window.newsgraph!.graph.order);
    const box = (await page.locator('.graph').boundingBox())!;
    const at = await page.evaluate((id) => window.newsgraph!.sigma.graphToViewport(window.newsgraph!.graph.getNodeAttributes(id) as { x: number; y: number }), meetingId);
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    // The double click ended the first click's wait to open the page: nothing is pending.
    expect(await page.evaluate(() => window.newsgraph!.opening())).toBe(false);
    await page.waitForFunction((n) => (window.newsgraph?.graph.order ?? 0) > n, before);
    expect(page.url()).toContain(`#/person/${DENG}`);
    // Leaving for a page with no graph ends the renderer: resizing then draws into nothing.
    await page.goto(`${server.url}/#/articles`);
    // The articles page's own pager: the person page has a list of articles too.
    await page.waitForSelector('nav.pager');
    expect(await page.evaluate(() => window.newsgraph === undefined)).toBe(true);
    await page.setViewportSize({ width: 700, height: 600 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    // Back to his page, where the next test opens a meeting from the canvas.
    await page.goto(`${server.url}/#/person/${DENG}`);
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
  });

  it('expands the node last pointed at with the legend’s button, without opening its page', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/#/person/${DENG}`);
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
    const button = page.locator('.legend button.expand');
    expect(await button.isDisabled()).toBe(true);
    const meetingId = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
    const before = await page.evaluate(() => window.newsgraph!.graph.order);
    const box = (await page.locator('.graph').boundingBox())!;
    const at = await page.evaluate((id) => window.newsgraph!.sigma.graphToViewport(window.newsgraph!.graph.getNodeAttributes(id) as { x: number; y: number }), meetingId);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => [...document.querySelectorAll<{ textContent: string }>('.legend button.expand')][0]?.textContent !== 'expand: point at a node');
    expect(await button.textContent()).toBe('expand 市委全面深化改革委员会第五次会议 · 2021-04-22');
    await button.click();
    await page.waitForFunction((n) => (window.newsgraph?.graph.order ?? 0) > n, before);
    expect(page.url()).toContain(`#/person/${DENG}`);
  });

  it('hides a type of node from the legend and shows it again, and draws two hops when asked', async (ctx) => {
    if (!store) return ctx.skip();
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
    const hiddenOf = (type: string) =>
      page.evaluate((t) => {
        const { graph, sigma } = window.newsgraph!;
        return graph.nodes().filter((n) => graph.getNodeAttribute(n, 'nodeType') === t).map((n) => sigma.getNodeDisplayData(n)?.hidden === true);
      }, type);
    const person = page.locator('.legend button.type-filter[data-type="Person"]');
    expect(await hiddenOf('Person')).not.toContain(true);
    await person.click();
    expect(await person.getAttribute('aria-pressed')).toBe('false');
    await page.waitForFunction(() => {
      const { graph, sigma } = window.newsgraph!;
      return graph.nodes().every((n) => (graph.getNodeAttribute(n, 'nodeType') === 'Person') === (sigma.getNodeDisplayData(n)?.hidden === true));
    });
    await person.click();
    await page.waitForFunction(() => window.newsgraph!.graph.nodes().every((n) => window.newsgraph!.sigma.getNodeDisplayData(n)?.hidden !== true));
    // Meetings outside a date range are hidden; so are those whose year is not known.
    await page.locator('.legend input.date-from').fill('2021-01-01');
    await page.locator('.legend input.date-to').fill('2021-12-31');
    await page.waitForFunction(() => {
      const { graph, sigma } = window.newsgraph!;
      return graph.nodes().every((n) => {
        if (graph.getNodeAttribute(n, 'nodeType') !== 'Meeting') return sigma.getNodeDisplayData(n)?.hidden !== true;
        const date = graph.getNodeAttribute(n, 'date');
        return (sigma.getNodeDisplayData(n)?.hidden === true) === !(typeof date === 'string' && date.startsWith('2021'));
      });
    });
    const shown = await page.evaluate(() => window.newsgraph!.graph.nodes().filter((n) => window.newsgraph!.graph.getNodeAttribute(n, 'nodeType') === 'Meeting' && window.newsgraph!.sigma.getNodeDisplayData(n)?.hidden !== true).length);
    expect(shown).toBeGreaterThan(0);
    await page.locator('.legend input.date-from').fill('');
    await page.locator('.legend input.date-to').fill('');
    const oneHop = await page.evaluate(() => window.newsgraph!.graph.order);
    await page.locator('.legend select.depth').selectOption('2');
    await page.waitForFunction((n) => (window.newsgraph?.graph.order ?? 0) > n, oneHop);
  });

  it('opens a meeting from the canvas and lists its attendees in the paper’s order with evidence', async (ctx) => {
    if (!store) return ctx.skip();
    const meetingId = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
    const box = (await page.locator('.graph').boundingBox())!;
    const at = await page.evaluate((id) => {
      const { sigma, graph } = window.newsgraph!;
      return sigma.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number });
    }, meetingId);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector(`.meeting[data-id="${meetingId}"]`);
    const meeting = await api<{ name: string; attendees: Array<{ person: { name: string }; evidence: string }>; presided: Array<{ person: { name: string } }> }>(`/api/meetings/${meetingId}`);
    expect(await page.textContent('.meeting h1')).toBe(meeting.name);
    expect(await page.locator('.presided li a').allTextContents()).toEqual(meeting.presided.map((p) => p.person.name));
    const attendees = await page.locator('.attendees li a').allTextContents();
    expect(attendees.length).toBeGreaterThan(5);
    expect(attendees).toEqual(meeting.attendees.map((a) => a.person.name));
    // Each sentence once, in the row of the attendees it names together.
    const evidence = await page.locator('.attendees li .evidence').allTextContents();
    expect(evidence).toEqual(meeting.attendees.map((a) => a.evidence).filter((e, i, all) => e !== all[i - 1]));
    expect(evidence.length).toBeLessThan(attendees.length);
    await page.waitForFunction(() => (window.newsgraph?.graph.order ?? 0) > 1);
    await shot('meeting');
  });

  it('labels the nodes of a meeting’s and a body’s graph beside them or when pointed at, none covering another or leaving the canvas, on a desktop and a phone', async (ctx) => {
    if (!store) return ctx.skip();
    const meetingId = seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22');
    // The body with the most neighbours in the seeds, drawn two hops out (one hop holds only its two leaders).
    const bodies = await api<{ items: Array<{ id: string }> }>('/api/organizations?limit=200');
    const sizes = await Promise.all(bodies.items.map(async (b) => ({ id: b.id, order: (await api<{ nodes: unknown[] }>(`/api/graph/neighbourhood/${b.id}?depth=2&limit=80`)).nodes.length })));
    const busiest = sizes.reduce((a, b) => (b.order > a.order ? b : a));
    const routes: Array<[string, string, 1 | 2]> = [[`/#/meeting/${meetingId}`, meetingId, 1], [`/#/entity/${busiest.id}`, busiest.id, 2]];
    try {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        for (const [route, id, depth] of routes) {
          // A fresh load: the page before may be this one, which a goto to its own address would not redraw.
          await page.goto('about:blank');
          await page.goto(`${server.url}${route}`);
          // This page's graph, not the one of the page before it.
          await page.waitForFunction((centre) => window.newsgraph?.sigma.getContainer().dataset.center === centre && window.newsgraph.graph.order > 1, id);
          if (depth === 2) {
            const before = await page.evaluate(() => window.newsgraph!.graph.order);
            await page.locator('.legend select.depth').selectOption('2');
            await page.waitForFunction((n) => (window.newsgraph?.graph.order ?? 0) > n, before);
          }
          const view = await labelView(page);
          const where = `${route} at ${viewport.width} px`;
          expect(view.nodes.length, where).toBeGreaterThan(5);
          expectReadableLabels(view);
          // Most names are read without pointing; those left out show when pointed at.
          expect(view.labels.length, where).toBeGreaterThanOrEqual(Math.min(view.nodes.length, viewport.width > 1000 ? view.nodes.length * 0.8 : 6));
          expect(await expectLabelsOnHover(page, view, 4), where).toBeGreaterThan(0);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows each post of a person once, with the days it was seen, how many articles give it and each sentence once', async (ctx) => {
    if (!store) return ctx.skip();
    const person = await api<{ posts: { items: Array<{ title: string; organization: { id: string }; evidence: string }> } }>(`/api/people/${DENG}?limit=200`);
    const tenures = await api<{ items: Array<{ title: string; articles: number; evidence: string[]; firstSeen: string | null; lastSeen: string | null }> }>(`/api/people/${DENG}/posts?limit=200`);
    // More sentences give his posts than he has posts.
    expect(person.posts.items.length).toBeGreaterThan(tenures.items.length);
    expect(new Set(person.posts.items.map((p) => `${p.title}|${p.organization.id}`)).size).toBe(tenures.items.length);
    await page.goto(`${server.url}/#/person/${DENG}`);
    await page.waitForSelector('.person ol.posts li');
    const rows = page.locator('.person ol.posts > li');
    expect(await rows.count()).toBe(tenures.items.length);
    expect(await page.locator('.person ol.posts > li > b').allTextContents()).toEqual(tenures.items.map((t) => t.title));
    const counts = await page.locator('.person ol.posts .count').allTextContents();
    expect(counts.map((c) => Number(/(\d+)×/.exec(c)?.[1]))).toEqual(tenures.items.filter((t) => t.articles > 1).map((t) => t.articles));
    const first = tenures.items[0]!;
    expect(await rows.first().locator('.span').textContent()).toContain(first.firstSeen ?? 'no dated article');
    const many = tenures.items.find((t) => t.evidence.length > 1);
    if (many) {
      const details = page.locator('.person ol.posts details.evidence').first();
      await details.locator('summary').click();
      expect(await details.locator('p').count()).toBe(tenures.items.find((t) => t.evidence.length > 1)!.evidence.length - 1);
    }
  });

  it('shows whom a person meets most, with the meetings they shared, and goes to them', async (ctx) => {
    if (!store) return ctx.skip();
    const co = await api<{ items: Array<{ person: { id: string; name: string }; count: number }> }>(`/api/people/${DENG}/co-attendees?limit=12`);
    expect(co.items.length).toBeGreaterThan(3);
    // Most shared first.
    expect(co.items.map((c) => c.count)).toEqual(co.items.map((c) => c.count).sort((a, b) => b - a));
    await page.goto(`${server.url}/#/person/${DENG}`);
    await page.waitForSelector(`.person[data-id="${DENG}"] ol.co li`);
    const rows = page.locator('.person ol.co > li');
    expect(await rows.locator('a').allTextContents()).toEqual(co.items.map((c) => c.person.name));
    expect(await rows.first().textContent()).toContain(`${co.items[0]!.count} shared meetings`);
    await rows.first().locator('a').click();
    await page.waitForSelector(`.person[data-id="${co.items[0]!.person.id}"]`);
    expect(await page.textContent('.person h1')).toBe(co.items[0]!.person.name);
  });

  it('shows who held a post before and after a person, with the days they were seen, and goes to them', async (ctx) => {
    if (!store) return ctx.skip();
    const body = '测试市人民政府';
    const sheet = (n: number, date: string, person: string, former = false) => mayorSheet(n, date, person, body, former);
    const sheets = [sheet(1, '2019-06-01', '柏立新'), sheet(2, '2020-03-01', '戚明远'), sheet(3, '2020-09-09', '戚明远'), sheet(4, '2021-02-02', '巫振华')];
    await applyFactSheets(store, sheets);
    try {
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/person/${entityId('Person', '戚明远')}`);
      await page.waitForSelector('.person ol.posts li');
      const row = page.locator('.person ol.posts > li').first();
      expect(await row.locator('.span').textContent()).toContain('2020-03-01 – 2020-09-09');
      expect(await row.locator('.before').textContent()).toContain('succeeded 柏立新 (seen until 2019-06-01)');
      expect(await row.locator('.after').textContent()).toContain('succeeded by 巫振华 (seen from 2021-02-02)');
      // His graph is two nodes (he and the body): framed near the middle, not in opposite corners
      // (the frame applies on the renderer's next refresh, so it is waited for).
      await page.waitForFunction(() => window.newsgraph?.graph.order === 2);
      const box = (await page.locator('.graph').boundingBox())!;
      const framed = await page
        .waitForFunction(
          ({ width, height }) =>
            window.newsgraph!.graph.nodes().every((n) => {
              const { x, y } = window.newsgraph!.sigma.graphToViewport(window.newsgraph!.graph.getNodeAttributes(n));
              return x > width * 0.15 && x < width * 0.85 && y > height * 0.15 && y < height * 0.85;
            }),
          { width: box.width, height: box.height },
          { timeout: 5_000 },
        )
        .then(() => true, () => false);
      expect(framed).toBe(true);
      await shot('succession');
      await row.locator('.after a').click();
      await page.waitForFunction(() => [...document.querySelectorAll<{ textContent: string }>('.person h1')][0]?.textContent === '巫振华');
      expect(await page.locator('.person ol.posts > li').first().locator('.before').textContent()).toContain('succeeded 戚明远 (seen until 2020-09-09)');
    } finally {
      for (const s of sheets) await store.removeArticle(s.article.id);
      await store.pruneOrphans();
    }
  });

  it('pages through the articles, 25 a page, newest or oldest first, with where the page stands and links before and after', async (ctx) => {
    if (!store) return ctx.skip();
    // The seed articles again, as pages of another paper: 40 articles, two pages.
    const copies = seedFactSheets().map((sheet, i) => withoutYears(sheet, `reprint/${i}.txt`));
    await applyFactSheets(store, copies);
    try {
      type Articles = { items: Array<{ title: string }>; total: number };
      const first = await api<Articles>('/api/articles?order=newest&limit=25&offset=0');
      const second = await api<Articles>('/api/articles?order=newest&limit=25&offset=25');
      const oldest = await api<Articles>('/api/articles?order=oldest&limit=25&offset=0');
      expect(first.total).toBe(40);
      // A page of its own: the list must be read after the copies were written.
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/articles`);
      await page.waitForSelector('nav.pager');
      expect(await page.locator('ol.articles li a').allTextContents()).toEqual(first.items.map((a) => a.title));
      expect(await page.locator('nav.pager .meta').first().textContent()).toContain('1–25 of 40 · page 1 of 2');
      expect(await page.locator('nav.pager a.previous').count()).toBe(0);
      await page.locator('nav.pager a.next').first().click();
      await page.waitForURL(/#\/articles\/2$/);
      await page.waitForSelector('nav.pager a.previous');
      expect(await page.locator('ol.articles li a').allTextContents()).toEqual(second.items.map((a) => a.title));
      expect(await page.locator('nav.pager .meta').first().textContent()).toContain('26–40 of 40 · page 2 of 2');
      expect(await page.locator('nav.pager a.next').count()).toBe(0);
      // Oldest first, from the choice of order: back to page 1 of the other order.
      await page.locator('select.order').selectOption('oldest');
      await page.waitForURL(/#\/articles\/oldest\/1$/);
      await page.waitForFunction((t) => [...document.querySelectorAll<{ textContent: string }>('ol.articles li a')][0]?.textContent === t, oldest.items[0]!.title);
      expect(await page.locator('ol.articles li a').allTextContents()).toEqual(oldest.items.map((a) => a.title));
    } finally {
      for (const c of copies) await store.removeArticle(c.article.id);
      await store.pruneOrphans();
    }
  });

  it('lists people, bodies, places, documents and meetings, sorted as chosen, a page at a time', async (ctx) => {
    if (!store) return ctx.skip();
    type Named = { items: Array<{ name: string }>; total: number };
    const mentioned = await api<Named>('/api/people?sort=articles&limit=50');
    const byName = await api<Named>('/api/people?sort=name&limit=50');
    await page.goto(`${server.url}/#/list/people`);
    await page.waitForSelector('.lists[data-kind="people"] ol.listed li');
    expect(await page.locator('ol.listed li > a').allTextContents()).toEqual(mentioned.items.map((p) => p.name));
    await page.locator('.lists select.order').selectOption('name');
    await page.waitForURL(/#\/list\/people\/name\/1$/);
    await page.waitForFunction((t) => [...document.querySelectorAll<{ textContent: string }>('ol.listed li > a')][0]?.textContent === t, byName.items[0]!.name);
    expect(await page.locator('ol.listed li > a').allTextContents()).toEqual(byName.items.map((p) => p.name));
    expect(await page.locator('nav.pager .meta').first().textContent()).toContain(`of ${byName.total}`);
    const latest = await api<Named>('/api/meetings?order=latest&limit=50');
    await page.locator('.lists .kinds a', { hasText: 'Meetings' }).click();
    await page.waitForSelector('.lists[data-kind="meetings"] ol.listed li');
    expect(await page.locator('ol.listed li > a').allTextContents()).toEqual(latest.items.map((m) => m.name));
    // Bodies, places and documents: each list as the API gives it, in each of its orders.
    for (const [kind, path] of [['organizations', '/api/organizations'], ['places', '/api/places'], ['documents', '/api/documents']] as const) {
      await page.goto(`${server.url}/#/list/${kind}`);
      await page.waitForSelector(`.lists[data-kind="${kind}"]`);
      const orders = await page.locator('.lists select.order option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
      expect(orders.length, kind).toBeGreaterThan(1);
      for (const order of orders) {
        const listed = await api<Named>(`${path}?sort=${order}&limit=50`);
        expect(listed.items.length, kind).toBeGreaterThan(0);
        await page.goto(`${server.url}/#/list/${kind}/${order}/1`);
        const names = listed.items.map((e) => e.name);
        // The page of this order, not the one before it: every row as the API lists them.
        await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll<{ textContent: string }>('ol.listed li > a')].map((a) => a.textContent)) === JSON.stringify(want), names);
        expect(await page.locator('nav.pager .meta').first().textContent()).toContain(`of ${listed.total}`);
      }
    }
  });

  it('finds the path between two people by name, and the communities of people who meet together', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/#/path`);
    await page.locator('form.path-form input[name="from"]').fill('邓群策');
    await page.locator('form.path-form input[name="to"]').fill('朱忠明');
    await page.locator('form.path-form button').click();
    await page.waitForSelector('ol.steps li');
    const zhu = entityId('Person', '朱忠明');
    const path = await api<{ nodes: Array<{ name: string }> }>(`/api/graph/path?from=${DENG}&to=${zhu}`);
    expect(await page.locator('ol.steps li a').allTextContents()).toEqual(path.nodes.map((n) => n.name));
    expect((await page.locator('ol.steps li').first().textContent()) ?? '').toMatch(/—(ATTENDED|PRESIDED|SPOKE_AT)→/);
    await page.goto(`${server.url}/#/path/${encodeURIComponent('邓群策')}/${encodeURIComponent('没有这个人')}`);
    await page.waitForSelector('.path .error');
    expect(await page.textContent('.path .error')).toContain('没有这个人');

    await page.goto(`${server.url}/#/communities`);
    await page.waitForSelector('.communities section');
    const communities = await api<{ items: Array<{ size: number; people: Array<{ name: string }> }>; total: number }>('/api/analytics/communities?limit=50');
    expect(await page.locator('.communities section').count()).toBe(communities.total);
    expect(await page.locator('.communities section').first().locator('.people a').allTextContents()).toEqual(communities.items[0]!.people.map((p) => p.name));
  });

  it('fits a phone: the search box spans the screen at a usable height, and no page is wider than the screen', async (ctx) => {
    if (!store) return ctx.skip();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const routes: Array<[string, string]> = [
        ['/', 'ol.meetings'],
        [`/#/person/${DENG}`, `.person[data-id="${DENG}"]`],
        [`/#/meeting/${seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22')}`, '.meeting h1'],
        ['/#/articles', 'nav.pager'],
      ];
      for (const [route, shown] of routes) {
        await page.goto(`${server.url}${route}`);
        // Each page by a mark of its own, not one the page before it also had.
        await page.waitForSelector(shown);
        const box = (await page.locator('#search').boundingBox())!;
        expect(box.width, route).toBeGreaterThan(390 * 0.85);
        expect(box.height, route).toBeGreaterThanOrEqual(44);
        expect(await page.evaluate('document.documentElement.scrollWidth'), route).toBeLessThanOrEqual(390);
      }
      await shot('phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('lists every match on the search page, from the suggestions or by address, and says plainly when there is none', async (ctx) => {
    if (!store) return ctx.skip();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('main h1');
    await page.locator('#search').pressSequentially('邓', { delay: 30 });
    const all = page.locator('#suggestions a', { hasText: 'every match for “邓”' });
    await all.waitFor();
    await all.click();
    await page.waitForFunction(() => [...document.querySelectorAll<{ textContent: string }>('.search-results h1')][0]?.textContent === '“邓”');
    expect(await page.locator('.search-results .hits a').allTextContents()).toContain('邓群策');
    const nothing = '没有这个名字';
    await page.goto(`${server.url}/#/search/${encodeURIComponent(nothing)}`);
    await page.waitForFunction((q) => [...document.querySelectorAll<{ textContent: string }>('.search-results h1')][0]?.textContent === `“${q}”`, nothing);
    expect(await page.textContent('.search-results')).toContain(`No entity’s name or alias contains “${nothing}”`);
    // Typed, a name nobody has: the suggestion that says so opens the same page.
    await page.goto(`${server.url}/#/articles`);
    await page.waitForSelector('nav.pager');
    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('无此人', { delay: 30 });
    const none = page.locator('#suggestions a', { hasText: 'no match for “无此人”' });
    await none.waitFor();
    await none.click();
    await page.waitForFunction(() => [...document.querySelectorAll<{ textContent: string }>('.search-results h1')][0]?.textContent === '“无此人”');
    expect(await page.textContent('.search-results')).toContain('No entity’s name or alias contains “无此人”');
  });

  it('finds articles by their words beside the names, newest first, with the words marked in their sentences', async (ctx) => {
    if (!store) return ctx.skip();
    const q = '市委常委会';
    const expected = await api<{ items: Array<{ title: string }>; total: number }>(`/api/search/articles?q=${encodeURIComponent(q)}&limit=20`);
    expect(expected.total).toBeGreaterThan(1);
    await page.goto(`${server.url}/#/search/${encodeURIComponent(q)}`);
    await page.waitForSelector('.search-results .article-hits li');
    expect(await page.locator('.article-hits li > a').allTextContents()).toEqual(expected.items.map((a) => a.title));
    const marks = await page.locator('.article-hits mark.hit').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(expected.total);
    expect(new Set(marks)).toEqual(new Set([q]));
    await shot('search');
    // One Chinese character still finds names, and says why the articles are not searched.
    await page.goto(`${server.url}/#/search/${encodeURIComponent('邓')}`);
    await page.waitForFunction(() => [...document.querySelectorAll<{ textContent: string }>('.search-results h1')][0]?.textContent === '“邓”');
    expect(await page.locator('.search-results .hits a').allTextContents()).toContain('邓群策');
    expect(await page.textContent('.search-results')).toContain('two characters or more');
  });

  it('shows an article with its entities highlighted and linked', async (ctx) => {
    if (!store) return ctx.skip();
    const meeting = await api<{ articles: Array<{ id: string }> }>(`/api/meetings/${seedMeetingId('市委全面深化改革委员会第五次会议', '2021-04-22')}`);
    await page.goto(`${server.url}/#/article/${meeting.articles[0]!.id}`);
    await page.waitForSelector('.article .article-text');
    const marks = page.locator('.article-text mark.entity a');
    expect(await marks.count()).toBeGreaterThan(10);
    expect(await marks.allTextContents()).toContain('邓群策');
    await shot('article');
  });

  it('gives every person in the seeds a page with their meetings', async (ctx) => {
    if (!store || storeName !== 'embedded') return ctx.skip();
    const people = (await api<{ items: Array<{ id: string; name: string }> }>('/api/people?limit=200')).items;
    expect(people.length).toBeGreaterThan(30);
    // What each page lists, not its graph: the tests above draw and click the graph, and drawing
    // one per person in software WebGL is most of this test's time.
    await page.route('**/api/graph/neighbourhood/**', (route) => route.abort());
    for (const person of people) {
      await page.goto(`${server.url}/#/person/${person.id}`);
      await page.waitForSelector(`.person[data-id="${person.id}"]`);
      expect(await page.textContent('.person h1')).toBe(person.name);
      const total = (await api<{ total: number }>(`/api/people/${person.id}/meetings?limit=200`)).total;
      expect(await page.locator('.person .meetings li').count(), person.name).toBe(total);
    }
  });
});
}
