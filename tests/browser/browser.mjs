// The browser every browser test uses: Debian's Chromium, never a downloaded one, with nothing that calls home; and the
// built site served on 127.0.0.1 for it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Serves output/ and launches the browser; call from before(), and close() from after().
export async function startSite() {
  const server = await serve(path.join(root, 'output'));
  const browser = await launch();
  return {
    server,
    browser,
    base: `http://127.0.0.1:${server.address().port}`,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
