// The built app on a static host: served with the header files its build wrote, only the sites
// config.json lists may frame it; on a host that sets no headers any site can frame it, but the
// message API still answers only the listed sites.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readHeadersFile, writeHeaderFiles, type Headers } from '../../scripts/lib/hostingHeaders';
import { counts } from './app';
import { openPage, useBrowser } from './driver';

const browser = useBrowser();

/**
 * A host site's page that frames `?src=` and keeps the messages from it on `window.received`;
 * the iframe gets `data-loaded` once something (the app or the browser's refusal) has loaded.
 */
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>An agency's page</title></head>
  <body>
    <iframe id="map" title="Interreg cooperation map" width="900" height="600"></iframe>
    <script>
      const src = new URL(new URLSearchParams(location.search).get('src'));
      const frame = document.getElementById('map');
      window.received = [];
      window.addEventListener('message', (event) => {
        if (event.origin === src.origin && event.source === frame.contentWindow) window.received.push(event.data);
      });
      frame.addEventListener('load', () => (frame.dataset.loaded = 'true'));
      frame.src = src.href;
    </script>
  </body>
</html>`;

type Site = { url: string; origin: string; close: () => Promise<void> };

async function serveHostPage(hostname: string): Promise<Site> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(HOST_PAGE);
  });
  await new Promise<void>((done) => server.listen(0, hostname, done));
  const url = `http://${hostname}:${(server.address() as AddressInfo).port}/`;
  return { url, origin: new URL(url).origin, close: () => new Promise((done) => server.close(() => done())) };
}

/** A static host serving the folder with these headers on every path (none: a host that can't set any). */
async function serveApp(dir: string, headers: Headers): Promise<Site & { server: PreviewServer }> {
  const server = await preview({
    configFile: false,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, headers: { ...headers } },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  return { url, origin: new URL(url).origin, server, close: () => server.close() };
}

// 127.0.0.2 is another origin than the app's 127.0.0.1: the site config.json lists.
let listedHost: Site;
let unlistedHost: Site;
let withHeaders: Site;
let withoutHeaders: Site;
let buildDir: string;

beforeAll(async () => {
  [listedHost, unlistedHost] = await Promise.all([serveHostPage('127.0.0.2'), serveHostPage('127.0.0.1')]);
  // The built app with a deployment's config.json, and the header files the build step writes from it.
  buildDir = mkdtempSync(join(tmpdir(), 'interreg-hosting-'));
  cpSync(resolve(inject('appDist')), buildDir, { recursive: true });
  const config = { parentOrigins: [listedHost.origin], parentOriginFromUrl: false, dataOrigins: [] };
  writeFileSync(join(buildDir, 'config.json'), JSON.stringify(config));
  writeHeaderFiles(buildDir);
  [withHeaders, withoutHeaders] = await Promise.all([
    serveApp(buildDir, readHeadersFile(buildDir)),
    serveApp(buildDir, {}),
  ]);
});

afterAll(async () => {
  await Promise.all([listedHost, unlistedHost, withHeaders, withoutHeaders].map((site) => site?.close()));
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

/** The host page with the app embedded from `app`; `claim`: the address names the host as parent. */
async function embed(host: Site, app: Site, claim = false) {
  const watched = await openPage(browser(), app.url, { alsoAllowed: [host.url] });
  const src = new URL('?mode=embed&controls=list', app.url);
  if (claim) src.searchParams.set('parentOrigin', host.origin);
  await watched.page.goto(`${host.url}?src=${encodeURIComponent(src.href)}`);
  await watched.page.locator('iframe#map[data-loaded="true"]').waitFor();
  const frame = await (await watched.page.locator('iframe#map').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no map frame');
  return { ...watched, frame };
}

const received = (page: Page) => page.evaluate(() => window.received ?? []);
const appLoaded = (frame: Frame) => frame.locator('[role="status"][data-loaded="true"]').waitFor();

function sendFilters(page: Page, appOrigin: string): Promise<void> {
  return page.evaluate((origin) => {
    const frame = document.querySelector('iframe');
    frame?.contentWindow?.postMessage(
      { type: 'interreg-map:setFilters', filters: { programme: ['slovenia-hungary'] } },
      origin,
    );
  }, appOrigin);
}

describe('served with the header files its build wrote', () => {
  it('names the sites config.json lists, and no other, in frame-ancestors', async () => {
    const policy = (await fetch(withHeaders.url)).headers.get('content-security-policy');
    expect(policy).toMatch(new RegExp(`frame-ancestors 'self' ${listedHost.origin}$`));
  });

  it('is embedded by a site config.json lists, which drives it by message', async () => {
    const { page, frame, consoleErrors } = await embed(listedHost, withHeaders);
    await appLoaded(frame);
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('interreg-map:ready');
    await sendFilters(page, withHeaders.origin);
    await expect
      .poll(async () => (await received(page)).filter((m) => m.type === 'interreg-map:state').at(-1)?.['counts'])
      .toEqual({ projects: 1, partners: 2 });
    expect(await counts(frame)).toEqual({ projects: 1, partners: 2 });
    expect(consoleErrors).toEqual([]);
  });

  it('is refused by the browser on a site config.json does not list', async () => {
    const { page, frame } = await embed(unlistedHost, withHeaders);
    expect(await frame.locator('#root').count()).toBe(0);
    await page.screenshot({ path: 'test-results/hosting-refused.png' });
    expect(await received(page)).toEqual([]);
  });
});

describe('served by a host that sets no headers', () => {
  it('can be framed by any site, but answers no messages from a site config.json does not list', async () => {
    // The host even names itself as the parent in the address, which this deployment turns off.
    const { page, frame } = await embed(unlistedHost, withoutHeaders, true);
    await appLoaded(frame);
    await sendFilters(page, withoutHeaders.origin);
    await page.waitForTimeout(1000);
    expect(await received(page)).toEqual([]);
    expect(await counts(frame)).toEqual({ projects: 5, partners: 46 });
  });
});
