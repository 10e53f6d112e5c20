// The built app on a static host: served with the header files its build wrote, only the sites
// config.json lists may frame it; on a host that sets no headers any site can frame it, but the
// message API still answers only the listed sites.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { counts } from './app';
import { openPage, useBrowser } from './driver';
import {
  postToMap,
  RECORD_MESSAGES,
  received,
  serveDeployment,
  serveHostPage,
  type Deployment,
  type Site,
} from './sites';

const browser = useBrowser();

/** A host site's page that frames `?src=` and records what happens in it (RECORD_MESSAGES). */
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>An agency's page</title>${RECORD_MESSAGES}</head>
  <body>
    <iframe id="map" title="Interreg cooperation map" width="900" height="600"></iframe>
    <script>
      document.getElementById('map').src = new URLSearchParams(location.search).get('src');
    </script>
  </body>
</html>`;

// 127.0.0.2 is another origin than the app's 127.0.0.1: the site config.json lists.
let listedHost: Site;
let unlistedHost: Site;
let deployment: Deployment;
let withHeaders: Site;
let withoutHeaders: Site;

beforeAll(async () => {
  [listedHost, unlistedHost] = await Promise.all([
    serveHostPage('127.0.0.2', () => HOST_PAGE),
    serveHostPage('127.0.0.1', () => HOST_PAGE),
  ]);
  deployment = await serveDeployment(inject('appDist'), [listedHost.origin]);
  ({ withHeaders, withoutHeaders } = deployment);
});

afterAll(async () => {
  await Promise.all([listedHost, unlistedHost, deployment].map((site) => site?.close()));
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

const appLoaded = (frame: Frame) => frame.locator('[role="status"][data-loaded="true"]').waitFor();

const onlySloveniaHungary: MapMessage = {
  type: 'interreg-map:setFilters',
  filters: { programme: ['slovenia-hungary'] },
};

describe('served with the header files its build wrote', () => {
  it('names the sites config.json lists, and no other, in frame-ancestors', async () => {
    const policy = (await fetch(withHeaders.url)).headers.get('content-security-policy');
    expect(policy).toMatch(new RegExp(`frame-ancestors 'self' ${listedHost.origin}$`));
  });

  it('is embedded by a site config.json lists, which drives it by message', async () => {
    const { page, frame, consoleErrors } = await embed(listedHost, withHeaders);
    await appLoaded(frame);
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('interreg-map:ready');
    await postToMap(page, withHeaders.origin, onlySloveniaHungary);
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
    await postToMap(page, withoutHeaders.origin, onlySloveniaHungary);
    await page.waitForTimeout(1000);
    expect(await received(page)).toEqual([]);
    expect(await counts(frame)).toEqual({ projects: 5, partners: 46 });
  });
});
