// The site on a phone: a swipe that starts on a chart scrolls the page, a tap shows the values, and no two pieces of
// a chart's text cover each other at 320, 375 or 1280 px. Run after a build: node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './browser.mjs';

let site;
let browser;
let base;

// Between them every chart kind: years (school, district, city), bars and scatter (city), in both languages.
const chartPages = ['/', '/omraden/rinkeby-kista/', '/skolor/37416253/', '/en/', '/en/skolor/99648792/', '/jamfor/?skolor=37416253,99648792,46646143,37796564'];

before(async () => {
  site = await startSite();
  ({ browser, base } = site);
});

after(async () => site?.close());

// Opens every collapsed section, as a reader would, and waits until the charts in them are drawn.
async function openAll(page) {
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.querySelector('svg.main-svg')));
}

async function phone(url, width = 375) {
  const context = await browser.newContext({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(base + url, { waitUntil: 'networkidle' });
  await openAll(page);
  return { context, page, cdp: await context.newCDPSession(page) };
}

// A real touch gesture through Chromium's input pipeline: a finger down on the point, moved up 150 px, lifted.
async function swipeUp(cdp, x, y) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 15 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a swipe that starts on any chart scrolls the page, on every chart kind', async () => {
  const kinds = new Set();
  for (const url of ['/', '/skolor/37416253/']) {
    const { context, page, cdp } = await phone(url);
    const count = await page.$$eval('figure.chart .chart-canvas', (c) => c.length);
    for (let i = 0; i < count; i++) {
      const { x, y, kind } = await page.evaluate((i) => {
        const figure = document.querySelectorAll('figure.chart')[i];
        const canvas = figure.querySelector('.chart-canvas');
        canvas.scrollIntoView({ block: 'center' });
        const r = canvas.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, kind: JSON.parse(figure.querySelector('script.chart-data').textContent).kind };
      }, i);
      await page.waitForTimeout(50);
      const start = await page.evaluate(() => window.scrollY);
      await swipeUp(cdp, x, y);
      await page.waitForTimeout(250);
      const moved = (await page.evaluate(() => window.scrollY)) - start;
      assert.ok(y > 0 && y < 740, `${url}: chart ${i} is not on the screen`);
      assert.ok(moved >= 100, `${url}: chart ${i} (${kind}) moved the page ${moved} px`);
      kinds.add(kind);
    }
    await context.close();
  }
  assert.deepEqual([...kinds].sort(), ['bars', 'scatter', 'years']);
});

test('a tap on a chart still shows its values', async () => {
  const { context, page } = await phone('/skolor/37416253/');
  const box = await page.evaluate(() => {
    const point = document.querySelector('figure.chart .scatterlayer .point');
    point.scrollIntoView({ block: 'center' });
    const r = point.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.touchscreen.tap(box.x, box.y);
  await page.waitForTimeout(200);
  const hover = await page.$$eval('figure.chart .hoverlayer text', (t) => t.map((e) => e.textContent).join(' '));
  assert.match(hover, /\d/, 'no values shown after a tap');
  await context.close();
});

test('no two pieces of text in a chart overlap, and none leaves its figure, at 320, 375 and 1280 px', async () => {
  for (const width of [320, 375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const url of chartPages) {
      await page.goto(base + url, { waitUntil: 'networkidle' });
      await openAll(page);
      const problems = await page.$$eval('figure.chart', (figures) => figures.flatMap((f, n) => {
        const frame = f.getBoundingClientRect();
        const boxes = [...f.querySelectorAll('svg text')].filter((t) => t.textContent.trim() !== '')
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter((b) => b.r.width > 0);
        const found = [];
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i].r;
          if (a.left < frame.left - 1 || a.right > frame.right + 1) found.push(`chart ${n}: “${boxes[i].text}” leaves the figure`);
          for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j].r;
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
              found.push(`chart ${n}: “${boxes[i].text}” × “${boxes[j].text}”`);
            }
          }
        }
        return found;
      }));
      assert.deepEqual(problems, [], `${url} at ${width} px`);
    }
    await page.close();
  }
});

test('at 375 px every table shows all its columns without sideways scrolling, and captions wrap', async () => {
  for (const url of ['/', '/omraden/rinkeby-kista/', '/skolor/37416253/', '/en/skolor/99648792/']) {
    const { context, page } = await phone(url);
    const problems = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found = [];
      for (const region of document.querySelectorAll('.table-scroll')) {
        if (region.scrollWidth > region.clientWidth + 1) found.push(`scrolls: ${region.querySelector('caption')?.textContent}`);
      }
      for (const cell of document.querySelectorAll('table.data td, table.data tbody th, table.data caption')) {
        const r = cell.getBoundingClientRect();
        if (r.width > 0 && (r.right > width + 1 || r.left < -1)) found.push(`cut: ${cell.textContent.trim().slice(0, 40)}`);
      }
      return found;
    });
    assert.deepEqual(problems, [], url);
    await context.close();
  }
});

test('at 320 and 375 px no page is wider than the screen, and no Markdown table breaks a name or a marker', async () => {
  const pages = ['/', '/metod/', '/omraden/rinkeby-kista/', '/skolor/37416253/', '/en/', '/en/metod/', '/en/omraden/rinkeby-kista/', '/en/skolor/99648792/'];
  for (const width of [320, 375]) {
    for (const url of pages) {
      const { context, page } = await phone(url, width);
      const problems = await page.evaluate(() => {
        const found = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} px wide`);
        // A Markdown table's first columns (names, markers such as "~100"); a word may break at its own hyphen or dash.
        for (const cell of document.querySelectorAll('.prose td:not(:last-child)')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.data.matchAll(/[^\s\-–]+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) found.push(`broken: ${word[0]}`);
            }
          }
        }
        return found;
      });
      assert.deepEqual(problems, [], `${url} at ${width} px`);
      await context.close();
    }
  }
});

test('a school page answers its three questions in the first screen of a phone', async () => {
  const { context, page } = await phone('/skolor/37416253/');
  await page.evaluate(() => window.scrollTo(0, 0));
  const answers = await page.$$eval('.answers dl > div', (items) => items.map((d) => ({ top: d.getBoundingClientRect().top + window.scrollY, text: d.textContent })));
  assert.equal(answers.length, 3);
  assert.ok(answers[2].top < 740, `the third answer starts at ${answers[2].top} px`);
  await context.close();
});

test('the home page at 375 px is at most half as tall as before this issue (13,804 px)', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 6902, `${height} px`);
  await page.close();
});
