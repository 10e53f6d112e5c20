// An embed on a host page: it grows to its content, opens on what it is locked to, and leaves the
// host page's scrolling alone.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const browser = useBrowser();

type Region = { code: string; bbox: [number, number, number, number] };
const regionBox = (code: string) =>
  (JSON.parse(readFileSync('data/regions/index.json', 'utf8')) as { regions: Region[] }).regions.find(
    (region) => region.code === code,
  )!.bbox;

/** The part of the world the map shows, as it publishes it under debug=map: west, south, east, north. */
async function shownBounds(page: Page): Promise<number[]> {
  await waitForMap(page);
  return (await page.locator('[data-testid="map"]').getAttribute('data-bounds'))!.split(',').map(Number);
}

/** The example host page (docs/embed-example.html: it follows the height message), its frame this wide. */
async function hostWithFrameOf(width: number): Promise<{ page: Page; frame: Frame }> {
  const { page } = await openPage(browser(), baseUrl, {
    viewport: { width: width + 40, height: 700 },
    alsoAllowed: [hostUrl],
  });
  await page.goto(`${hostUrl}embed-example.html?app=${encodeURIComponent(baseUrl)}`);
  await page.locator('iframe#map').evaluate((iframe: HTMLIFrameElement, w) => (iframe.style.width = `${w}px`), width);
  const frame = await (await page.locator('iframe#map').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.locator('[role="status"][data-loaded="true"]').waitFor();
  await frame.locator('[data-testid="map"][data-map-idle="true"]').waitFor();
  return { page, frame };
}

describe('in a host iframe that follows its height', () => {
  for (const width of [1200, 768, 320]) {
    it(`grows to its content at ${width} px, the count inside the visible frame`, async () => {
      const { page, frame } = await hostWithFrameOf(width);
      // The frame has grown to the whole page: nothing inside it is left to scroll to.
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight))
        .toBeLessThanOrEqual(1);
      const inner = await frame.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter(
            (e) =>
              e.scrollHeight > e.clientHeight + 1 &&
              getComputedStyle(e).overflowY !== 'visible' &&
              getComputedStyle(e).overflowY !== 'hidden',
          )
          .map((e) => e.className),
      );
      expect(inner).toEqual([]);
      const frameHeight = await page.locator('iframe#map').evaluate((iframe) => iframe.clientHeight);
      const count = await frame
        .locator('[role="status"][data-projects]')
        .evaluate((status) => status.getBoundingClientRect());
      expect(count.top).toBeGreaterThanOrEqual(0);
      expect(count.bottom).toBeLessThanOrEqual(frameHeight);
      expect(await frame.getByRole('searchbox').or(frame.getByLabel('Search')).first().isVisible()).toBe(true);
      await page.screenshot({ path: `test-results/embed-layout-${width}.png`, fullPage: true });
    });
  }
});

describe('locked to a programme', () => {
  const locked = '?mode=embed&controls=filters,legend&lock=programme&programme=slovenia-hungary';

  it('opens framed on the programme area, the legend listing only that programme', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: { width: 900, height: 600 } });
    await visit(page, baseUrl, locked);
    await expect
      .poll(async () => {
        await waitForMap(page);
        return Number(await page.locator('[data-testid="map"]').getAttribute('data-zoom'));
      })
      .toBeGreaterThan(6);
    const [lon, lat] = (await page.locator('[data-testid="map"]').getAttribute('data-center'))!.split(',').map(Number);
    // Slovenia–Hungary: the border region between Ljubljana and Lake Balaton.
    expect(lon).toBeGreaterThan(14);
    expect(lon).toBeLessThan(18.5);
    expect(lat).toBeGreaterThan(45.3);
    expect(lat).toBeLessThan(47.6);
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain('Slovenia');
    expect(legend).not.toContain('Alpine Space');
    expect(await page.getByRole('checkbox', { name: /Alpine Space/ }).count()).toBe(0);
  });
});

describe('locked to a region', () => {
  it('opens framed on the region, its legend and filters offering only the programmes with a project there', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl, { viewport: { width: 900, height: 600 } });
    // Zala (HU223): only SENS NETWORK, of Slovenia–Hungary, has a partner there.
    await visit(page, baseUrl, '?mode=embed&controls=filters,legend&lock=region&region=HU223');
    // Framed on Zala's outline, not zoomed in on its one partner nor left on Europe.
    const [west, south, east, north] = regionBox('HU223');
    await expect
      .poll(async () => {
        const [w = NaN, s = NaN, e = NaN, n = NaN] = await shownBounds(page);
        return w <= west && s <= south && e >= east && n >= north;
      })
      .toBe(true);
    const [w = NaN, s = NaN, e = NaN, n = NaN] = await shownBounds(page);
    expect(Math.max((east - west) / (e - w), (north - south) / (n - s))).toBeGreaterThanOrEqual(0.3);
    const [lon, lat] = (await page.locator('[data-testid="map"]').getAttribute('data-center'))!.split(',').map(Number);
    // Zala, between the Slovenian border and Lake Balaton.
    expect(lon).toBeGreaterThan(15.5);
    expect(lon).toBeLessThan(18);
    expect(lat).toBeGreaterThan(46);
    expect(lat).toBeLessThan(47.5);
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain('Slovenia–Hungary');
    for (const other of ['Alpine Space', 'Central Europe', 'Interreg Europe', 'Sweden', 'Sub-area'])
      expect(legend).not.toContain(other);
    expect(
      await page
        .locator('.filters')
        .getByRole('checkbox', { name: /Interreg/ })
        .count(),
    ).toBe(1);
    await page.screenshot({ path: 'test-results/embed-region-lock.png' });
    expect(consoleErrors).toEqual([]);
  });
});

describe('only the map, 320 px wide', () => {
  // With a region chosen, the regions control also offers to clear it.
  for (const [name, search] of [
    ['', '?mode=embed&theme=dark&project=sens-network'],
    [' with a region chosen', '?mode=embed&theme=dark&region=HU223'],
  ] as const)
    it(`shows the result count and the regions control${name}, neither covering the other`, async () => {
      const { page } = await openPage(browser(), baseUrl, { viewport: { width: 320, height: 560 } });
      await visit(page, baseUrl, search);
      const boxOf = async (selector: string) => (await page.locator(selector).boundingBox())!;
      const count = await boxOf('.layout-map-only .summary');
      const regions = await boxOf('.map-regions');
      await page.screenshot({ path: `test-results/embed-map-only-320${name ? '-region' : ''}.png` });
      for (const box of [count, regions]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        expect(box.y + box.height).toBeLessThanOrEqual(560);
      }
      const apart =
        count.x + count.width <= regions.x ||
        regions.x + regions.width <= count.x ||
        count.y + count.height <= regions.y ||
        regions.y + regions.height <= count.y;
      expect(apart).toBe(true);
    });
});

/** A plain wheel over the middle of the map, as a reader scrolling the host page does. */
async function wheelOverMap(page: Page): Promise<void> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
}

describe('on a host page', () => {
  it('lets a plain wheel over the map scroll the page, not zoom the map; Ctrl + wheel zooms it', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: { width: 900, height: 600 } });
    await visit(page, baseUrl, '?mode=embed');
    const map = page.locator('[data-testid="map"]');
    const zoom = async () => {
      await waitForMap(page);
      return Number(await map.getAttribute('data-zoom'));
    };
    const start = await zoom();
    await wheelOverMap(page);
    await page.waitForTimeout(500);
    expect(await zoom()).toBeCloseTo(start, 3);
    expect(await page.locator('.maplibregl-cooperative-gesture-screen').textContent()).toContain('Ctrl + scroll');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(start + 0.1);
  });

  it('tells a Slovenian reader how to zoom in Slovenian', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: { width: 900, height: 600 } });
    await visit(page, baseUrl, '?mode=embed&lang=sl');
    const notice = page.locator('.maplibregl-cooperative-gesture-screen');
    // The notice shows for a moment after the wheel (MapLibre's class, then a one-second fade).
    await notice.evaluate((e) =>
      new MutationObserver(() => {
        if (e.classList.contains('maplibregl-show')) e.dataset['shown'] = 'true';
      }).observe(e, { attributeFilter: ['class'] }),
    );
    await wheelOverMap(page);
    await page.locator('.maplibregl-cooperative-gesture-screen[data-shown="true"]').waitFor();
    await page.screenshot({ path: 'test-results/embed-gesture-sl.png' });
    expect(await notice.textContent()).toContain('Za povečavo zemljevida uporabite Ctrl + drsenje');
    expect(await notice.textContent()).not.toContain('scroll');
  });
});
