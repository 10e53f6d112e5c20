// The one file that talks to the browser: Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/** One browser for a test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

/** A page that records what a user would not want: console errors, page errors, off-origin requests. */
export type WatchedPage = {
  page: Page;
  consoleErrors: string[];
  offOriginRequests: string[];
};

export type PageOptions = {
  viewport?: { width: number; height: number };
  /** Only for injecting test tools (axe) into a page served under a strict CSP. */
  bypassCSP?: boolean;
  /** Other origins of the test (an embedding host page). */
  alsoAllowed?: string[];
};

export async function openPage(browser: Browser, baseUrl: string, options: PageOptions = {}): Promise<WatchedPage> {
  const viewport = options.viewport ?? { width: 1400, height: 900 };
  const context = await browser.newContext({ viewport, locale: 'en-GB', bypassCSP: options.bypassCSP ?? false });
  // Content-Security-Policy violations in any frame are reported as console errors too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const allowedOrigins = [baseUrl, ...(options.alsoAllowed ?? [])].map((url) => new URL(url).origin);
  const watched: WatchedPage = { page, consoleErrors: [], offOriginRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !allowedOrigins.includes(new URL(url).origin)) {
      watched.offOriginRequests.push(url);
    }
  });
  // Nothing may leave the test's origins: such requests are recorded above and never answered.
  await context.route((url) => !allowedOrigins.includes(url.origin) && url.protocol.startsWith('http'), (route) => route.abort());
  return watched;
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
