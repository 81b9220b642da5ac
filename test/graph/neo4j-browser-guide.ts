// The project's guide in a real Neo4j Browser (the one the local server serves), in headless
// Chromium: log in, `:play` the guide a real newsgraph server answers, apply the style from its first
// slide, find the slide of the saved "graph of a person" query, run it and see the graph drawn. The
// server's Browser settings are read back too: no usage collection, the guide's host allowed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listen } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { browserRequired, CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../helpers/chromium.js';
import type { Neo4jTestServer } from '../setup/neo4j.js';

const ARTEFACTS = join(process.cwd(), 'test-results');

async function runEditor(page: Page): Promise<void> {
  await page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first().click();
  await page.keyboard.press('Control+Enter');
}

/** Runs on a server whose store `store()` holds the seeds. */
export function testBrowserGuide(server: Neo4jTestServer, store: () => GraphStore): void {
  describe.skipIf(!hasChromium || !server.uri)('the guide in Neo4j Browser', () => {
    it('has usage collection off and the guide host allowed in the server Browser reads its settings from', async () => {
      const driver = neo4j.driver(server.uri as string, neo4j.auth.basic(server.user, server.password));
      try {
        const { records } = await driver.executeQuery('CALL dbms.clientConfig() YIELD name, value RETURN name, value');
        const settings = Object.fromEntries(records.map((r) => [r.get('name') as string, String(r.get('value'))]));
        expect(settings['client.allow_telemetry']).toBe('false');
        expect(settings['browser.remote_content_hostname_whitelist']?.split(',')).toContain('127.0.0.1');
      } finally {
        await driver.close();
      }
    });

    it('plays the guide, applies the style and draws the graph of a saved query', { timeout: 180_000 }, async (ctx) => {
      if (!server.browserUrl) {
        if (browserRequired) throw new Error('NEWSGRAPH_REQUIRE_BROWSER=1 but the test Neo4j has no Browser address: set NEWSGRAPH_TEST_NEO4J_BROWSER_URL');
        ctx.skip();
      }
      const api = await listen(createApp({ store: store(), config: loadConfig({}) }), 0, '127.0.0.1');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await page.goto(`${server.browserUrl}?dbms=${encodeURIComponent(server.uri as string)}&preselectAuthMethod=BASIC_AUTH`, { waitUntil: 'networkidle' });
        await page.locator('select').nth(1).selectOption({ label: 'Username / Password' }).catch(() => undefined);
        await page.locator('[data-testid="username"]').fill(server.user);
        await page.locator('[data-testid="password"]').fill(server.password);
        await page.locator('[data-testid="connect"]').click();
        await page.getByText('You are connected as user').first().waitFor({ timeout: 60_000 });

        await page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first().click();
        // localhost, as the README writes it: Browser allows it as a guide host even before it has read
        // the server's settings (which add 127.0.0.1), and a user types it so.
        await page.keyboard.insertText(`:play http://localhost:${new URL(api.url).port}/api/neo4j-guide`);
        await page.keyboard.press('Control+Enter');
        const firstBlock = page.locator('pre.runnable:visible').first();
        await firstBlock.waitFor({ timeout: 60_000 }).catch(async (error: Error) => {
          mkdirSync(ARTEFACTS, { recursive: true });
          await page.screenshot({ path: join(ARTEFACTS, 'neo4j-browser-guide-failed.png') });
          throw error;
        });
        expect(await firstBlock.textContent()).toMatch(/^:style node \{/);
        // A runnable block fills the editor; running it applies the style.
        await firstBlock.click();
        await runEditor(page);
        await page.getByText('caption: "{name} {date}"').first().waitFor({ timeout: 30_000 });

        // The slides hold the saved queries; the one for a person's graph is found by its text.
        for (let i = 0; i < 10 && !(await page.locator('pre.runnable:visible').first().textContent())?.includes('RETURN p, r, x'); i++) {
          await page.locator('button.next-slide').first().click();
        }
        const query = page.locator('pre.runnable:visible').first();
        expect(await query.textContent()).toContain("MATCH (p:Person {name: '邓群策'})");
        await query.click();
        await runEditor(page);
        await page.locator('svg .node').first().waitFor({ timeout: 60_000 });
        // 邓群策, his posts' bodies, the meetings he was at and the people met there.
        await expect.poll(() => page.locator('svg .node').count(), { timeout: 30_000 }).toBeGreaterThan(10);
        mkdirSync(ARTEFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTEFACTS, 'neo4j-browser-guide.png') });
      } finally {
        await browser.close();
        await api.close();
      }
    });
  });
}
