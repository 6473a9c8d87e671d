// Compare and find similar: the comparison page with and without scripts, its address naming the schools, the
// similar-schools link, and sorting and filtering of the district's school table and the A–Ö list with the state in the
// address. Run after a build: node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startSite, root } from './browser.mjs';

const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
let site;
let browser;
let base;

before(async () => {
  site = await startSite();
  ({ browser, base } = site);
});

after(async () => site?.close());

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + url, { waitUntil: 'networkidle' });
  return { context, page, problems };
}

test('the comparison page draws each measure for the schools its address names, with tables of the same numbers', async () => {
  const { context, page, problems } = await open('/jamfor/?skolor=37416253,99648792');
  await page.waitForFunction(() => document.querySelectorAll('#compare-results figure.chart.chart-drawn').length === 3);
  const data = await (await fetch(`${base}/jamfor/skolor.json`)).json();
  const tables = await page.$$eval('#compare-results table', (ts) => ts.map((t) => ({
    heads: [...t.tHead.rows[0].cells].map((c) => c.textContent),
    rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.childNodes[0]?.textContent ?? '')),
  })));
  assert.equal(tables.length, 3);
  const schools = ['37416253', '99648792'].map((c) => data.schools.find((s) => s.code === c));
  assert.deepEqual(tables[0].heads.slice(1), schools.map((s) => s.name));
  data.years.forEach((year, y) => {
    const expected = schools.map((s) => (typeof s.values[0][y] === 'number' ? s.values[0][y].toFixed(1).replace('.', ',') : s.values[0][y] ?? '–'));
    assert.deepEqual(tables[0].rows[y], [year, ...expected]);
  });
  assert.deepEqual(tables[0].rows.at(-1).slice(1), schools.map((s) => s.verdicts[0]));
  // The sentence agrees with the table: the highest and lowest of the latest year.
  const sentence = await page.$eval('#compare-results figure.chart figcaption', (f) => f.textContent);
  const latest = schools.map((s) => ({ name: s.name, v: s.values[0].at(-1) })).sort((a, b) => b.v - a.v);
  assert.match(sentence, new RegExp(`högst ${latest[0].name} \\(${latest[0].v.toFixed(1).replace('.', ',')}\\)`));
  assert.deepEqual(problems, []);

  await page.fill('#compare-add', data.schools.find((s) => s.code === '46646143').name);
  await page.click('#compare-form button');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('skolor').split(',').length === 3);
  assert.equal(new URL(page.url()).searchParams.get('skolor'), '37416253,99648792,46646143');
  await page.click('#compare-chosen li:first-child button');
  assert.equal(new URL(page.url()).searchParams.get('skolor'), '99648792,46646143');
  await context.close();
});

test('the comparison page has no WCAG 2.1 A/AA violations', async () => {
  const { context, page } = await open('/jamfor/?skolor=37416253,99648792', { bypassCSP: true });
  await page.waitForFunction(() => document.querySelectorAll('#compare-results figure.chart.chart-drawn').length === 3);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
  await context.close();
});

test('without scripts the comparison page lists every school page', async () => {
  const { context, page } = await open('/jamfor/?skolor=37416253,99648792', { javaScriptEnabled: false });
  const links = await page.$$eval('noscript, .school-list a', (nodes) => nodes.length);
  const html = await page.content();
  assert.ok(links > 0);
  assert.ok((html.match(/href="\/skolor\/\d{8}\/"/g) ?? []).length >= 150, 'a link to every school');
  await context.close();
});

test('a school page links its similar schools and a comparison with them', async () => {
  const { context, page } = await open('/skolor/37416253/');
  const similar = await page.$$eval('#section-similar tbody th a', (a) => a.map((x) => x.getAttribute('href')));
  assert.equal(similar.length, 5);
  const href = await page.$eval('#section-similar a.compare-link', (a) => a.getAttribute('href'));
  const codes = new URL(href, base).searchParams.get('skolor').split(',');
  assert.equal(codes.length, 4);
  assert.equal(codes[0], '37416253');
  assert.deepEqual(codes.slice(1).map((c) => `/skolor/${c}/`), similar.slice(0, 3));
  await page.goto(base + href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('#compare-results figure.chart.chart-drawn').length === 3);
  assert.equal(await page.$$eval('#compare-results figure.chart .scatterlayer .trace', (t) => t.length / 3), 4);
  await context.close();
});

test('the district table sorts by a measure and filters by organizer, and the address keeps the state', async () => {
  const { context, page } = await open('/omraden/rinkeby-kista/');
  await page.selectOption('.sort-controls select[name=sortera]', 'merit_value');
  await page.selectOption('.sort-controls select[name=huvudman]', 'municipal');
  const rows = await page.$$eval('table[data-sortable] tbody tr:not([hidden])', (r) => r.map((x) => ({ o: x.dataset.organizer, v: x.dataset.merit_value })));
  assert.ok(rows.length > 0 && rows.every((r) => r.o === 'municipal'));
  const values = rows.map((r) => (r.v === '' ? -Infinity : Number(r.v)));
  assert.deepEqual(values, [...values].sort((a, b) => b - a), 'highest first, schools without a value last');
  const url = new URL(page.url());
  assert.deepEqual([url.searchParams.get('sortera'), url.searchParams.get('ordning'), url.searchParams.get('huvudman')], ['merit_value', 'fallande', 'municipal']);
  await page.goto(page.url(), { waitUntil: 'networkidle' });
  const again = await page.$$eval('table[data-sortable] tbody tr:not([hidden])', (r) => r.map((x) => x.dataset.merit_value));
  assert.deepEqual(again, rows.map((r) => r.v));
  await context.close();
});

test('the A–Ö list sorts by a measure and filters by organizer', async () => {
  const { context, page } = await open('/skolor/?sortera=merit_value&ordning=fallande&huvudman=independent');
  const items = await page.$$eval('ol.school-list.sorted li:not([hidden])', (li) => li.map((x) => ({ o: x.dataset.organizer, v: x.dataset.merit_value })));
  assert.ok(items.length > 10);
  assert.ok(items.every((i) => i.o === 'independent'));
  const values = items.map((i) => (i.v === '' ? -Infinity : Number(i.v)));
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.equal(await page.$eval('.letter-group', (g) => g.hidden), true);
  await context.close();
});
