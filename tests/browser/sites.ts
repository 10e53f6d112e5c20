// The sites of the hosting tests: an agency's host page on a site of its own, and a deployment of
// the built app with its own config.json, served with the header files its build wrote or by a
// host that sets none.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type Plugin } from 'vite';
import { hostingHeaders, writeHeaderFiles } from '../../scripts/lib/hostingHeaders';

export type Site = { url: string; origin: string; close: () => Promise<void> };

/**
 * A host page's script that keeps every message from its map iframe on `window.received`
 * (tests/browser/fixtures/hostPages.d.ts) and gives the iframe `data-loaded` once something (the
 * app or the browser's refusal) has loaded in it; it goes before the iframe, so that it hears `ready`.
 */
export const RECORD_MESSAGES = `<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    const frame = document.querySelector('iframe');
    if (frame && event.source === frame.contentWindow) window.received.push(event.data);
  });
  // An iframe's load event does not bubble, but the document sees it on its way down.
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLIFrameElement) event.target.dataset.loaded = 'true';
  }, true);
</script>`;

/** What a host page has received from its map so far. */
export const received = (page: Page) => page.evaluate(() => window.received ?? []);

/** The host page sends its map iframe a message, to the app's origin. */
export function postToMap(page: Page, appOrigin: string, message: MapMessage): Promise<void> {
  return page.evaluate(([origin, m]) => document.querySelector('iframe')?.contentWindow?.postMessage(m, origin), [
    appOrigin,
    message,
  ] as const);
}

/**
 * A host site on `hostname` (127.0.0.2 is another origin than the app's 127.0.0.1) serving the
 * page `page()` gives at the time of the request on every path.
 */
export async function serveHostPage(hostname: string, page: () => string): Promise<Site> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page());
  });
  await new Promise<void>((done) => server.listen(0, hostname, done));
  const url = `http://${hostname}:${(server.address() as AddressInfo).port}/`;
  return { url, origin: new URL(url).origin, close: () => new Promise((done) => server.close(() => done())) };
}

/** The app in `dir` as a static host serves it: `plugins` are the preview's, none for a host that sets no headers. */
async function serveApp(dir: string, plugins: Plugin[]): Promise<Site> {
  const server = await preview({
    configFile: false,
    plugins,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  return { url, origin: new URL(url).origin, close: () => server.close() };
}

export type Deployment = { withHeaders: Site; withoutHeaders: Site; close: () => Promise<void> };

/**
 * The built app (`appDist`) deployed with a config.json that lists `parentOrigins`: served with
 * the header files the build step writes from it (as `npm start` serves them), and by a host
 * that sets no headers at all.
 */
export async function serveDeployment(appDist: string, parentOrigins: readonly string[]): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'interreg-deployment-'));
  cpSync(resolve(appDist), dir, { recursive: true });
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ parentOrigins, parentOriginFromUrl: false, dataOrigins: [] }),
  );
  writeHeaderFiles(dir);
  const [withHeaders, withoutHeaders] = await Promise.all([serveApp(dir, [hostingHeaders()]), serveApp(dir, [])]);
  return {
    withHeaders,
    withoutHeaders,
    close: async () => {
      await Promise.all([withHeaders.close(), withoutHeaders.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
