import { describe, expect, inject, it } from 'vitest';
import {
  chooseRegion,
  chosenRegions,
  counts,
  detailPanel,
  downloadListCsv,
  findColourOnMap,
  highlightedPartners,
  loseMapContext,
  mapColourCount,
  openProject,
  renderedPartners,
  seriousAccessibilityViolations,
  setBudget,
  tabTo,
  toggleProgramme,
  visit,
  waitForMap,
} from './app';
import { cspViolations, openPage, useBrowser, useSharedPage, type PageOptions, type WatchedPage } from './driver';
import { STRICT_CSP } from '../../scripts/lib/csp';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function given(search = '', options: PageOptions = {}): Promise<WatchedPage> {
  const watched = await openPage(browser(), baseUrl, options);
  await visit(watched.page, baseUrl, search);
  return watched;
}

function expectCleanRun(watched: WatchedPage): void {
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.offOriginRequests).toEqual([]);
}

describe('first load', () => {
  const loaded = useSharedPage(() => given());

  it('is served under a strict Content-Security-Policy', async () => {
    // The server is the app's own serving config (vite.config.ts), as `npm start` runs it.
    const policy = (await fetch(baseUrl)).headers.get('content-security-policy');
    expect(policy).toBe(STRICT_CSP);
    expect(policy).not.toContain("'unsafe-");
  });

  it('draws the map without violating the Content-Security-Policy', async () => {
    expect(await renderedPartners(loaded().page)).toBe(46);
    expect(cspViolations(loaded())).toEqual([]);
  });

  it('draws the map with every partner and counts 5 projects and 46 partners', async () => {
    const { page } = loaded();
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await renderedPartners(page)).toBe(46);
    expect(await mapColourCount(page)).toBeGreaterThan(50);
    await page.screenshot({ path: 'test-results/first-load.png' });
  });

  it('logs no errors and asks nothing of another origin', () => {
    expectCleanRun(loaded());
  });

  it('has no serious or critical accessibility violations', async () => {
    const watched = await given('?project=inducci', { bypassCSP: true });
    expect(await seriousAccessibilityViolations(watched.page)).toEqual([]);
  });
});

describe('a kiosk left running', () => {
  it('draws the current filter result again after the graphics context is lost and restored', async () => {
    const watched = await given();
    const restore = await loseMapContext(watched.page);
    await toggleProgramme(watched.page, 'Interreg Europe');
    await toggleProgramme(watched.page, 'Interreg Sweden–Norway');
    await restore();
    expect(await counts(watched.page)).toEqual({ projects: 3, partners: 21 });
    expect(await renderedPartners(watched.page)).toBe(21);
    expect(await mapColourCount(watched.page)).toBeGreaterThan(50);
    expectCleanRun(watched);
  });
});

describe('when a part of the app fails to load', () => {
  it('still draws every partner if the points protocol cannot be loaded into the map workers', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.context().route(/pointsProtocol-.*\.mjs$/, (route) => route.abort());
    await visit(watched.page, baseUrl);
    expect(await renderedPartners(watched.page)).toBe(46);
    await toggleProgramme(watched.page, 'Interreg Europe');
    expect(await renderedPartners(watched.page)).toBe(36);
  });
});

describe('when the points worker cannot start', () => {
  const notice = 'The partner points could not be drawn on the map';
  async function givenNoPointsWorker(): Promise<WatchedPage> {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.context().route(/points\.worker-.*\.js$/, (route) => route.abort());
    await visit(watched.page, baseUrl);
    return watched;
  }
  const failed = useSharedPage(givenNoPointsWorker);

  it('says the partners could not be drawn', async () => {
    await failed().page.getByText(notice).waitFor();
  });

  it('the list and counts stay complete', async () => {
    const { page } = failed();
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await page.locator('.project-item').count()).toBe(5);
  });

  it('says so once, not again on every filter change', async () => {
    const { page } = await givenNoPointsWorker();
    await page.getByText(notice).waitFor();
    await toggleProgramme(page, 'Interreg Europe');
    await waitForMap(page);
    expect(await page.getByText(notice).count()).toBe(1);
  });
});

describe('filters', () => {
  describe('unticking programmes', () => {
    const unticked = useSharedPage(async () => {
      const watched = await given();
      await toggleProgramme(watched.page, 'Interreg Europe');
      await toggleProgramme(watched.page, 'Interreg Sweden–Norway');
      return watched;
    });

    it('changes the counts', async () => {
      expect(await counts(unticked().page)).toEqual({ projects: 3, partners: 21 });
    });

    it('changes the map', async () => {
      expect(await renderedPartners(unticked().page)).toBe(21);
    });

    it('changes the URL', async () => {
      await expect
        .poll(() => new URL(unticked().page.url()).searchParams.get('programme'))
        .toBe('alpine-space,central-europe,slovenia-hungary');
    });

    it('logs no errors', async () => {
      await waitForMap(unticked().page);
      expectCleanRun(unticked());
    });
  });

  it('filters by region', async () => {
    const { page } = await given();
    await chooseRegion(page, 'SI03');
    expect(await counts(page)).toEqual({ projects: 3, partners: 23 });
  });

  it('filters by year range', async () => {
    const { page } = await given();
    await page.getByLabel('From').fill('2022');
    expect(await counts(page)).toEqual({ projects: 1, partners: 10 });
  });

  it('Reset clears the region and the years and shows everything again', async () => {
    const { page } = await given('?region=SI03&from=2022');
    expect(await counts(page)).toEqual({ projects: 1, partners: 10 });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await chosenRegions(page)).toEqual([]);
    expect(await page.getByLabel('From').inputValue()).toBe('');
  });

  it('says which projects a budget bound hides because their figure is unknown', async () => {
    const { page } = await given();
    await setBudget(page, 'EU contribution', 1_000_000);
    expect(await counts(page)).toEqual({ projects: 3, partners: 34 });
    await expect
      .poll(() => page.locator('.summary-note').textContent())
      .toContain('1 project without a known EU contribution');
  });

  it('downloads the matching projects as CSV, with their figures and a link to each', async () => {
    const watched = await given();
    await toggleProgramme(watched.page, 'Interreg Europe');
    await toggleProgramme(watched.page, 'Interreg Sweden–Norway');
    const [header, ...rows] = await downloadListCsv(watched.page);
    expect(header).toContain('total_budget_currency');
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['asis', 'sens-network']));
    expect(rows).toHaveLength(3);
    expect(rows.flat().some((cell) => cell.includes('?project=asis'))).toBe(true);
    expectCleanRun(watched);
  });

  it('searches across partner names', async () => {
    const { page } = await given();
    await page.getByLabel('Search').fill('Zöld');
    expect(await counts(page)).toEqual({ projects: 1, partners: 2 });
    expect(await renderedPartners(page)).toBe(2);
  });

  it('Reset empties a typed search and shows everything again', async () => {
    const { page } = await given();
    await page.getByLabel('Search').pressSequentially('zold');
    expect(await counts(page)).toEqual({ projects: 1, partners: 2 });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.getByLabel('Search').inputValue()).toBe('');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await renderedPartners(page)).toBe(46);
  });
});

describe('details', () => {
  describe('a project from the list', () => {
    const opened = useSharedPage(async () => {
      const watched = await given();
      await openProject(watched.page, 'SENS NETWORK');
      await watched.page.locator('.detail-panel[data-selection="project:sens-network"]').waitFor();
      return watched;
    });

    it('shows its partners, lead, money and sources', async () => {
      const { page } = opened();
      const panel = detailPanel(page);
      await expect.poll(() => panel.textContent()).toContain('Zala Zöld Szíve Vidékfejlesztési Egyesület');
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain('Ustanova lokalna razvojna fundacija za Pomurje');
      expect(text).toContain('Lead partner');
      expect(text).toContain('€184,967.54');
      expect(text).toMatch(/Total budget\s*unknown/);
      expect(await panel.getByRole('link', { name: /zzsz\.eu/ }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: 'test-results/project-detail.png' });
    });

    it('is named in the URL, so the view can be shared', async () => {
      await expect.poll(() => new URL(opened().page.url()).searchParams.get('project')).toBe('sens-network');
    });
  });

  it('the keyboard reaches the list, opens a project, and Escape closes it back to the list', async () => {
    const { page } = await given();
    // From the top of the page: the skip link comes first, then the list's rows in order.
    await tabTo(page, page.getByRole('link', { name: 'Skip to project list' }), 1);
    await page.keyboard.press('Enter');
    const item = page.locator('.project-item', { hasText: 'InduCCI' });
    await tabTo(page, item, 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => detailPanel(page).getAttribute('data-selection')).toBe('project:inducci');
    await page.keyboard.press('Escape');
    await expect.poll(() => detailPanel(page).count()).toBe(0);
    expect(await item.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('a selected project stands out on the map with all its partners, clustered or not', async () => {
    const { page } = await given();
    expect(await highlightedPartners(page)).toBe(0);
    await openProject(page, 'ASIS');
    await expect.poll(() => highlightedPartners(page)).toBe(11);
    await page.screenshot({ path: 'test-results/project-highlight.png' });
  });

  it('clicking a partner point on the map opens the partner and its projects', async () => {
    // Given the two SENS NETWORK partners, the camera fitted to them.
    const { page } = await given('?programme=slovenia-hungary&project=sens-network');
    await waitForMap(page);
    const point = await findColourOnMap(page, '#B0407F');
    expect(point).not.toBeNull();

    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => detailPanel(page).getAttribute('data-selection')).toMatch(/^partner:/);
    expect(await detailPanel(page).textContent()).toContain('SENS NETWORK');
    await page.screenshot({ path: 'test-results/partner-detail.png' });
  });
});

describe('overlapping areas', () => {
  it('a click where programme areas overlap offers each of them', async () => {
    // Given the camera on the Alpine Space, whose centre is also in Interreg Europe's area.
    // The regions layer is off: with it shown, a click chooses a region. The details stay open
    // (closing them returns the camera to the view before them).
    const { page } = await given('?area=alpine-space-2014-2020');
    await page.getByLabel('Regions on the map').selectOption({ label: 'Off' });
    await waitForMap(page);
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.35, map.y + map.height * 0.5);
    const choice = page.getByRole('dialog', { name: 'Programme areas at this place' });
    await expect.poll(() => choice.textContent()).toContain('Interreg Alpine Space 2014–2020');
    expect(await choice.textContent()).toContain('Interreg Europe');
    await choice.getByRole('button', { name: /Interreg Europe/ }).click();
    await expect.poll(() => detailPanel(page).getAttribute('data-selection')).toBe('area:interreg-europe-2021-2027');
    expect(await detailPanel(page).textContent()).toContain('Known deviations');
  });
});

describe('the URL', () => {
  it('restores a shared view', async () => {
    const { page } = await given('?programme=central-europe,alpine-space&region=AT&project=asis');
    expect(await counts(page)).toEqual({ projects: 2, partners: 19 });
    expect(await detailPanel(page).getAttribute('data-selection')).toBe('project:asis');
  });

  describe('with bad parameters', () => {
    const bad = useSharedPage(() =>
      given('?programme=mars&from=abc&budgetMin=-1&region=%3Cscript%3Ealert(1)%3C/script%3E&project=nope&lang=xx'),
    );
    const notices = async () => (await bad().page.locator('.notices').textContent()) ?? '';

    it('ignores bad parameters and keeps working', async () => {
      expect(await counts(bad().page)).toEqual({ projects: 5, partners: 46 });
      expectCleanRun(bad());
    });

    it('ignores bad parameters with a visible notice', async () => {
      expect(await notices()).toContain('Ignored the URL parameter programme');
    });

    it('shows a value given as markup as text, and never runs it', async () => {
      expect(await notices()).toContain('<script>');
      expect(await bad().page.locator('script:not([src])').count()).toBe(0);
    });
  });
});

describe('languages', () => {
  const slovenian = useSharedPage(async () => {
    const watched = await given('?project=sens-network');
    await watched.page.getByLabel('Language').selectOption('sl');
    await watched.page.locator('h1', { hasText: 'Zemljevid sodelovanja Interreg' }).waitFor();
    return watched;
  });

  it('switches to Slovenian, the page and the map controls', async () => {
    const { page } = slovenian();
    expect(await page.locator('html').getAttribute('lang')).toBe('sl');
    await expect.poll(() => page.getByRole('button', { name: 'Povečaj' }).count()).toBe(1);
  });

  it('formats money and dates for the Slovenian locale', async () => {
    const text = ((await detailPanel(slovenian().page).textContent()) ?? '').replace(/\u00a0/g, ' ');
    expect(text).toContain('184.967,54 €');
    expect(text).toContain('1. marec 2019');
  });

  it('keeps the chosen language in the URL', async () => {
    await expect.poll(() => new URL(slovenian().page.url()).searchParams.get('lang')).toBe('sl');
  });
});

describe('small screens', () => {
  it('works at phone width', async () => {
    const watched = await given('', { viewport: { width: 360, height: 740 } });
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    expect(await mapColourCount(watched.page)).toBeGreaterThan(20);
    await watched.page.screenshot({ path: 'test-results/phone.png', fullPage: true });
    expectCleanRun(watched);
  });
});

describe('when things go wrong', () => {
  describe('a broken data file', () => {
    const broken = useSharedPage(async () => {
      const watched = await openPage(browser(), baseUrl);
      await watched.page.route(/\/assets\/dataset-[^/]*\.json$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"format":"interreg-map-dataset","version":1,"projects":"<img src=x onerror=alert(1)>"}',
        }),
      );
      await watched.page.goto(baseUrl);
      await watched.page.getByRole('alert').filter({ hasText: 'The project data could not be loaded.' }).waitFor();
      return watched;
    });

    it('gets a clear message that names what is wrong', async () => {
      expect(await broken().page.getByRole('alert').textContent()).toContain('projects');
    });

    it('shows markup from the file as text, never as elements', async () => {
      expect(await broken().page.locator('img').count()).toBe(0);
    });

    it('leaves the page working', async () => {
      await waitForMap(broken().page);
      expect(broken().offOriginRequests).toEqual([]);
    });
  });

  describe('without WebGL 2', () => {
    const noWebGl = useSharedPage(async () => {
      const watched = await openPage(browser(), baseUrl);
      await watched.page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return type === 'webgl2' ? null : (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      });
      await watched.page.goto(new URL('?project=smice', baseUrl).toString());
      await watched.page.locator('[role="status"][data-loaded="true"]').waitFor();
      return watched;
    });

    it('it says so', async () => {
      await expect
        .poll(() => noWebGl().page.locator('.map-fallback').textContent())
        .toContain('WebGL 2 is not available');
    });

    it('the list still works', async () => {
      expect(await counts(noWebGl().page)).toEqual({ projects: 5, partners: 46 });
    });

    it('the details still work', async () => {
      expect(await detailPanel(noWebGl().page).textContent()).toContain('Region Jämtland Härjedalen');
    });

    it('logs no errors', () => {
      expect(noWebGl().consoleErrors).toEqual([]);
    });
  });
});
