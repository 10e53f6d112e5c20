// The one file that talks to the browser: Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** A page that records what a user would not want: console errors, page errors, off-origin requests. */
export type WatchedPage = {
  page: Page;
  consoleErrors: string[];
  offOriginRequests: string[];
};

export async function openPage(browser: Browser, baseUrl: string, viewport = { width: 1400, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const watched: WatchedPage = { page, consoleErrors: [], offOriginRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      watched.offOriginRequests.push(url);
    }
  });
  // Nothing may leave the origin: such requests are recorded above and never answered.
  await context.route((url) => url.origin !== origin && url.protocol.startsWith('http'), (route) => route.abort());
  return watched;
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
