// Cite, download, embed: every chart's permalink, source and citation, its image and data made in the browser, and the
// embed pages, the only pages another site may frame. Run after a build: node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { startSite } from './browser.mjs';

let site;
let other;
let browser;
let base;
let otherBase;

before(async () => {
  site = await startSite();
  ({ browser, base } = site);
  // Another site, on another origin, that frames our pages.
  other = http.createServer((request, response) => {
    const src = new URL(request.url, 'http://x').searchParams.get('src');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><title>other</title><iframe id="f" src="${base}${src}" width="700" height="600"></iframe>`);
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherBase = `http://127.0.0.1:${other.address().port}`;
});

after(async () => {
  await site?.close();
  other?.close();
});

test('every chart has a permalink, its source and dates inside the figure, and a citation with its address', async () => {
  const page = await browser.newPage();
  for (const url of ['/', '/omraden/rinkeby-kista/', '/skolor/37416253/', '/en/skolor/37416253/']) {
    await page.goto(base + url, { waitUntil: 'networkidle' });
    const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => ({
      id: f.id,
      permalink: f.querySelector('a.permalink')?.getAttribute('href'),
      source: f.querySelector('figcaption .chart-source')?.textContent ?? '',
      cite: f.querySelector('details.cite p')?.textContent ?? '',
      title: f.querySelector('figcaption strong')?.textContent.replace(/\.$/, ''),
    })));
    assert.ok(charts.length > 0, url);
    assert.ok(url !== '/' || charts.some((c) => c.id === 'diagram-official'), 'the city page has the official history chart');
    for (const c of charts) {
      assert.equal(c.permalink, `#${c.id}`, url);
      // Every chart names its data's period and dates; the municipality reports were downloaded without a recorded
      // date, and their charts say so instead. Skolverket's official history cites its own workbook: ten school years
      // from 2015/16, retrieved 2026-01-11 (data/official/*.meta.json), not the school results' years and dates.
      const official = c.id === 'diagram-official';
      const dated = official
        ? c.source.includes('2015/16–2024/25') && c.source.includes('2026-01-11') && !c.source.includes('2026-04-21')
        : c.source.includes('2026-04-21') || (c.id === 'diagram-spending' && /hämtningsdag inte registrerad|retrieval date not recorded/.test(c.source));
      assert.match(c.source, c.id === 'diagram-spending' ? /2024/ : /2024\/25/, `${url} ${c.id}: ${c.source}`);
      assert.ok(dated, `${url} ${c.id}: ${c.source}`);
      const citedDate = official ? c.cite.includes('2015/16–2024/25') && c.cite.includes('2026-01-11') : c.cite.includes('2026-04-21') || (c.id === 'diagram-spending' && c.cite.includes('Kostnader per kommun'));
      assert.ok(c.cite.includes(c.title) && c.cite.includes(`${url}#${c.id}`) && citedDate, `${url}: ${c.cite}`);
    }
  }
  await page.close();
});

test('a permalink to a chart in a collapsed section opens the section and shows the chart', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(`${base}/skolor/37416253/#diagram-need_index`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('#diagram-need_index svg.main-svg'));
  await page.waitForTimeout(400);
  const top = await page.evaluate(() => document.getElementById('diagram-need_index').getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 740, `the chart is at ${top} px`);
  await page.close();
});

test('the data download has exactly the chart\'s numbers in both dialects, and the image downloads are made in the browser', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.goto(`${base}/skolor/37416253/`, { waitUntil: 'networkidle' });
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  await page.waitForFunction(() => !document.querySelector('#diagram-merit_value .chart-downloads').hidden);
  const traces = await page.$eval('#diagram-merit_value script.chart-data', (s) => JSON.parse(s.textContent).traces);
  const expected = traces.flatMap((t) => t.x.map((x, i) => [t.name, x, t.y[i] === null ? '' : String(t.y[i])]));
  const file = async (selector) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };
  const rfc = await file('#diagram-merit_value button[data-csv="rfc"]');
  const rows = rfc.bytes.toString('utf8').trimEnd().split('\r\n').map((l) => l.split(','));
  assert.equal(rfc.name, 'skolor-37416253-merit_value.csv');
  assert.deepEqual(rows[0], ['series', 'school_year', 'value']);
  assert.deepEqual(rows.slice(1), expected);
  const excel = await file('#diagram-merit_value button[data-csv="excel"]');
  const text = excel.bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeffSerie;Läsår;Värde\r\n'), text.slice(0, 40));
  assert.deepEqual(text.slice(1).trimEnd().split('\r\n').slice(1).map((l) => l.split(';')), expected.map((r) => [r[0], r[1], r[2].replace('.', ',')]));
  const png = await file('#diagram-merit_value button[data-image="png"]');
  assert.equal(png.name, 'skolor-37416253-merit_value.png');
  assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const svg = await file('#diagram-merit_value button[data-image="svg"]');
  const svgText = svg.bytes.toString('utf8');
  assert.ok(svgText.includes('<svg') && svgText.includes('2026-04-21') && svgText.includes('Meritvärde per läsår'), 'the image carries the title and the source with its date');
  assert.deepEqual(requests, [], 'nothing leaves the site');
  await context.close();
});

test('an embed page draws its chart inside another site\'s frame; every other page refuses to be framed', async () => {
  const page = await browser.newPage();
  const embed = '/inbadda/?sida=%2Fskolor%2F37416253%2F&diagram=merit_value';
  await page.goto(`${otherBase}/?src=${encodeURIComponent(embed)}`, { waitUntil: 'networkidle' });
  const frame = page.frames().find((f) => f.url().startsWith(base));
  await frame.waitForSelector('figure.chart svg.main-svg');
  assert.match(await frame.$eval('figcaption', (f) => f.textContent), /Meritvärde per läsår/);

  for (const url of ['/skolor/37416253/', '/', '/en/', '/data/']) {
    await page.goto(`${otherBase}/?src=${encodeURIComponent(url)}`, { waitUntil: 'networkidle' });
    const framed = page.frames().find((f) => f !== page.mainFrame());
    // Chromium shows its own error page ("127.0.0.1 is blocked") in place of a page that refuses the frame.
    const shown = await framed.evaluate(() => document.querySelector('.site-header') !== null).catch(() => false);
    assert.equal(shown, false, `${url} was shown inside another site's frame`);
  }
  await page.close();
});

test('an embed page names only charts of this site', async () => {
  const page = await browser.newPage();
  for (const query of ['?sida=%2F%2Fevil.example%2F&diagram=merit_value', '?sida=%2F%5Cevil.example%2F&diagram=merit_value', '?sida=%2Fskolor%2F37416253%2F&diagram=x%22%3E']) {
    await page.goto(`${base}/inbadda/${query}`, { waitUntil: 'networkidle' });
    assert.match(await page.$eval('#embed', (m) => m.textContent), /finns inte/, query);
  }
  await page.close();
});

test('every table can be downloaded with exactly the cells it shows, in both dialects', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/omraden/rinkeby-kista/`, { waitUntil: 'networkidle' });
  const tables = await page.$$eval('main table.data', (t) => t.length);
  assert.equal(await page.$$eval('.table-downloads', (b) => b.length), tables);
  // The district's school table: names, organizers, pupils and values, markers as markers.
  const index = await page.$$eval('main table.data', (all) => all.findIndex((t) => t.hasAttribute('data-sortable')));
  const buttons = page.locator('.table-downloads').nth(index).locator('button');
  const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(0).click()]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  const shown = await page.$$eval('main table.data', (all, i) => [...all[i].tBodies[0].rows].map((r) => [...r.cells].map((c) => {
    const copy = c.cloneNode(true);
    copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  })), index);
  assert.equal(lines.length, shown.length + 1);
  const first = lines[1].split(',');
  assert.equal(first[0], shown[0][0]);
  assert.equal(first[3], shown[0][3].replace(',', '.'), 'the RFC 4180 file has a decimal point');
  const [excel] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
  const excelLines = fs.readFileSync(await excel.path(), 'utf8').slice(1).trimEnd().split('\r\n');
  assert.deepEqual(excelLines.slice(1).map((l) => l.split(';')), shown);
  await context.close();
});
