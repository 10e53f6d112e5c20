import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const thirdUrl = inject('thirdUrl');
const browser = useBrowser();

type Message = { type: string; [key: string]: unknown };

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe#map').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.locator('[role="status"][data-loaded="true"]').waitFor();
  return frame;
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { embedExample?: { received: Message[] }; received?: Message[] }).embedExample?.received ?? (window as unknown as { received: Message[] }).received);
const lastOfType = async (page: Page, type: string) => (await received(page)).filter((m) => m.type === type).at(-1);
const send = (page: Page, message: Message) => page.evaluate((m) => (window as unknown as { embedExample: { send: (m: unknown) => void } }).embedExample.send(m), message);

describe('embedded in a host site on another origin', () => {
  async function givenHostPage() {
    const watched = await openPage(browser(), baseUrl, { alsoAllowed: [hostUrl] });
    await watched.page.goto(`${hostUrl}embed-example.html?app=${encodeURIComponent(baseUrl)}`);
    const frame = await mapFrame(watched.page);
    await expect.poll(() => lastOfType(watched.page, 'interreg-map:state'), { timeout: 15_000 }).toBeTruthy();
    return { ...watched, frame };
  }

  it('says it is ready and reports its state and content height', async () => {
    const { page, frame, consoleErrors, offOriginRequests } = await givenHostPage();
    expect(await lastOfType(page, 'interreg-map:ready')).toEqual({ type: 'interreg-map:ready', version: 1 });
    // The example locks the host's four programmes.
    const state = await lastOfType(page, 'interreg-map:state');
    expect(state?.['counts']).toEqual({ projects: 4, partners: 31 });
    expect(state?.['projectIds']).toEqual(['asis', 'resees', 'inducci', 'sens-network']);
    const height = await lastOfType(page, 'interreg-map:height');
    expect(height?.['height']).toBeGreaterThan(300);
    expect(await frame.getByRole('checkbox', { name: /Alpine Space/ }).isDisabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(offOriginRequests).toEqual([]);
    await waitForMap(frame as unknown as Page);
    await page.screenshot({ path: 'test-results/embed-host.png', fullPage: true });
  });

  it('is driven through the message API: filters, selection, clearing', async () => {
    const { page, frame } = await givenHostPage();
    await send(page, { type: 'interreg-map:setFilters', filters: { programme: ['slovenia-hungary'] } });
    await expect.poll(async () => (await lastOfType(page, 'interreg-map:state'))?.['counts']).toEqual({ projects: 1, partners: 2 });
    expect(await counts(frame as unknown as Page)).toEqual({ projects: 1, partners: 2 });

    await send(page, { type: 'interreg-map:selectProject', id: 'sens-network' });
    await expect.poll(async () => (await lastOfType(page, 'interreg-map:selection'))?.['selection']).toEqual({ kind: 'project', id: 'sens-network' });
    await expect.poll(() => frame.locator('.detail-panel').getAttribute('data-selection')).toBe('project:sens-network');

    await send(page, { type: 'interreg-map:clearSelection' });
    await expect.poll(async () => (await lastOfType(page, 'interreg-map:selection'))?.['selection']).toBeNull();

    await send(page, { type: 'interreg-map:setFilters', filters: { programme: ['mars'] } });
    await expect.poll(async () => (await lastOfType(page, 'interreg-map:error'))?.['message']).toBe('invalid filters');
    await send(page, { type: 'interreg-map:setFilters', filters: { programme: '<img src=x onerror=alert(1)>' } } as never);
    await expect.poll(async () => (await lastOfType(page, 'interreg-map:error'))?.['message']).toBe('invalid message');
    expect(await counts(frame as unknown as Page)).toEqual({ projects: 1, partners: 2 });
  });

  it('ignores messages from a third origin', async () => {
    const watched = await openPage(browser(), baseUrl, { alsoAllowed: [hostUrl, thirdUrl] });
    const { page } = watched;
    await page.goto(`${hostUrl}intruder-host.html?app=${encodeURIComponent(baseUrl)}&intruder=${encodeURIComponent(`${thirdUrl}intruder.html`)}`);
    const frame = await mapFrame(page);
    const intruder = page.frames().find((f) => f.url().startsWith(thirdUrl));
    await expect.poll(() => intruder?.title(), { timeout: 15_000 }).toBe('sent 20');
    expect(await counts(frame as unknown as Page)).toEqual({ projects: 5, partners: 46 });
    expect(await frame.locator('.detail-panel').count()).toBe(0);
    const states = (await received(page)).filter((m) => m.type === 'interreg-map:state');
    expect(states.every((m) => (m['counts'] as { projects: number }).projects === 5)).toBe(true);
  });
});

describe('embed mode', () => {
  it('shows only the map and the count when no panels are asked for, down to 320 px', async () => {
    const watched = await openPage(browser(), baseUrl, { viewport: { width: 320, height: 480 } });
    await visit(watched.page, baseUrl, '?mode=embed&theme=dark&accent=%23c0ffee&programme=sweden-norway');
    const { page } = watched;
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.locator('.filters, .project-list, .legend').count()).toBe(0);
    expect(await counts(page)).toEqual({ projects: 1, partners: 15 });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: 'test-results/embed-320-dark.png' });
    expect(watched.consoleErrors).toEqual([]);
  });

  it('locks filters given in the URL: shown, not changeable, kept on reset', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?mode=embed&controls=filters,list&region=SI&lock=region&q=social');
    expect(await page.getByLabel(/Region/).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await waitForMap(page);
    expect(new URL(page.url()).searchParams.get('region')).toBe('SI');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(await counts(page)).toEqual({ projects: 4, partners: 31 });
  });

  it('offers no Reset when every filter is locked', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?mode=embed&controls=filters,list&region=SI&lock=programme,years,budget,region,q');
    expect(await page.getByRole('button', { name: 'Reset filters' }).count()).toBe(0);
    expect(await page.getByLabel('Search').isDisabled()).toBe(true);
  });
});

describe('share and embed dialog', () => {
  it('gives the link to the current view and an iframe snippet, copied with one click', async () => {
    const watched = await openPage(browser(), baseUrl);
    const { page } = watched;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await visit(page, baseUrl, '?programme=central-europe&project=inducci');
    await page.getByRole('button', { name: 'Share / Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    expect(await dialog.getByLabel('Link to this view').inputValue()).toBe(`${baseUrl}?programme=central-europe&project=inducci`);
    const snippet = await dialog.getByLabel('Embed code (iframe)').inputValue();
    expect(snippet).toContain('mode=embed');
    expect(snippet).toContain('title="Interreg cooperation map"');
    expect(snippet).toMatch(/width="100%" height="600"/);
    await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await page.screenshot({ path: 'test-results/share-dialog.png' });
    expect(watched.consoleErrors).toEqual([]);
  });
});

void detailPanel;
