// A kiosk left alone (?mode=kiosk&idle=5) tours its projects once it has started over: one project
// framed on the map and described large on a card, then the next; the first touch ends the tour
// at the start: all projects, no detail, the camera home. On a touch screen at 1080p.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Title = { original: string; en?: string };
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { projects: { title: Title }[] };
const englishTitles = dataset.projects.map(({ title }) => title.en ?? title.original);

const tourCard = (page: Page) =>
  page.getByRole('article').filter({ hasText: 'Touch the screen to explore the projects' });
const shownTitle = (page: Page) => tourCard(page).getByRole('heading').innerText();

/** Where the camera is once the map is still, as the map publishes it under debug=map. */
async function camera(page: Page): Promise<{ zoom: string | null; center: string | null }> {
  await waitForMap(page);
  const map = page.locator('[data-testid="map"]');
  return { zoom: await map.getAttribute('data-zoom'), center: await map.getAttribute('data-center') };
}

describe('an idle kiosk', () => {
  it('tours the projects after starting over, and a touch ends the tour at the start', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl, {
      viewport: { width: 1920, height: 1080 },
      hasTouch: true,
    });
    await visit(page, baseUrl, '?mode=kiosk&idle=5');
    const home = await camera(page);
    const address = page.url();

    await tourCard(page).waitFor({ timeout: 15_000 });
    const first = await shownTitle(page);
    expect(englishTitles).toContain(first);
    await expect.poll(() => camera(page), { timeout: 15_000 }).not.toEqual(home);
    await page.screenshot({ path: 'test-results/kiosk-attract.png' });
    expect(await tourCard(page).innerText()).toMatch(/\d+ partners?/);
    expect(await tourCard(page).innerText()).toMatch(/EU contribution.*: (.*€.*\d|unknown)/);
    expect(await tourCard(page).getByText('Slovenščina').count()).toBe(1);

    // The next project, some seconds on; the tour leaves the filters and the address alone.
    await expect.poll(() => shownTitle(page), { timeout: 15_000 }).not.toBe(first);
    expect(englishTitles).toContain(await shownTitle(page));
    expect(await counts(page)).toMatchObject({ projects: dataset.projects.length });
    expect(page.url()).toBe(address);

    // On the card, where it lies over a programme's box: the touch only wakes the kiosk.
    const programmeBox = page.getByRole('checkbox', { name: 'Interreg Europe' });
    const under = (await programmeBox.boundingBox())!;
    await page.touchscreen.tap(under.x + under.width / 2, under.y + under.height / 2);
    await tourCard(page).waitFor({ state: 'hidden' });
    expect(await programmeBox.isChecked()).toBe(true);
    expect(await camera(page)).toEqual(home);
    expect(await counts(page)).toMatchObject({ projects: dataset.projects.length });
    expect(await detailPanel(page).count()).toBe(0);
    expect(page.url()).toBe(address);
    expect(consoleErrors).toEqual([]);
  });
});
