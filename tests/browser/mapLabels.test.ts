// Country labels in the reader's language (towns in their local names), on the map as it is.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loseMapContext, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Slovenia and Austria framed by the region filter: the map opens at about zoom 6 over them. */
const OVER_SLOVENIA_AND_AUSTRIA = 'region=AT,SI';

/** The country names the map draws; it says so only when opened with `debug=map` (as `visit` does). */
async function countryLabels(page: Page): Promise<string[]> {
  await waitForMap(page);
  const value = await page.locator('[data-testid="map"]').getAttribute('data-country-labels');
  if (value === null)
    throw new Error('the map publishes data-country-labels only under debug=map: open it with visit()');
  return value.split('|');
}

async function chooseLanguage(page: Page, label: string, name: string): Promise<void> {
  await page.getByLabel(label).selectOption({ label: name });
}

describe('country labels', () => {
  it("are in the reader's language, towns in their own", async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, `?lang=sl&${OVER_SLOVENIA_AND_AUSTRIA}`);

    expect(await countryLabels(page)).toEqual(expect.arrayContaining(['Avstrija', 'Slovenija', 'Hrvaška']));
    expect(Number(await page.locator('[data-testid="map"]').getAttribute('data-zoom'))).toBeGreaterThan(5.5);
    await page.screenshot({ path: 'test-results/map-labels-sl.png' });
    expect(consoleErrors).toEqual([]);
  });

  it('follow a new language on the same map, with nothing loaded again', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, `?lang=sl&${OVER_SLOVENIA_AND_AUSTRIA}`);
    expect(await countryLabels(page)).toContain('Avstrija');
    // A map made again would have a canvas of its own and fetch its basemap again.
    await page.locator('[data-testid="map"] canvas').evaluate((canvas) => (canvas.dataset['before'] = 'yes'));
    const basemapRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('basemap-')) basemapRequests.push(request.url());
    });

    await chooseLanguage(page, 'Jezik', 'Deutsch');

    await expect.poll(() => countryLabels(page)).toEqual(expect.arrayContaining(['Österreich', 'Slowenien']));
    expect(await countryLabels(page)).not.toContain('Avstrija');
    expect(await page.locator('[data-testid="map"] canvas[data-before="yes"]').count()).toBe(1);
    expect(basemapRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('stay in the language chosen while the graphics context was lost', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, `?lang=sl&${OVER_SLOVENIA_AND_AUSTRIA}`);
    expect(await countryLabels(page)).toContain('Avstrija');

    const restore = await loseMapContext(page);
    await chooseLanguage(page, 'Jezik', 'Deutsch');
    await restore();

    await expect.poll(() => countryLabels(page)).toEqual(expect.arrayContaining(['Österreich', 'Slowenien']));
    expect(consoleErrors).toEqual([]);
  });
});
