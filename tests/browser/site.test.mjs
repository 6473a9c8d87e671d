// Browser tests of the built default site (output/) in Debian's Chromium, driven by playwright-core.
// Run after a build: node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startSite, root } from './browser.mjs';

const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
let site;
let browser;
let base;

const pages = {
  city: '/',
  district: '/omraden/rinkeby-kista/',
  school: '/skolor/99648792/',
  suppressedSchool: '/skolor/46646143/',
  schoolIndex: '/skolor/',
  search: '/sok/?q=hasselby',
  method: '/metod/',
  about: '/om/',
  notFound: '/finns-inte/',
  downloads: '/data/',
  changes: '/andringar/',
  enDownloads: '/en/data/',
  enCity: '/en/',
  enDistrict: '/en/omraden/rinkeby-kista/',
  enSchool: '/en/skolor/99648792/',
  enSearch: '/en/sok/?q=skarholmen',
  enMethod: '/en/metod/',
  enNotFound: '/en/404.html',
};

before(async () => {
  site = await startSite();
  ({ browser, base } = site);
});

after(async () => site?.close());

// The search page has answered when its status no longer says it is searching.
function searched(page) {
  return page.waitForFunction(() => { const s = document.getElementById('search-status'); return s.textContent !== s.dataset.searching; });
}

// bypassCSP only for injecting axe-core, which is not part of the site.
async function open(url, width = 1280, bypassCSP = false) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy|strict CSP/.test(m.text())) problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400 && r.url() !== base + url) problems.push(`${r.status()}: ${r.url()}`); });
  page.on('response', (r) => { if (r.url() === base + url && r.status() >= 400 && !url.startsWith('/finns-inte')) problems.push(`${r.status()}: ${r.url()}`); });
  // Served directly, /en/404.html answers 200; only a missing path gets the 404 status.
  await page.goto(base + url, { waitUntil: 'networkidle' });
  return { page, problems };
}

for (const [kind, url] of Object.entries(pages)) {
  test(`${kind} page renders its charts with no console errors, no CSP violations and no failed requests`, async () => {
    const { page, problems } = await open(url);
    if (kind.toLowerCase().includes('search')) {
      await searched(page);
    }
    // Charts in collapsed sections are drawn when opened: open every section first.
    await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.querySelector('svg.main-svg')));
    const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => f.classList.contains('chart-drawn') && f.querySelector('svg.main-svg') !== null));
    assert.ok(charts.every(Boolean), `${charts.filter((c) => !c).length} of ${charts.length} charts not drawn`);
    if (['city', 'district', 'school', 'enCity', 'enDistrict', 'enSchool'].includes(kind)) {
      assert.ok(charts.length > 0, 'expected charts');
    }
    // The 404 page is itself served with status 404, which Chromium logs once; nothing else may fail.
    const expected = kind === 'notFound' ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    assert.deepEqual(problems, expected);
    await page.close();
  });
}

for (const kind of ['city', 'district', 'school', 'method', 'downloads', 'changes', 'enDownloads', 'search', 'notFound', 'schoolIndex', 'enCity', 'enDistrict', 'enSchool', 'enMethod', 'enSearch', 'enNotFound']) {
  test(`${kind} page has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
    const { page } = await open(pages[kind], 1280, true);
    if (kind.toLowerCase().includes('search')) {
      await searched(page);
    }
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(violations, []);
    await page.close();
  });
}

test('search finds Hässelby from "hasselby" and Skärholmen from "skarholmen", in both languages', async () => {
  for (const [prefix, query, expected] of [['', 'hasselby', 'Hässelby-Vällingby'], ['', 'skarholmen', 'Skärholmen'], ['/en', 'hasselby', 'Hässelby-Vällingby']]) {
    const { page } = await open(`${prefix}/sok/?q=${query}`);
    await searched(page);
    const titles = await page.$$eval('#search-results a', (links) => links.map((a) => a.textContent));
    assert.ok(titles.includes(expected), `${query}: ${titles.join(', ')}`);
    await page.close();
  }
});

test('a keyboard-only walk reaches the search, the language switch, the map districts and every table toggle', async () => {
  const { page } = await open('/');
  // A summary inside a collapsed section is reached once the section is open, as a reader opens it.
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  const toggles = await page.$$eval('details > summary', (s) => s.length);
  const reached = new Set();
  let districts = 0;
  let summaries = 0;
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      if (el.id === 'site-search-q') return 'search';
      if (el.classList && el.classList.contains('language-switch')) return 'language';
      if (el.closest && el.closest('.district-map') && el.tagName.toLowerCase() === 'a') return 'map:' + el.getAttribute('href');
      // Several summaries say "Citera": each is told apart by its place on the page.
      if (el.tagName.toLowerCase() === 'summary') return 'summary:' + [...document.querySelectorAll('summary')].indexOf(el);
      return el.tagName.toLowerCase();
    });
    if (reached.has(focused) && focused.startsWith('summary')) break;
    reached.add(focused);
  }
  for (const key of reached) {
    if (key.startsWith('map:')) districts++;
    if (key.startsWith('summary:')) summaries++;
  }
  assert.ok(reached.has('search'), 'search box not reached');
  assert.ok(reached.has('language'), 'language switch not reached');
  assert.equal(districts, 13, 'every district on the map is reachable');
  assert.equal(summaries, toggles, 'every table toggle is reachable');
  await page.close();
});

test('pages work from 320 px wide without sideways scrolling of the page', async () => {
  for (const url of [pages.city, pages.district, pages.school]) {
    const { page } = await open(url, 320);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${url}: ${width} px wide`);
    await page.close();
  }
});
