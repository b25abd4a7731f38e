/**
 * How long a review page takes to become usable: from opening it in
 * Chromium until typing in the index's filter has updated the index.
 *   node dist/scripts/review-open-time.js PAGE.html [RUNS]
 * Needs Debian's chromium (or CRTX_CHROMIUM) and playwright-core (a dev dependency).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [page, runs = '4'] = process.argv.slice(2);
if (!page) {
  process.stderr.write('usage: node dist/scripts/review-open-time.js PAGE.html [RUNS]\n');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CRTX_CHROMIUM ?? '/usr/bin/chromium', args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
for (let run = 1; run <= Number(runs); run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const tab = await context.newPage();
  const start = Date.now();
  await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'commit' });
  const before = await tab.locator('#shown').textContent();
  await tab.locator('#filter').pressSequentially('a');
  // Page code as strings: this script is compiled without the DOM's types.
  await tab.waitForFunction(`document.getElementById('shown').textContent !== ${JSON.stringify(before)}`);
  const total = Date.now() - start;
  const loaded = await tab.evaluate<number>(`Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)`);
  process.stdout.write(`run ${run}: index responds ${total} ms after opening (DOMContentLoaded at ${loaded} ms)\n`);
  await context.close();
}
await browser.close();
