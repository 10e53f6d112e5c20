// A kiosk left alone (?mode=kiosk&idle=5) starts over for the next visitor: a countdown a touch
// stops, then all projects, no detail, no search, the camera home. On a touch screen at 1080p.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, openProject, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { projects: unknown[] };

// Without the tour (tests/browser/kioskAttract.test.ts): each start over here stays at the start.
const NO_TOUR_CONFIG = { kiosk: { attract: false } };

const openKiosk = async (search = '?mode=kiosk&idle=5') => {
  const watched = await openPage(browser(), baseUrl, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await watched.page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(NO_TOUR_CONFIG) }),
  );
  await visit(watched.page, baseUrl, search);
  return watched;
};

const countdown = (page: Page) => page.getByRole('alert').filter({ hasText: 'Starting over in' });

/** Where the camera is, as the map publishes it under debug=map. */
async function camera(page: Page): Promise<{ zoom: string | null; center: string | null }> {
  await waitForMap(page);
  const map = page.locator('[data-testid="map"]');
  return { zoom: await map.getAttribute('data-zoom'), center: await map.getAttribute('data-center') };
}

/** A visitor deep in: a search typed, a project found and opened, the camera on it. */
async function goDeep(page: Page): Promise<void> {
  await page.getByLabel('Search').tap();
  await page.getByLabel('Search').pressSequentially('ASIS');
  await openProject(page, 'ASIS');
  await detailPanel(page).waitFor();
  expect((await counts(page)).projects).toBeLessThan(dataset.projects.length);
}

describe('a kiosk left alone', () => {
  it('counts down, then starts over with all projects, no detail, no search and the camera home', async () => {
    const { page, consoleErrors } = await openKiosk();
    const start = await camera(page);

    await goDeep(page);
    expect(await camera(page)).not.toEqual(start);
    // Scrolled down to the list, as a visitor does.
    const sidebarScroll = () => page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTop);
    await page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTo({ top: sidebar.scrollHeight }));
    expect(await sidebarScroll()).toBeGreaterThan(0);
    await countdown(page).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: 'test-results/kiosk-countdown.png' });
    await countdown(page).waitFor({ state: 'hidden', timeout: 10_000 });

    expect(await counts(page)).toMatchObject({ projects: dataset.projects.length });
    await expect.poll(() => detailPanel(page).count()).toBe(0);
    expect(await page.getByLabel('Search').inputValue()).toBe('');
    expect(await sidebarScroll()).toBe(0);
    expect(await camera(page)).toEqual(start);
    expect(consoleErrors).toEqual([]);
  });

  it('flies home for a visitor who only zoomed the map', async () => {
    const { page } = await openKiosk();
    const start = await camera(page);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    expect(await camera(page)).not.toEqual(start);
    await countdown(page).waitFor({ timeout: 10_000 });
    await countdown(page).waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await camera(page)).toEqual(start);
  });

  it('closes a choice between places left open', async () => {
    // Where the Alpine Space, which the address frames, overlaps Interreg Europe (as in app.test.ts).
    // Ten seconds, so that the map is loaded and the place tapped before the countdown begins.
    const { page, consoleErrors } = await openKiosk('?mode=kiosk&idle=10&area=alpine-space-2014-2020');
    await page.getByLabel('Regions on the map').selectOption({ label: 'Off' });
    await waitForMap(page);
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.touchscreen.tap(map.x + map.width * 0.35, map.y + map.height * 0.5);
    const choice = page.getByRole('dialog', { name: 'Programme areas at this place' });
    await choice.waitFor({ timeout: 5_000 });

    await countdown(page).waitFor({ timeout: 15_000 });
    await countdown(page).waitFor({ state: 'hidden', timeout: 15_000 });
    await expect.poll(() => choice.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('goes on where the visitor is when they touch the screen during the countdown', async () => {
    const { page } = await openKiosk();
    await goDeep(page);
    await countdown(page).waitFor({ timeout: 10_000 });
    await detailPanel(page).getByRole('heading').first().tap();
    await countdown(page).waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Search').inputValue()).toBe('ASIS');
    expect(await detailPanel(page).count()).toBe(1);
  });

  it('counts down above a QR code left open, and closes both at the start over', async () => {
    const { page } = await openKiosk();
    await openProject(page, 'ASIS');
    await detailPanel(page).locator('dt:has-text("Website") + dd button').first().tap();
    await page.locator('dialog[open] svg.qr-code').waitFor();
    await countdown(page).waitFor({ timeout: 10_000 });

    const topmost = await countdown(page).evaluate((alert) => {
      const text = alert.querySelector('p');
      if (!text) return null;
      const box = text.getBoundingClientRect();
      // The countdown lets touches through (pointer-events: none): asked for the hit without that.
      text.style.pointerEvents = 'auto';
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      text.style.pointerEvents = '';
      return hit === text || text.contains(hit);
    });
    expect(topmost).toBe(true);
    await page.screenshot({ path: 'test-results/kiosk-countdown-over-qr.png' });

    await countdown(page).waitFor({ state: 'hidden', timeout: 10_000 });
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('opens where it starts over to, and stays there when no one comes', async () => {
    const { page } = await openKiosk();
    const start = await camera(page);
    await countdown(page).waitFor();
    await countdown(page).waitFor({ state: 'hidden' });
    expect(await camera(page)).toEqual(start);
  });

  it('keeps the summary a status with the counts', async () => {
    const { page } = await openKiosk('?mode=kiosk');
    const status = page.locator('[role="status"][data-projects][data-partners]');
    expect(await status.count()).toBe(1);
    expect(await status.getAttribute('data-projects')).toBe(String(dataset.projects.length));
    expect(Number(await status.getAttribute('data-partners'))).toBeGreaterThan(0);
  });
});
