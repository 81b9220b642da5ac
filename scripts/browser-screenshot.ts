// Takes the README's screenshot of Neo4j Browser on the seeds' graph: headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) connects to the local server, applies the project's
// style, runs the saved "graph of a person" query and saves docs/neo4j-browser.png.
//   npm run neo4j:start && NEO4J_URI=bolt://localhost:7687 node bin/newsgraph.js ingest seeds
//   npx tsx scripts/browser-screenshot.ts
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

// The local server's ports, as npm run neo4j:start takes them (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT).
const BOLT_PORT = process.env.NEO4J_BOLT_PORT ?? '7687';
const BROWSER_URL = process.env.NEO4J_BROWSER_URL ?? `http://localhost:${process.env.NEO4J_HTTP_PORT ?? '7474'}/browser/`;
const PASSWORD = process.env.NEO4J_PASSWORD ?? 'newsgraph';
const OUT = process.argv[2] ?? 'docs/neo4j-browser.png';
const root = new URL('../', import.meta.url);

async function runInEditor(page: Page, text: string): Promise<void> {
  const editor = page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${BROWSER_URL}?dbms=neo4j://localhost:${BOLT_PORT}&preselectAuthMethod=BASIC_AUTH`, { waitUntil: 'networkidle' });
    await page.locator('select').nth(1).selectOption({ label: 'Username / Password' }).catch(() => undefined);
    await page.locator('[data-testid="username"]').fill('neo4j');
    await page.locator('[data-testid="password"]').fill(PASSWORD);
    await page.locator('[data-testid="connect"]').click();
    await page.getByText('You are connected as user').first().waitFor({ timeout: 30_000 });
    await runInEditor(page, `:style ${readFileSync(new URL('cypher/browser/style.grass', root), 'utf8').replace(/\s+/g, ' ')}`);
    await page.waitForTimeout(1500);
    await runInEditor(page, ':clear');
    await page.getByRole('button', { name: /close/i }).first().click({ timeout: 2000 }).catch(() => undefined);
    const query = readFileSync(new URL('cypher/browser/graph-of-a-person.cypher', root), 'utf8');
    await runInEditor(page, query.split('\n').filter((l) => !l.startsWith('//')).join('\n'));
    await page.locator('svg .node').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(4000);
    await page.screenshot({ path: OUT });
    console.log(`saved ${OUT}`);
  } finally {
    await browser.close();
  }
}

await main();
