// Bursts of changes, from an embedding page or the address, leave the app responsive, correct and
// error-free: the list, the summary, the map and the state reported to the host all show the last.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, renderedPartners, visit } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const browser = useBrowser();

type HostState = { projectIds: string[]; counts: { projects: number; partners: number }; filters: { region: unknown } };

/** The list's projects, in order. */
const listedProjects = (page: Page | Frame) =>
  page.locator('.project-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-project')));

/** The example host page with the map under `debug=map`, once the map has reported its state. */
async function givenHostPage() {
  const watched = await openPage(browser(), baseUrl, { alsoAllowed: [hostUrl] });
  const app = new URL('?debug=map', baseUrl).toString();
  await watched.page.goto(`${hostUrl}embed-example.html?app=${encodeURIComponent(app)}`);
  await watched.page.waitForFunction(() =>
    (window.embedExample?.received ?? []).some((m) => m.type === 'interreg-map:state'),
  );
  const frame = watched.page.frames().find((f) => f.url().startsWith(baseUrl));
  if (!frame) throw new Error('no map frame');
  await frame.locator('[data-testid="map"][data-map-idle="true"]').waitFor();
  return { ...watched, frame };
}

/** Whether the frame's map has drawn what the filters ask for, and how many partner points that is. */
async function framePartners(frame: Frame): Promise<number> {
  await frame.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset['mapIdle'] === 'true',
    undefined,
    { timeout: 30_000 },
  );
  return Number(await frame.locator('[data-testid="map"]').getAttribute('data-rendered-partners'));
}

describe('a burst of changes', () => {
  for (const size of [300, 10_000]) {
    it(`of ${size} setFilters messages from the host ends showing the last one everywhere`, async () => {
      const { page, frame, consoleErrors } = await givenHostPage();
      // Alternate between two regions, ending on Austria (the host locks four programmes).
      await page.evaluate((n) => {
        for (let i = 0; i < n; i++) {
          const region = i === n - 1 ? 'AT' : i % 2 === 0 ? 'SI' : 'DE';
          window.embedExample?.send({ type: 'interreg-map:setFilters', filters: { region } });
        }
      }, size);
      const lastState = async () =>
        (await page.evaluate(() => window.embedExample?.received ?? []))
          .filter((m) => m.type === 'interreg-map:state')
          .at(-1) as HostState | undefined;
      await expect.poll(async () => (await lastState())?.filters.region, { timeout: 60_000 }).toEqual(['AT']);
      // Let anything still queued arrive before reading the final state.
      await page.waitForTimeout(1_000);
      const state = await lastState();
      expect(state?.filters.region).toEqual(['AT']);
      expect(await counts(frame)).toEqual(state?.counts);
      expect(await listedProjects(frame)).toEqual(state?.projectIds);
      // The map frames the region; its home button frames the whole result, every partner in view.
      await frame.getByRole('button', { name: 'Show the whole result' }).click();
      await expect.poll(() => framePartners(frame)).toBe(state?.counts.partners);
      expect(state?.counts).toEqual({ projects: 2, partners: 19 });
      expect(consoleErrors).toEqual([]);
    });
  }

  it('of 300 address changes ends showing the last address', async () => {
    const watched = await openPage(browser(), baseUrl);
    const { page } = watched;
    await visit(page, baseUrl);
    await page.evaluate(() => {
      const programmes = ['central-europe', 'alpine-space', 'sweden-norway'];
      for (let i = 0; i < 300; i++) {
        setTimeout(() => {
          const programme = i === 299 ? 'slovenia-hungary' : programmes[i % programmes.length];
          history.pushState(null, '', `?debug=map&programme=${programme}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, 0);
      }
    });
    await expect
      .poll(() => new URL(page.url()).searchParams.get('programme'), { timeout: 30_000 })
      .toBe('slovenia-hungary');
    expect(await counts(page)).toEqual({ projects: 1, partners: 2 });
    expect(await listedProjects(page)).toEqual(['sens-network']);
    expect(await renderedPartners(page)).toBe(2);
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('a link with many invalid values', () => {
  it('gives one notice with their count, and leaves the map in the first view', async () => {
    const watched = await openPage(browser(), baseUrl);
    const { page } = watched;
    const ids = Array.from({ length: 1000 }, (_, i) => `p${i}`).join(',');
    await visit(page, baseUrl, `?programme=${ids}`);
    const notices = page.locator('.notices .notice');
    expect(await notices.count()).toBe(1);
    expect(await notices.first().textContent()).toContain(
      'Ignored 1,000 values of the URL parameter programme that are not valid: p0, p1, p2 …',
    );
    const map = await page.locator('[data-testid="map"]').boundingBox();
    const viewport = page.viewportSize();
    expect(map && viewport && map.y + map.height / 2).toBeLessThan(viewport?.height ?? 0);
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('opened in Slovenian', () => {
  it('builds the map once', async () => {
    const watched = await openPage(browser(), baseUrl);
    await visit(watched.page, baseUrl, '?lang=sl');
    expect(await watched.page.locator('[data-testid="map"] canvas').count()).toBe(1);
    expect(await renderedPartners(watched.page)).toBe(46);
    expect(watched.consoleErrors).toEqual([]);
  });
});
