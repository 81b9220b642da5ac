// The web page on an archive rather than the seeds: 2,000 generated articles (bench/generate-corpus.ts,
// 500 pages, so the cities' leaders change once and posts have holders before and after). A leader's
// page shows their posts as tenures with who came before or after, their meetings by date and a
// graph whose meetings carry their day; the search page finds articles among thousands. With
// NEWSGRAPH_DOCS_SCREENSHOTS=1 it also writes the screenshots in docs/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.js';
import { createApp } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { ingestPaths } from '../../src/graph/ingest-run.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { GraphStore } from '../../src/graph/store.js';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../helpers/chromium.js';
import { expectLabelsOnHover, expectReadableLabels, labelView } from './graph-labels.js';

// The page's own objects, as far as these tests read them (the tests' typing has no DOM).
declare const window: { newsgraph?: { sigma: { getContainer(): { dataset: Record<string, string | undefined> } } } };

const DOCS = process.env.NEWSGRAPH_DOCS_SCREENSHOTS === '1' ? join(process.cwd(), 'docs') : join(process.cwd(), 'test-results');

describe.skipIf(!hasChromium)('the web page on a bench corpus of 2,000 articles', { timeout: 300_000 }, () => {
  let dir: string;
  let store: GraphStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-web-'));
    writeCorpus(2000, join(dir, 'pages'));
    store = await createMemoryStore({ dataDir: join(dir, 'data') });
    const summary = await ingestPaths(store, [join(dir, 'pages')], { workers: 1 });
    expect(summary.failures).toEqual([]);
    server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a leader’s posts as tenures with their successor, meetings by date and a dated graph', async () => {
    type Tenures = { items: Array<{ title: string; firstSeen: string | null; lastSeen: string | null; after: { person: { name: string } } | null }> };
    const people = await api<{ items: Array<{ id: string; name: string }> }>('/api/people?sort=articles&limit=40');
    let leader: { id: string; name: string } | undefined;
    let tenure: Tenures['items'][number] | undefined;
    for (const p of people.items) {
      tenure = (await api<Tenures>(`/api/people/${p.id}/posts`)).items.find((t) => t.after);
      if (tenure) {
        leader = p;
        break;
      }
    }
    expect(leader, 'a leader of the first term with a successor').toBeDefined();
    await page.goto(`${server.url}/#/person/${leader!.id}`);
    await page.waitForSelector('.person ol.posts li .after');
    const row = page.locator('.person ol.posts > li', { has: page.locator('.after') }).first();
    expect(await row.locator('.after').textContent()).toContain(`succeeded by ${tenure!.after!.person.name}`);
    expect(await row.locator('.span').textContent()).toContain(`${tenure!.firstSeen} – ${tenure!.lastSeen}`);
    // Meetings by day: the dated ones in order, then those whose year the paper did not print.
    const days = (await page.locator('.person ol.meetings > li > .meta').allTextContents()).map((t) => t.split(' ')[0] as string);
    expect(days.length).toBeGreaterThan(3);
    const dated = days.filter((d) => /^\d{4}/.test(d));
    expect(dated.length).toBeGreaterThan(0);
    expect(days).toEqual([...[...dated].sort(), ...days.filter((d) => !/^\d{4}/.test(d))]);
    // No label runs off the canvas, nor covers another; the label layer inks nothing else.
    expectReadableLabels(await labelView(page));
    // Nor on a phone's narrow screen, where the graph's box is a third as wide.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/person/${leader!.id}`);
    expectReadableLabels(await labelView(page));
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/person/${leader!.id}`);
    await labelView(page);
    await page.screenshot({ path: join(DOCS, 'web-person-timeline.png') });
    // Every meeting the graph draws carries its day in its label.
    const graph = await api<{ nodes: Array<{ type: string; label?: string; name: string; date?: string | null }> }>(`/api/graph/neighbourhood/${leader!.id}?depth=1`);
    const meetings = graph.nodes.filter((n) => n.type === 'Meeting');
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.date ?? null).not.toBeNull();
    // One of his meetings: who held it, who presided, who attended in the paper's order.
    await page.locator('.person ol.meetings > li a').first().click();
    await page.waitForSelector('.meeting ol.attendees li');
    await page.screenshot({ path: join(DOCS, 'web-meeting.png') });
  });

  it('lists the newest meetings of the archive on the front page, a meeting whose year is not known after every dated one', async () => {
    // Every meeting, read in pages; the newest days found here, not taken from the API's order.
    const days: Array<string | null> = [];
    for (let offset = 0; ; offset += 200) {
      const batch = await api<{ total: number; items: Array<{ date: string | null }> }>(`/api/meetings?limit=200&offset=${offset}`);
      days.push(...batch.items.map((m) => m.date));
      if (offset + 200 >= batch.total) break;
    }
    expect(days.length).toBeGreaterThan(200);
    const dated = days.filter((d): d is string => d !== null && /^\d{4}/.test(d)).sort().reverse();
    // The archive holds meetings whose year the page did not give (--01-17).
    expect(days.some((d) => d !== null && d.startsWith('--'))).toBe(true);
    await page.goto(`${server.url}/`);
    await page.waitForSelector('ol.meetings li');
    const shown = (await page.locator('ol.meetings li').allTextContents()).map((row) => /\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}/.exec(row)?.[0] ?? null);
    expect(shown).toEqual(dated.slice(0, shown.length));
  });

  it('pages a busy person’s meetings fifty at a time', async () => {
    type Meetings = { total: number; items: Array<{ id: string; name: string; date: string | null }> };
    const people = await api<{ items: Array<{ id: string }> }>('/api/people?sort=articles&limit=10');
    let busiest: { id: string; total: number } | undefined;
    for (const p of people.items) {
      const { total } = await api<Meetings>(`/api/people/${p.id}/meetings?limit=1`);
      if (total > 50 && (!busiest || total > busiest.total)) busiest = { id: p.id, total };
    }
    expect(busiest, 'a person with more than 50 meetings').toBeDefined();
    const second = await api<Meetings>(`/api/people/${busiest!.id}/meetings?limit=50&offset=50`);
    await page.goto(`${server.url}/#/person/${busiest!.id}`);
    await page.waitForSelector('.person ol.meetings li');
    expect(await page.locator('.person ol.meetings > li').count()).toBe(50);
    const pager = page.locator('.person section', { has: page.locator('ol.meetings') }).locator('nav.pager');
    expect(await pager.locator('.meta').textContent()).toContain(`1–50 of ${busiest!.total.toLocaleString('en')}`);
    await pager.locator('a.next').click();
    await page.locator('.person nav.pager .meta', { hasText: '51–' }).first().waitFor();
    expect(await page.locator('.person ol.meetings > li > a').first().textContent()).toBe(second.items[0]!.name);
    expect(page.url()).toContain(`#/person/${busiest!.id}/meetings/2`);
  });

  it('draws a busy person’s crowded graph within its box, saying whether it is cut, its labels covering no other label, and names shown when pointed at', async () => {
    const people = await api<{ items: Array<{ id: string }> }>('/api/people?sort=articles&limit=10');
    const sizes = await Promise.all(people.items.map(async (p) => ({ id: p.id, graph: await api<{ nodes: unknown[]; truncated: boolean }>(`/api/graph/neighbourhood/${p.id}?depth=1&limit=80`) })));
    const crowded = sizes.reduce((a, b) => (b.graph.nodes.length > a.graph.nodes.length ? b : a));
    // A hub of the archive: more neighbours than a view labels in full (over 40), at most the 80 a view draws.
    expect(crowded.graph.nodes.length).toBeGreaterThan(40);
    try {
      for (const viewport of [{ width: 1280, height: 1000 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        // A fresh load at each size: a goto to the page already open would not redraw it.
        await page.goto('about:blank');
        await page.goto(`${server.url}/#/person/${crowded.id}`);
        await page.waitForFunction((centre) => window.newsgraph?.sigma.getContainer().dataset.center === centre, crowded.id);
        const view = await labelView(page);
        expect(view.nodes.length).toBe(crowded.graph.nodes.length);
        // The layout fits the box: every node is inside the canvas.
        for (const n of view.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x).toBeLessThanOrEqual(view.width);
          expect(n.y).toBeGreaterThanOrEqual(0);
          expect(n.y).toBeLessThanOrEqual(view.height);
        }
        // Not a hairball: the nodes stand apart, no disc over another.
        const touching = view.nodes.flatMap((a, i) => view.nodes.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.size + b.size));
        expect(touching.length, `${viewport.width} px`).toBe(0);
        expectReadableLabels(view);
        expect(view.labels.map((b) => b.node)).toContain(crowded.id);
        expect(await page.locator('.legend').textContent()).toContain('point at a node for its name');
        // The legend says the view is cut where the API cut it (at 80 nodes), and only there.
        expect((await page.locator('.legend').textContent())?.includes('(cut;')).toBe(crowded.graph.truncated);
        expect(await expectLabelsOnHover(page, view, 3)).toBeGreaterThan(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  });

  it('finds articles among thousands by their words, newest first', async () => {
    const hits = await api<{ total: number; items: Array<{ title: string; date: string | null }> }>(`/api/search/articles?q=${encodeURIComponent('常委会 会议')}&limit=20`);
    expect(hits.total).toBeGreaterThan(20);
    const dates = hits.items.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    await page.goto(`${server.url}/#/search/${encodeURIComponent('常委会 会议')}`);
    await page.waitForSelector('.article-hits li');
    expect(await page.locator('.article-hits li > a').allTextContents()).toEqual(hits.items.map((a) => a.title));
    expect(await page.locator('nav.pager .meta').first().textContent()).toContain(`of ${hits.total.toLocaleString('en')}`);
    await page.screenshot({ path: join(DOCS, 'web-search.png') });
  });
});
