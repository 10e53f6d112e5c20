import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chosenRegions, counts, detailPanel, regionBox, visit, waitForMap } from './app';
import { openPage, useBrowser, useSharedPage, type WatchedPage } from './driver';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const thirdUrl = inject('thirdUrl');
const browser = useBrowser();

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe#map').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.locator('[role="status"][data-loaded="true"]').waitFor();
  return frame;
}

// The host pages keep the map's messages on `window` (tests/browser/fixtures/hostPages.d.ts).
const received = (page: Page) => page.evaluate(() => window.embedExample?.received ?? window.received ?? []);
const lastOfType = async (page: Page, type: string) => (await received(page)).filter((m) => m.type === type).at(-1);
const send = (page: Page, message: MapMessage) => page.evaluate((m) => window.embedExample?.send(m), message);

describe('embedded in a host site on another origin', () => {
  /** The example host page (docs/embed-example.html), once the map has reported its state. */
  async function givenHostPage(): Promise<WatchedPage & { frame: Frame }> {
    const watched = await openPage(browser(), baseUrl, { alsoAllowed: [hostUrl] });
    await watched.page.goto(`${hostUrl}embed-example.html?app=${encodeURIComponent(baseUrl)}`);
    const frame = await mapFrame(watched.page);
    await watched.page.waitForFunction(() =>
      (window.embedExample?.received ?? []).some((m) => m.type === 'interreg-map:state'),
    );
    return { ...watched, frame };
  }

  describe('as the host page opens it', () => {
    const host = useSharedPage(givenHostPage);

    it('says it is ready', async () => {
      expect(await lastOfType(host().page, 'interreg-map:ready')).toEqual({ type: 'interreg-map:ready', version: 1 });
    });

    it('reports its state', async () => {
      // The example locks the host's four programmes.
      const state = await lastOfType(host().page, 'interreg-map:state');
      expect(state?.['counts']).toEqual({ projects: 4, partners: 31 });
      expect(state?.['projectIds']).toEqual(['asis', 'resees', 'inducci', 'sens-network']);
    });

    it('reports its content height', async () => {
      await expect
        .poll(async () => (await lastOfType(host().page, 'interreg-map:height'))?.['height'])
        .toBeGreaterThan(300);
    });

    it('shows the programmes the host locks as not changeable', async () => {
      expect(
        await host()
          .frame.getByRole('checkbox', { name: /Alpine Space/ })
          .isDisabled(),
      ).toBe(true);
    });

    it('draws the map in the host page without errors or requests to other origins', async () => {
      // The frame's map has drawn (waitForMap drives pages, not frames).
      await host().frame.locator('[data-testid="map"][data-map-idle="true"]').waitFor();
      await host().page.screenshot({ path: 'test-results/embed-host.png', fullPage: true });
      expect(host().consoleErrors).toEqual([]);
      expect(host().offOriginRequests).toEqual([]);
    });
  });

  describe('is driven through the message API', () => {
    it('setFilters changes the filters and the map reports the new state', async () => {
      const { page, frame } = await givenHostPage();
      await send(page, { type: 'interreg-map:setFilters', filters: { programme: ['slovenia-hungary'] } });
      await expect
        .poll(async () => (await lastOfType(page, 'interreg-map:state'))?.['counts'])
        .toEqual({ projects: 1, partners: 2 });
      expect(await counts(frame)).toEqual({ projects: 1, partners: 2 });
    });

    it('selectProject opens the project and the map reports the selection', async () => {
      const { page, frame } = await givenHostPage();
      await send(page, { type: 'interreg-map:selectProject', id: 'sens-network' });
      await expect
        .poll(async () => (await lastOfType(page, 'interreg-map:selection'))?.['selection'])
        .toEqual({ kind: 'project', id: 'sens-network' });
      await expect.poll(() => detailPanel(frame).getAttribute('data-selection')).toBe('project:sens-network');
    });

    it('clearSelection closes the selected project', async () => {
      const { page, frame } = await givenHostPage();
      await send(page, { type: 'interreg-map:selectProject', id: 'sens-network' });
      await expect.poll(() => detailPanel(frame).getAttribute('data-selection')).toBe('project:sens-network');
      await send(page, { type: 'interreg-map:clearSelection' });
      await expect.poll(async () => (await lastOfType(page, 'interreg-map:selection'))?.['selection']).toBeNull();
      await expect.poll(() => detailPanel(frame).count()).toBe(0);
    });

    it('answers filters it does not know with an error and changes nothing', async () => {
      const { page, frame } = await givenHostPage();
      await send(page, { type: 'interreg-map:setFilters', filters: { programme: ['mars'] } });
      await expect
        .poll(async () => (await lastOfType(page, 'interreg-map:error'))?.['message'])
        .toBe('invalid filters');
      expect(await counts(frame)).toEqual({ projects: 4, partners: 31 });
    });

    it('answers a malformed message with an error and changes nothing', async () => {
      const { page, frame } = await givenHostPage();
      await send(page, { type: 'interreg-map:setFilters', filters: { programme: '<img src=x onerror=alert(1)>' } });
      await expect
        .poll(async () => (await lastOfType(page, 'interreg-map:error'))?.['message'])
        .toBe('invalid message');
      expect(await counts(frame)).toEqual({ projects: 4, partners: 31 });
      expect(await frame.locator('img').count()).toBe(0);
    });
  });

  it('ignores messages from a third origin', async () => {
    const watched = await openPage(browser(), baseUrl, { alsoAllowed: [hostUrl, thirdUrl] });
    const { page } = watched;
    await page.goto(
      `${hostUrl}intruder-host.html?app=${encodeURIComponent(baseUrl)}&intruder=${encodeURIComponent(`${thirdUrl}intruder.html`)}`,
    );
    const frame = await mapFrame(page);
    const intruder = page.frames().find((f) => f.url().startsWith(thirdUrl));
    await expect.poll(() => intruder?.title(), { timeout: 15_000 }).toBe('sent 20');
    expect(await counts(frame)).toEqual({ projects: 5, partners: 46 });
    expect(await detailPanel(frame).count()).toBe(0);
    const states = (await received(page)).filter((m) => m.type === 'interreg-map:state');
    expect(states.every((m) => (m['counts'] as { projects: number }).projects === 5)).toBe(true);
  });
});

describe('embed mode', () => {
  describe('with no panels asked for, at 320 px', () => {
    const embedded = useSharedPage(async () => {
      const watched = await openPage(browser(), baseUrl, { viewport: { width: 320, height: 480 } });
      await visit(watched.page, baseUrl, '?mode=embed&theme=dark&accent=%23c0ffee&programme=sweden-norway');
      return watched;
    });

    it('shows only the map and the count when no panels are asked for', async () => {
      const { page } = embedded();
      expect(await page.locator('header').count()).toBe(0);
      expect(await page.locator('.filters, .project-list, .legend').count()).toBe(0);
      expect(await counts(page)).toEqual({ projects: 1, partners: 15 });
    });

    it('fits down to 320 px without scrolling sideways', async () => {
      const { page } = embedded();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.screenshot({ path: 'test-results/embed-320-dark.png' });
    });

    it('takes its theme from the URL', async () => {
      expect(await embedded().page.locator('html').getAttribute('data-theme')).toBe('dark');
    });

    it('logs no errors', () => {
      expect(embedded().consoleErrors).toEqual([]);
    });
  });

  describe('locks filters given in the URL', () => {
    const lockedRegion = '?mode=embed&controls=filters,list&region=SI&lock=region&q=social';

    it('shows a locked filter, not changeable', async () => {
      const { page } = await openPage(browser(), baseUrl);
      await visit(page, baseUrl, lockedRegion);
      expect(await chosenRegions(page)).toEqual(['Slovenija (SI)']);
      expect(await regionBox(page).isDisabled()).toBe(true);
    });

    it('keeps a locked filter on reset and clears the others', async () => {
      const { page } = await openPage(browser(), baseUrl);
      await visit(page, baseUrl, lockedRegion);
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await waitForMap(page);
      expect(new URL(page.url()).searchParams.get('region')).toBe('SI');
      expect(new URL(page.url()).searchParams.get('q')).toBeNull();
      expect(await counts(page)).toEqual({ projects: 4, partners: 31 });
    });
  });

  it('offers no Reset when every filter is locked', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?mode=embed&controls=filters,list&region=SI&lock=programme,years,budget,region,q');
    expect(await page.getByRole('button', { name: 'Reset filters' }).count()).toBe(0);
    expect(await page.getByLabel('Search').isDisabled()).toBe(true);
  });
});

describe('share and embed dialog', () => {
  const dialogOf = (watched: WatchedPage) => watched.page.getByRole('dialog', { name: 'Share or embed this view' });
  const opened = useSharedPage(async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await visit(watched.page, baseUrl, '?programme=central-europe&project=inducci');
    await watched.page.getByRole('button', { name: 'Share / Embed' }).click();
    await dialogOf(watched).waitFor();
    return watched;
  });

  it('gives the link to the current view', async () => {
    expect(await dialogOf(opened()).getByLabel('Link to this view').inputValue()).toBe(
      `${baseUrl}?programme=central-europe&project=inducci`,
    );
  });

  it('gives an iframe snippet for the current view', async () => {
    const snippet = await dialogOf(opened()).getByLabel('Embed code (iframe)').inputValue();
    expect(snippet).toContain('mode=embed');
    expect(snippet).toContain('programme=central-europe');
    expect(snippet).toContain('title="Interreg cooperation map"');
    expect(snippet).toMatch(/width="100%" height="600"/);
  });

  it('copies the snippet with one click', async () => {
    const { page } = opened();
    const dialog = dialogOf(opened());
    const snippet = await dialog.getByLabel('Embed code (iframe)').inputValue();
    await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await page.screenshot({ path: 'test-results/share-dialog.png' });
  });

  it('logs no errors', () => {
    expect(opened().consoleErrors).toEqual([]);
  });
});
