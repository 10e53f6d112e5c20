// The kiosk as a visitor at the touch screen meets it (issue #11): targets for fingers, nothing that
// leads out of the app, QR codes in place of links, and the view to take away on a phone. The full
// app keeps its Share / Embed.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './driver';
import { detailPanel, openProject, visit } from './app';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Where the kiosk sends a visitor's phone: another host than the kiosk's own. */
const PUBLIC_URL = 'https://maps.example.eu/interreg/';
const KIOSK_CONFIG = {
  parentOrigins: [],
  dataOrigins: [],
  kiosk: { publicUrl: PUBLIC_URL, languages: ['en', 'sl', 'de'] },
};
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const MIN_TARGET = 48;

/** The kiosk on a touch screen, deployed with KIOSK_CONFIG. */
async function openKiosk(viewport = LANDSCAPE, search = ''): Promise<{ page: Page }> {
  const context = await browser().newContext({ viewport, hasTouch: true, locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(KIOSK_CONFIG) }),
  );
  await visit(page, baseUrl, `?mode=kiosk${search}`);
  return { page };
}

type Target = { what: string; width: number; height: number };

/** Every control on screen and its size; a checkbox is measured by its label, its target. */
function visibleTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input, select, [role="button"], summary, a, label.check',
    );
    return [...controls]
      .map((element) => element.closest<HTMLElement>('label.check') ?? element)
      .filter((element, index, all) => all.indexOf(element) === index)
      .flatMap((element) => {
        const box = element.getBoundingClientRect();
        const onScreen =
          box.width > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
        if (!onScreen || element.closest('[inert], [aria-hidden="true"]')) return [];
        const what = `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
        return [{ what, width: box.width, height: box.height }];
      });
  });
}

/** The links in the page that lead anywhere but this page of the app (or open another tab). */
function linksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const here = new URL(location.href);
    return [...document.querySelectorAll('a')].flatMap((anchor) => {
      const target = anchor.getAttribute('target');
      const href = anchor.getAttribute('href');
      if (target && target !== '_self') return [`target=${target}: ${anchor.outerHTML.slice(0, 80)}`];
      if (href === null) return [];
      const url = new URL(href, here);
      return url.origin === here.origin && url.pathname === here.pathname ? [] : [url.href];
    });
  });
}

const tooSmall = (targets: Target[]) =>
  targets.filter((target) => target.width < MIN_TARGET - 0.5 || target.height < MIN_TARGET - 0.5);

describe('a kiosk at 1920 × 1080 with touch', () => {
  it('has every control on screen at least 48 px in both directions, with a project open too', async () => {
    const { page } = await openKiosk();
    expect((await visibleTargets(page)).length).toBeGreaterThan(10);
    expect(tooSmall(await visibleTargets(page))).toEqual([]);
    await openProject(page, 'ASIS');
    await detailPanel(page).waitFor();
    expect(tooSmall(await visibleTargets(page))).toEqual([]);
    await page.screenshot({ path: 'test-results/kiosk-landscape.png' });
  });

  it('writes its text at 20 px or more', async () => {
    const { page } = await openKiosk();
    await openProject(page, 'ASIS');
    await detailPanel(page).waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()))
        .filter((element) => element.getBoundingClientRect().width > 0)
        .filter((element) => parseFloat(getComputedStyle(element).fontSize) < 20)
        .map((element) => `${element.tagName}.${element.className}: ${element.textContent?.slice(0, 30)}`),
    );
    expect(small).toEqual([]);
  });

  it('has no link out of the app or to another page of the site, and opens no tab', async () => {
    const { page } = await openKiosk();
    await openProject(page, 'ASIS');
    await detailPanel(page).waitFor();
    expect(await page.locator('a').count()).toBeGreaterThan(0); // the skip link, to the list
    expect(await linksOut(page)).toEqual([]);
    // The About dialog names its sources too: as QR codes.
    await page.getByRole('button', { name: 'About' }).tap();
    await page.locator('dialog[open] .about').waitFor();
    expect(await linksOut(page)).toEqual([]);
    expect(tooSmall(await visibleTargets(page))).toEqual([]);
  });

  it('shows a QR code of a project web site when it is tapped, and closes it', async () => {
    const { page } = await openKiosk();
    await openProject(page, 'ASIS');
    const website = detailPanel(page).locator('dt:has-text("Website") + dd button').first();
    await website.tap();
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.locator('svg.qr-code').count()).toBe(1);
    expect(await dialog.locator('svg.qr-code').getAttribute('data-address')).toBe(
      'https://www.alpine-space.eu/projects/asis/en/home',
    );
    expect(await dialog.locator('.qr-address').textContent()).toBe('https://www.alpine-space.eu/projects/asis/en/home');
    // The QR code is drawn: dark modules on white, not an empty box.
    expect((await dialog.locator('svg.qr-code path').getAttribute('d'))?.length).toBeGreaterThan(500);
    await page.screenshot({ path: 'test-results/kiosk-qr.png' });
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('gives the current view at the public address to take away, without the kiosk mode', async () => {
    const { page } = await openKiosk(LANDSCAPE, '&q=tourism');
    await page.getByRole('button', { name: 'Take this view with you' }).tap();
    const address = await page.locator('dialog[open] .qr-address').textContent();
    expect(address).toBe(`${PUBLIC_URL}?q=tourism`);
    expect(await page.locator('dialog[open] svg.qr-code').getAttribute('data-address')).toBe(address);
  });

  it('closes a QR code left open when the kiosk starts over for the next visitor', async () => {
    const { page } = await openKiosk(LANDSCAPE, '&idle=5');
    await page.getByRole('button', { name: 'Take this view with you' }).tap();
    expect(await page.locator('dialog[open] .qr-address').count()).toBe(1);
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 20_000 }).toBe(0);
  });

  it('offers only the configured languages, each named in itself, and no Share, menu or download', async () => {
    const { page } = await openKiosk();
    const options = await page.locator('.lang-switch option').allTextContents();
    expect(options).toEqual(['English', 'Slovenščina', 'Deutsch']);
    expect(await page.getByRole('button', { name: 'Share / Embed' }).count()).toBe(0);
    expect(await page.locator('.header-menu').count()).toBe(0);
    expect(await page.locator('.download-csv').count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
  });

  it('never zooms the page or opens a menu on a long press', async () => {
    const { page } = await openKiosk();
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toContain('user-scalable=no');
    const menuShown = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      return document.querySelector('.sidebar')?.dispatchEvent(event);
    });
    expect(menuShown).toBe(false);
    const page_ = await page.evaluate(() => ({
      touchAction: getComputedStyle(document.body).touchAction,
      userSelect: getComputedStyle(document.body).userSelect,
      overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
    }));
    expect(page_).toEqual({ touchAction: 'pan-x pan-y', userSelect: 'none', overscroll: 'none' });
  });
});

describe('a kiosk at 1080 × 1920 (portrait)', () => {
  it('has the map above the panels and every control at least 48 px', async () => {
    const { page } = await openKiosk(PORTRAIT);
    const map = await page.locator('.map-area').boundingBox();
    const sidebar = await page.locator('.sidebar').boundingBox();
    expect(map && sidebar && map.y + map.height <= sidebar.y + 1).toBe(true);
    expect(map?.width).toBeGreaterThan(1000);
    expect(tooSmall(await visibleTargets(page))).toEqual([]);
    await page.screenshot({ path: 'test-results/kiosk-portrait.png' });
    await openProject(page, 'ASIS');
    await detailPanel(page).waitFor();
    expect(tooSmall(await visibleTargets(page))).toEqual([]);
    await page.screenshot({ path: 'test-results/kiosk-portrait-detail.png' });
  });
});

describe('the full app, beside the kiosk', () => {
  it('still has Share / Embed and its links to project sites', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    expect(await page.getByRole('button', { name: 'Share / Embed' }).count()).toBe(1);
    await openProject(page, 'ASIS');
    const website = detailPanel(page).locator('dt:has-text("Website") + dd a').first();
    expect(await website.getAttribute('target')).toBe('_blank');
  });
});
