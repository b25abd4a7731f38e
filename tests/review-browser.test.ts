/**
 * The review page in a real browser: Debian's Chromium driven by
 * playwright-core, the page opened from file: as a reader opens it. Without a
 * browser the test says so and is skipped, except under CI=true, where it fails.
 * Screenshots are written to test-artifacts/review/ (not committed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrtxRecord } from '../src/record/schema.js';
import { HOSTILE_PROFILE } from './review-fixture.js';
import { tempDir } from './temp.js';

const CHROMIUM = process.env.CRTX_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const ARTIFACTS = 'test-artifacts/review';

if (!haveBrowser) {
  const message = `the review page browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CRTX_CHROMIUM)`;
  if (process.env.CI === 'true') {
    it('runs the review page in a browser (required under CI)', () => {
      throw new Error(`CI=true but ${message}`);
    });
  } else {
    process.stderr.write(`skipped: ${message}\n`);
  }
}

/** Facts a record holds, counted from the record itself (not from the page's code). */
function expectedFacts(r: CrtxRecord): number {
  return 1 + r.aliases.length + (r.designation ? 1 : 0) + (r.founded ? 1 : 0) + r.leaders.length + (r.strength ? 1 : 0) + r.areas.length + r.funding.sources.length + r.funding.sponsors.length + r.events.length;
}

/** Every evidence span of a record: [start, end). */
function evidenceOf(r: CrtxRecord): Array<{ start: number; end: number }> {
  return [
    r.organization.evidence,
    ...r.aliases.map((a) => a.evidence),
    ...(r.designation ? [r.designation.evidence] : []),
    ...(r.founded ? [r.founded.evidence] : []),
    ...r.leaders.map((l) => l.evidence),
    ...(r.strength ? [r.strength.evidence] : []),
    ...r.areas.map((a) => a.evidence),
    ...r.funding.sources.map((s) => s.evidence),
    ...r.funding.sponsors.map((s) => s.evidence),
    ...r.events.flatMap((e) => [e.evidence, ...(e.location ? [e.location.evidence] : [])]),
  ];
}

describe.skipIf(!haveBrowser)('crtx review in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let records: CrtxRecord[];
  const outside: string[] = [];
  const errors: string[] = [];
  const dir = tempDir('crtx-review-');
  const html = join(dir, 'review.html');
  const hostile = join(dir, 'hostile.txt');
  const inputs = ['fixtures/diff/2020', 'fixtures/diff/2021', hostile];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(hostile, HOSTILE_PROFILE);
    const r = spawnSync('node', ['dist/bin/crtx.cjs', 'review', ...inputs, '--html', html], { encoding: 'utf8' });
    expect(r.stderr).toContain(`crtx: wrote ${html}: 9 organization(s)`);
    expect(r.status).toBe(0);
    const extracted = spawnSync('node', ['dist/bin/crtx.cjs', 'extract', ...inputs, '--stdout'], { encoding: 'utf8' });
    records = extracted.stdout.trim().split('\n').map((l) => JSON.parse(l) as CrtxRecord);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data):/.test(url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(resolve(html)).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads from file: without any other request, script error or CSP violation, and shows hostile text as text', async () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe("crtx review: 2020–2021, 9 organizations");
    expect(await page.locator('img').count()).toBe(0);
    const alias = page.locator('li.fact.f-aliases').filter({ hasText: '</script><img src=x onerror=' });
    await expect.poll(() => alias.count()).toBe(1);
    expect(await page.locator('.txt').filter({ hasText: "Its manifesto reads </script><script>document.title='pwned'</script>" }).count()).toBe(1);
    await shot('1-top');
  });

  it('highlights every fact of every record, each span exactly over its evidence', async () => {
    for (const r of records) {
      const text = readFileSync(r.source.path, 'utf8');
      const seen = await page.evaluate((id) => {
        const article = document.getElementById(id)!;
        const facts = new Set(Array.from(article.querySelectorAll<HTMLElement>('.txt [data-f]')).flatMap((el) => el.dataset.f!.split(' ')));
        const segments = Array.from(article.querySelectorAll<HTMLElement>('.txt [data-s]')).map((el) => [Number(el.dataset.s), el.textContent!, el.dataset.f ?? ''] as const);
        return { facts: facts.size, items: article.querySelectorAll('li.fact').length, segments };
      }, r.id);
      expect(seen.items, r.id).toBe(expectedFacts(r));
      expect(seen.facts, r.id).toBe(expectedFacts(r));
      const at = new Map(seen.segments.map(([start, t, f]) => [start, { t, f }]));
      for (const { start, end } of evidenceOf(r)) {
        let covered = '';
        for (let pos = start; pos < end; ) {
          const seg = at.get(pos);
          expect(seg?.f, `${r.id}: no highlight at ${pos} in evidence ${start}-${end}`).toBeTruthy();
          covered += seg!.t;
          pos += seg!.t.length;
        }
        expect(covered).toBe(text.slice(start, end));
      }
    }
  });

  it('clicking a fact scrolls its evidence into view and flashes it; clicking a highlight lists the facts it supports', async () => {
    const item = page.locator('li.fact.f-events').filter({ hasText: 'bombing in Mali' });
    const id = (await item.getAttribute('id'))!.slice(1);
    await item.click();
    const evidence = page.locator(`.txt [data-f~="${id}"]`).first();
    await expect.poll(() => evidence.getAttribute('class')).toContain('flash');
    const box = (await evidence.boundingBox())!;
    const barBottom = (await page.locator('.bar').boundingBox())!.height;
    expect(box.y).toBeGreaterThanOrEqual(barBottom);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await item.getAttribute('class')).toContain('cur');
    await shot('2-fact-clicked');

    await evidence.click();
    const pop = page.locator('#pop');
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator('a.pop-fact').allTextContents()).toEqual([`event: 2021-06 bombing in Mali (ML); killed 12, wounded 30; claimed`]);
    await shot('3-highlight-clicked');
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
  });

  it('sorts the incident table by a column, both ways', async () => {
    const killed = async () => (await page.locator('#incident-table tbody tr td:nth-child(5)').allTextContents()).map((t) => (t === '' ? -1 : Number(t.replace(/\D/g, ''))));
    const header = page.locator('#incident-table th', { hasText: 'Killed' });
    await header.click();
    const up = await killed();
    expect(up.length).toBeGreaterThan(2);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    const down = await killed();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.locator('#incident-table').scrollIntoViewIfNeeded();
    await shot('4-sorted');
  });

  it('keys: / focuses the filter, j/k step through facts, n goes to the next unconsumed sentence', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter');
    await page.keyboard.type('testland liberation');
    expect(await page.locator('#index tbody tr:not(.hidden)').count()).toBe(1);
    expect(await page.locator('article.org:not(.hidden)').count()).toBe(1);
    expect(await page.locator('#shown').textContent()).toBe('1 of 9 organizations');
    await shot('5-filtered');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j'); // after the clicked event: the next fact of the one organization shown
    const facts = await page.locator('article.org:not(.hidden) li.fact').evaluateAll((els) => els.map((e) => e.id));
    const current = () => page.locator('li.fact.cur').getAttribute('id');
    const at = facts.indexOf((await current())!);
    expect(at).toBeGreaterThan(0);
    await page.keyboard.press('k');
    expect(await current()).toBe(facts[at - 1]);
    await page.keyboard.press('k');
    expect(await current()).toBe(facts[at - 2]);
    await page.keyboard.press('j');
    expect(await current()).toBe(facts[at - 1]);

    await page.keyboard.press('n');
    const diag = page.locator('li.diag.d-u.cur');
    expect(await diag.count()).toBe(1);
    const diagId = (await diag.getAttribute('id'))!.slice(1);
    const sentence = page.locator(`.txt [data-d~="${diagId}"]`);
    expect((await sentence.allTextContents()).join('')).toBe('In 2020, TLF fighters held 45 positions along the border.');
    expect(await sentence.first().getAttribute('class')).toContain('flash');
    await shot('6-next-unconsumed');

    await page.locator('#filter').fill('');
    await page.locator('#filter').dispatchEvent('input');
    expect(await page.locator('article.org:not(.hidden)').count()).toBe(9);
  });

  it('has a print stylesheet: no sticky bar, no controls, every organization on its own page', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.bar').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.locator('article.org').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, '7-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
