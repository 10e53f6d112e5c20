// The map is made once: it outlives a language change, and keeps its camera clear of the panels.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { detailPanel, findColourOnMap, openProject, renderedPartners, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The camera, as the map publishes it under debug=map once it has settled. */
async function camera(page: Page): Promise<{ zoom: number; center: string | undefined }> {
  await waitForMap(page);
  const { zoom, center } = await page
    .locator('[data-testid="map"]')
    .evaluate((map: HTMLElement) => ({ ...map.dataset }));
  return { zoom: Number(zoom), center };
}

type TaggedCanvas = HTMLCanvasElement & { testTag?: string };
const mapCanvas = (page: Page) => page.locator('[data-testid="map"] canvas');

describe('switching the language', () => {
  it('keeps the map as it is: the same canvas, camera and points, with its controls relabelled', async () => {
    // Given the map zoomed in with its own control.
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    const start = await camera(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await camera(page);
    expect(zoomed.zoom).toBeCloseTo(start.zoom + 1, 2);
    const drawn = await renderedPartners(page);
    await mapCanvas(page).evaluate((canvas: TaggedCanvas) => (canvas.testTag = 'before the switch'));

    // When the reader switches to Slovenian.
    await page.getByLabel('Language').selectOption('sl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Zemljevid sodelovanja Interreg');

    // Then the map is the one it was, where it was, drawing what it drew; its controls speak Slovenian.
    expect(await camera(page)).toEqual(zoomed);
    expect(await mapCanvas(page).evaluate((canvas: TaggedCanvas) => canvas.testTag)).toBe('before the switch');
    expect(await renderedPartners(page)).toBe(drawn);
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(0);
    expect(await mapCanvas(page).getAttribute('aria-label')).toBe('Zemljevid');
    await page.getByRole('button', { name: 'Pomanjšaj' }).click();
    expect((await camera(page)).zoom).toBeCloseTo(start.zoom, 2);
    expect(await renderedPartners(page)).toBe(46);
    await page.getByRole('button', { name: 'Povečaj' }).waitFor();
    await page.screenshot({ path: 'test-results/map-after-language-switch.png' });
    expect(consoleErrors).toEqual([]);
  });
});

describe('the panels over the map', () => {
  it('a selection is fitted clear of the details, and closing them returns to the view before', async () => {
    // Given the map as it opens on the Slovenia–Hungary projects.
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?programme=slovenia-hungary');
    const start = await camera(page);

    // When the reader opens SENS NETWORK, the camera is fitted to its partners, clear of the details.
    await openProject(page, 'SENS NETWORK');
    await expect.poll(() => detailPanel(page).getAttribute('data-selection')).toBe('project:sens-network');
    await waitForMap(page);
    const panel = (await detailPanel(page).boundingBox())!;
    const shown = await findColourOnMap(page, '#B0407F');
    expect(shown).not.toBeNull();
    expect(shown!.x).toBeLessThan(panel.x);
    expect((await camera(page)).zoom).toBeGreaterThan(start.zoom + 1);

    // Then closing the details returns the camera to where it was.
    await detailPanel(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => detailPanel(page).count()).toBe(0);
    const after = await camera(page);
    expect(after.zoom).toBeCloseTo(start.zoom, 2);
    expect(after.center).toBe(start.center);
  });
});
