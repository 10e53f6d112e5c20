// An agency's web editor embeds the map as the Share / Embed dialog tells them: locks it to the
// programme shown, picks automatic height, copies the code and pastes it into a page of their own
// site. The app is deployed with a config.json that lists that site (tests/browser/sites.ts).
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { counts } from './app';
import { generatedDataset, serveBigDataset, waitForLargeData } from './datasets';
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

/** The agency's page with the copied code pasted into it, between its own heading and text. */
const agencyPage = (pasted: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Our region's Interreg projects</title>
    ${RECORD_MESSAGES}
  </head>
  <body style="margin: 0 8px">
    <h1>Our region's Interreg projects</h1>
    ${pasted}
    <p>Ask us about cooperating across the border.</p>
  </body>
</html>`;

let pasted = '';
let listedSite: Site;
let unlistedSite: Site;
let deployment: Deployment;

beforeAll(async () => {
  // 127.0.0.2 is another origin than the app's 127.0.0.1: the agency's site, which config.json lists.
  [listedSite, unlistedSite] = await Promise.all([
    serveHostPage('127.0.0.2', () => agencyPage(pasted)),
    serveHostPage('127.0.0.1', () => agencyPage(pasted)),
  ]);
  deployment = await serveDeployment(inject('appDist'), [listedSite.origin]);
});

afterAll(async () => {
  await Promise.all([listedSite, unlistedSite, deployment].map((site) => site?.close()));
});

/** What the editor embeds: the view they open the full app on, and the filters they lock. */
type EditorChoice = { view: string; locks: string[]; dataset?: string };

const LOCKED_PROGRAMME: EditorChoice = { view: '?programme=slovenia-hungary', locks: ['Programme'] };

/**
 * In the full app at `app`, showing the editor's view, they open Share / Embed, lock the filters
 * they chose, choose automatic height and copy the code with the dialog's button.
 */
async function copyEmbedCode(app: Site, { view, locks, dataset }: EditorChoice): Promise<string> {
  const { page, consoleErrors } = await openPage(browser(), app.url);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  if (dataset) await serveBigDataset(page, app.url, dataset);
  await page.goto(new URL(view, app.url).href);
  await waitForLargeData(page);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const share = page.getByRole('dialog');
  for (const lock of locks) await share.getByRole('checkbox', { name: lock, exact: true }).check();
  await share.getByRole('radio', { name: /Automatic/ }).check();
  // The dialog names the site the deployment lists.
  expect(await share.locator('.share-sites').textContent()).toContain(listedSite.origin);
  const shown = await share.getByLabel('Embed code (iframe)').inputValue();
  await share.getByRole('button', { name: 'Copy' }).nth(1).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(consoleErrors).toEqual([]);
  await page.context().close();
  return copied;
}

/** The one change the test makes to the copied code: the map publishes its camera (`debug=map`). */
const withMapDebug = (code: string) => code.replace('mode=embed', 'mode=embed&amp;debug=map');

/** The agency's page, its iframe `width` px wide, once something has loaded in the iframe. */
async function openAgencyPage(site: Site, app: Site, width: number, dataset?: string) {
  const viewport = { width: width + 16, height: 800 };
  const watched = await openPage(browser(), app.url, { viewport, alsoAllowed: [site.url] });
  if (dataset) await serveBigDataset(watched.page, app.url, dataset);
  await watched.page.goto(site.url);
  await watched.page.locator('iframe[data-loaded="true"]').waitFor({ timeout: 60_000 });
  const frame = await (await watched.page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no map frame');
  return { ...watched, frame };
}

const lastOfType = async (page: Page, type: string) => (await received(page)).filter((m) => m.type === type).at(-1);

/** The programme area's bounding box [w, s, e, n], from the areas file the app draws. */
function areaBounds(programme: string) {
  const areas = JSON.parse(readFileSync('data/programme-areas.geojson', 'utf8')) as FeatureCollection;
  return bbox({
    ...areas,
    features: areas.features.filter((feature) => feature.properties?.['programme'] === programme),
  });
}

/** What the map shows (it publishes its bounds under `debug=map`), once it has settled. */
async function mapBounds(frame: Frame): Promise<{ w: number; s: number; e: number; n: number }> {
  const map = frame.locator('[data-testid="map"][data-map-idle="true"]');
  await map.waitFor();
  const [w = NaN, s = NaN, e = NaN, n = NaN] = (await map.getAttribute('data-bounds'))!.split(',').map(Number);
  return { w, s, e, n };
}

describe('the code copied from the Share / Embed dialog, on a site config.json lists', () => {
  beforeAll(async () => {
    pasted = withMapDebug(await copyEmbedCode(deployment.withHeaders, LOCKED_PROGRAMME));
  });

  for (const width of [1200, 320]) {
    it(`embeds the map at ${width} px, which reports its height and state, and the frame grows to the height`, async () => {
      const { page, frame, consoleErrors } = await openAgencyPage(listedSite, deployment.withHeaders, width);
      await frame.locator('[role="status"][data-loaded="true"]').waitFor();
      await expect
        .poll(() => lastOfType(page, 'interreg-map:ready'))
        .toEqual({ type: 'interreg-map:ready', version: 1 });
      await expect
        .poll(async () => (await lastOfType(page, 'interreg-map:state'))?.['counts'])
        .toEqual({ projects: 1, partners: 2 });
      // The snippet's script sets the iframe to the height the app reports: its whole content,
      // so that nothing is left to scroll inside the frame.
      const iframe = page.locator('iframe');
      const frameHeight = () => iframe.evaluate((e) => e.clientHeight);
      const contentHeight = () =>
        frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
      // Settled once the rows have been measured: the frame as tall as reported, and as the content.
      await expect
        .poll(async () => {
          const [reported, frameNow, content, overflow] = await Promise.all([
            lastOfType(page, 'interreg-map:height').then((m) => m?.['height']),
            frameHeight(),
            contentHeight(),
            frame.evaluate(() => document.documentElement.scrollHeight - innerHeight),
          ]);
          return reported === frameNow && content === frameNow && overflow <= 1;
        })
        .toBe(true);

      // The result count is inside the frame as the host page shows it.
      const count = await frame.locator('[role="status"][data-projects]').evaluate((e) => e.getBoundingClientRect());
      expect(count.top).toBeGreaterThanOrEqual(0);
      expect(count.bottom).toBeLessThanOrEqual(await frameHeight());
      expect(await counts(frame)).toEqual({ projects: 1, partners: 2 });
      await frame.locator('[data-testid="map"][data-map-idle="true"]').waitFor();
      await page.screenshot({ path: `test-results/embed-host-pasted-${width}.png`, fullPage: true });
      expect(consoleErrors).toEqual([]);
    });
  }

  it("opens on the locked programme's area: the camera frames it, and not much more", async () => {
    const { frame } = await openAgencyPage(listedSite, deployment.withHeaders, 1200);
    await frame.locator('[role="status"][data-loaded="true"]').waitFor();
    const [w, s, e, n] = areaBounds('slovenia-hungary');
    let view = await mapBounds(frame);
    await expect
      .poll(async () => {
        view = await mapBounds(frame);
        return view.w <= w && view.s <= s && view.e >= e && view.n >= n;
      })
      .toBe(true);
    // Framed, not merely inside: the area fills a good part of the view across or up.
    expect(Math.max((e - w) / (view.e - view.w), (n - s) / (view.n - view.s))).toBeGreaterThan(0.4);
    expect(await frame.locator('.legend').textContent()).not.toContain('Alpine Space');
  });
});

describe('the same code on a site config.json does not list', () => {
  it('is refused by the browser', async () => {
    pasted = await copyEmbedCode(deployment.withHeaders, LOCKED_PROGRAMME);
    const { page, frame } = await openAgencyPage(unlistedSite, deployment.withHeaders, 1200);
    expect(await frame.locator('#root').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await received(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/embed-host-refused.png' });
  });

  it('is shown by a host that sets no headers, but the message API does not answer that site', async () => {
    // Copied from the app on a host that sets no headers: nothing stops any site framing it.
    pasted = await copyEmbedCode(deployment.withoutHeaders, LOCKED_PROGRAMME);
    const { page, frame } = await openAgencyPage(unlistedSite, deployment.withoutHeaders, 1200);
    await frame.locator('[role="status"][data-loaded="true"]').waitFor();
    await postToMap(page, deployment.withoutHeaders.origin, {
      type: 'interreg-map:setFilters',
      filters: { q: 'no project is called this' },
    });
    await page.waitForTimeout(1000);
    expect(await received(page)).toEqual([]);
    expect(await counts(frame)).toEqual({ projects: 1, partners: 2 });
    // Without the height messages the frame keeps the snippet's starting height.
    expect(await page.locator('iframe').evaluate((e) => e.clientHeight)).toBe(600);
  });
});

describe('the code for a view of tens of thousands of projects', () => {
  it(
    'shows the first 20 in its list and 20 more at each "Show 20 more": the frame does not grow to all of them',
    { timeout: 120_000 },
    async () => {
      const dataset = generatedDataset(30_000, 300);
      pasted = await copyEmbedCode(deployment.withHeaders, { view: '?data=big.json', locks: [], dataset });
      const { page, frame, consoleErrors } = await openAgencyPage(listedSite, deployment.withHeaders, 768, dataset);
      await frame.locator('[role="status"][data-loaded="true"]').waitFor({ timeout: 60_000 });
      expect(await counts(frame)).toEqual({ projects: 30_000, partners: 300 });
      const rows = frame.locator('#project-list li');
      const frameHeight = () => page.locator('iframe').evaluate((e) => e.clientHeight);
      const reported = async () => (await lastOfType(page, 'interreg-map:height'))?.['height'];
      await expect.poll(() => rows.count()).toBe(20);
      await expect.poll(async () => (await reported()) === (await frameHeight())).toBe(true);
      const first = await frameHeight();
      expect(first).toBeLessThan(4000);
      expect(await rows.first().getAttribute('aria-setsize')).toBe('30000');

      const showMore = frame.getByRole('button', { name: 'Show 20 more' });
      await showMore.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/embed-host-many.png' });
      await showMore.click();
      await expect.poll(() => rows.count()).toBe(40);
      await expect.poll(frameHeight).toBeGreaterThan(first + 20 * 50);
      await expect.poll(async () => (await reported()) === (await frameHeight())).toBe(true);
      expect(await frameHeight()).toBeLessThan(first * 2 + 100);
      expect(consoleErrors).toEqual([]);
    },
  );
});
