// Browser tests of Stockholms län (examples/stockholms-lan), built by .ci/run into the folder COUNTY_SITE names:
// the county's pages draw their charts with nothing failing, axe-core finds no WCAG 2.1 A/AA violations, and nothing
// scrolls sideways on a phone. Without COUNTY_SITE (a run after building only the default site) they are skipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, root } from './browser.mjs';
import { serve } from './serve.mjs';

const folder = process.env.COUNTY_SITE;
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
const pages = ['/', '/omraden/sodertalje/', '/skolor/31528772/', '/skolor/29154754/', '/en/', '/en/omraden/danderyd/', '/en/skolor/29154754/'];
let server;
let browser;
let base;

before(async () => {
  if (!folder) return;
  server = await serve(path.resolve(folder));
  browser = await launch();
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const url of pages) {
  test(`county ${url}: charts drawn, nothing fails, no WCAG 2.1 A/AA violations, no sideways scroll at 375 px`, { skip: !folder && 'COUNTY_SITE not set' }, async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, bypassCSP: true });
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    await page.goto(base + url, { waitUntil: 'networkidle' });
    await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.querySelector('svg.main-svg')));
    assert.ok(await page.$$eval('figure.chart', (f) => f.length) > 0, 'expected charts');
    assert.deepEqual(problems, []);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 375, `page is ${wide} px wide`);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.close();
  });
}
