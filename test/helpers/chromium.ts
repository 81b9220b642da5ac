// Debian's Chromium for the browser tests, driven by playwright-core. Without it those tests are
// skipped with a warning, unless NEWSGRAPH_REQUIRE_BROWSER=1 (CI) makes that an error.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'];
export const browserRequired = process.env.NEWSGRAPH_REQUIRE_BROWSER === '1';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (browserRequired) throw new Error(`NEWSGRAPH_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
  console.warn(`[newsgraph] browser tests skipped: no Chromium at ${CHROMIUM} (apt install chromium, or set NEWSGRAPH_CHROMIUM)`);
}
