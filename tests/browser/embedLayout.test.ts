// An embed on a host page: it grows to its content, opens on what it is locked to, and leaves the
// host page's scrolling alone.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const browser = useBrowser();

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
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(500);
    expect(await zoom()).toBeCloseTo(start, 3);
    expect(await page.locator('.maplibregl-cooperative-gesture-screen').textContent()).toContain('Ctrl + scroll');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(start + 0.1);
  });
});
