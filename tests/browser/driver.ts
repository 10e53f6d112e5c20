// The one file that talks to the browser: Debian's Chromium driven by playwright-core.
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { PNG } from 'pngjs';

/**
 * One browser for a test file, launched before its tests and closed after them. The pages a test
 * opens are closed after it, so that maps left open don't slow down the tests that follow.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  let openBeforeTest = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await launchChromium();
  });
  beforeEach(() => {
    openBeforeTest = new Set(browser?.contexts());
  });
  afterEach(async () => {
    await Promise.all(
      (browser?.contexts() ?? []).filter((context) => !openBeforeTest.has(context)).map((context) => context.close()),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

/**
 * One page for the tests of a describe block that only look at it: opened and brought to the
 * state they look at before them, closed after them. Tests that change the page open their own.
 */
export function useSharedPage<Opened extends WatchedPage>(open: () => Promise<Opened>): () => Opened {
  let watched: Opened | undefined;
  beforeAll(async () => {
    watched = await open();
  });
  afterAll(async () => {
    await watched?.page.context().close();
  });
  return () => {
    if (!watched) throw new Error('shared page not opened');
    return watched;
  };
}

/** A page that records what a user would not want: console errors, page errors, off-origin requests. */
export type WatchedPage = {
  page: Page;
  consoleErrors: string[];
  offOriginRequests: string[];
};

const CSP_VIOLATION = 'CSP violation:';

/** The Content-Security-Policy violations a page has logged so far (they are console errors too). */
export function cspViolations(watched: WatchedPage): string[] {
  return watched.consoleErrors.filter((message) => message.startsWith(CSP_VIOLATION));
}

export type PageOptions = {
  viewport?: { width: number; height: number };
  /** Only for injecting test tools (axe) into a page served under a strict CSP. */
  bypassCSP?: boolean;
  /** Other origins of the test (an embedding host page). */
  alsoAllowed?: string[];
  /** The browser's language (navigator.languages), British English unless given. */
  locale?: string;
  /** A touch screen (a kiosk's): taps send touch events, and the page sees touch support. */
  hasTouch?: boolean;
};

export async function openPage(browser: Browser, baseUrl: string, options: PageOptions = {}): Promise<WatchedPage> {
  const viewport = options.viewport ?? { width: 1400, height: 900 };
  const context = await browser.newContext({
    viewport,
    locale: options.locale ?? 'en-GB',
    bypassCSP: options.bypassCSP ?? false,
    hasTouch: options.hasTouch ?? false,
  });
  // Content-Security-Policy violations in any frame are reported as console errors too.
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${prefix} ${event.violatedDirective} ${event.blockedURI}`);
    });
  }, CSP_VIOLATION);
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
  await context.route(
    (url) => !allowedOrigins.includes(url.origin) && url.protocol.startsWith('http'),
    (route) => route.abort(),
  );
  return watched;
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
