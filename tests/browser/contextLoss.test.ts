import { describe, expect, inject, it } from 'vitest';
import { counts, loseMapContext, renderedPartners, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('a graphics context lost and restored with nothing changed meanwhile', () => {
  it('draws every partner again and says nothing failed', async () => {
    const watched = await openPage(browser(), baseUrl);
    const { page } = watched;
    await visit(page, baseUrl);
    expect(await renderedPartners(page)).toBe(46);

    const restore = await loseMapContext(page);
    await restore();

    // The map settles within renderedPartners' bounded wait; a late failed load would show after it.
    expect(await renderedPartners(page)).toBe(46);
    await page.waitForTimeout(2_000);
    expect(await renderedPartners(page)).toBe(46);
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await page.locator('.notice').allTextContents()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('a graphics context lost and restored with regions on the map', () => {
  it('draws the regions layer again, at the level chosen', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?region=SI031');
    await page.getByLabel('Regions on the map').selectOption({ label: 'NUTS 3' });
    await waitForMap(page);

    const restore = await loseMapContext(page);
    await restore();
    await waitForMap(page);

    // The chosen region is under the middle of the map, which is framed on it.
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(map.x + map.width * 0.45, map.y + map.height * 0.5);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toBe('Pomurska (SI031)');
    await page.screenshot({ path: 'test-results/regions-after-context-loss.png' });
    expect(consoleErrors).toEqual([]);
  });
});
