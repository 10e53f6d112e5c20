// The regions layer: NUTS regions on the map, hovered by name, clicked into the region filter;
// Interreg Europe leaves clicks to what lies under it; the home button frames the result.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Region = { code: string; point: [number, number] };
const regions = (JSON.parse(readFileSync('data/regions/index.json', 'utf8')) as { regions: Region[] }).regions;
const regionPoint = (code: string) => regions.find((region) => region.code === code)!.point;

type Partner = { location: { lon: number; lat: number } | null };
const placed = (JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { partners: Partner[] }).partners.flatMap(
  (partner) => (partner.location ? [partner.location] : []),
);

/** The part of the world the map shows, as it publishes it under debug=map: west, south, east, north. */
async function shownBounds(page: Page): Promise<[number, number, number, number]> {
  await waitForMap(page);
  const bounds = await page.locator('[data-testid="map"]').getAttribute('data-bounds');
  return bounds!.split(',').map(Number) as [number, number, number, number];
}

/** Where a place is on the page, from the bounds the map shows (Web Mercator). */
async function onPage(page: Page, [lon, lat]: [number, number]): Promise<{ x: number; y: number }> {
  const [west, south, east, north] = await shownBounds(page);
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const mercator = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return {
    x: box.x + ((lon - west) / (east - west)) * box.width,
    y: box.y + ((mercator(north) - mercator(lat)) / (mercator(north) - mercator(south))) * box.height,
  };
}

async function expectEveryPartnerShown(page: Page): Promise<void> {
  const [west, south, east, north] = await shownBounds(page);
  for (const { lon, lat } of placed) {
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
  }
}

const regionLayer = (page: Page) => page.getByLabel('Regions on the map');

describe('the regions layer', () => {
  it('names a region under the pointer, and a click on it sets the region filter', async () => {
    // Given the map framed on Pomurska (the region filter of the address), NUTS 3 regions shown
    // and the map zoomed out a step, so that its neighbours are in view.
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?region=SI031');
    await regionLayer(page).selectOption({ label: 'NUTS 3' });
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const before = await counts(page);
    await page.screenshot({ path: 'test-results/regions-nuts3-slovenia.png' });

    expect(before).toEqual({ projects: 1, partners: 2 });

    // When the reader points at Vas, in Hungary next door, where no partner is, then clicks it.
    const vas = await onPage(page, regionPoint('HU222'));
    await page.mouse.move(vas.x, vas.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toBe('Vas (HU222)');
    await page.screenshot({ path: 'test-results/regions-hover.png' });
    await page.mouse.click(vas.x, vas.y);

    // Then Vas is the region filter, in the address and in the counts.
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('HU222');
    expect(await counts(page)).toEqual({ projects: 0, partners: 0 });

    // And Escape on the map, or the map's chip, goes back to anywhere.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    await page.mouse.click(vas.x, vas.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('HU222');
    await page.getByRole('button', { name: 'Clear the region' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(consoleErrors).toEqual([]);
  });

  it('credits EuroGeographics for the boundaries', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    expect(await page.locator('.map-attribution').textContent()).toContain(
      '© EuroGeographics for the administrative boundaries',
    );
  });
});

describe('Interreg Europe, which covers all of Europe', () => {
  it('takes no click at sea, nor on land that only it covers, with the regions off', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    await regionLayer(page).selectOption({ label: 'Off' });
    await waitForMap(page);
    for (const place of [
      [-3.7, 40.4], // Madrid: in no other programme area
      [4.5, 39.5], // the Balearic Sea
    ] as [number, number][]) {
      const { x, y } = await onPage(page, place);
      await page.mouse.click(x, y);
      await waitForMap(page);
    }
    expect(await detailPanel(page).count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('area')).toBeNull();
  });
});

describe('the home button', () => {
  it('frames all of the data when nothing is filtered', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForMap(page);
    await page.getByRole('button', { name: 'Show the whole result' }).click();
    await expectEveryPartnerShown(page);
    await page.screenshot({ path: 'test-results/home-all-data.png' });
    await page.locator('.legend').screenshot({ path: 'test-results/legend.png' });
  });

  it('is where Reset returns the camera', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?programme=slovenia-hungary');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForMap(page);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => counts(page)).toEqual({ projects: 5, partners: 46 });
    await expectEveryPartnerShown(page);
  });
});
