// Screenshots of pages at a given width, for a person to look at: node shot.mjs <output> <width> <path>...
import { chromium } from 'playwright-core';
import path from 'node:path';
import { serve } from './serve.mjs';

const [root, width, ...paths] = process.argv.slice(2);
const server = await serve(path.resolve(root));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
page.on('requestfailed', (r) => console.log('failed request:', r.url()));
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  const file = `/tmp/shot-${width}${p.replace(/\//g, '_')}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close();
server.close();
