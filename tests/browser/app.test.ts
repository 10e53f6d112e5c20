import { describe, expect, inject, it } from 'vitest';
import {
  chooseRegion,
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
  toggleProgramme,
  visit,
  waitForMap,
} from './app';
import { openPage, useBrowser, type PageOptions, type WatchedPage } from './driver';

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
  it('is served under a strict Content-Security-Policy and draws the map without violating it', async () => {
    const watched = await openPage(browser(), baseUrl);
    const response = await watched.page.goto(baseUrl);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForMap(watched.page);
    expect(await renderedPartners(watched.page)).toBe(46);
    expectCleanRun(watched);
  });

  it('draws the map with every partner and counts 5 projects and 46 partners', async () => {
    const watched = await given();
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    expect(await renderedPartners(watched.page)).toBe(46);
    expect(await mapColourCount(watched.page)).toBeGreaterThan(50);
    await watched.page.screenshot({ path: 'test-results/first-load.png' });
    expectCleanRun(watched);
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
  it('says the partners could not be drawn, and the list and counts stay complete', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.context().route(/points\.worker-.*\.js$/, (route) => route.abort());
    await visit(watched.page, baseUrl);
    await watched.page.getByText('The partner points could not be drawn on the map').waitFor();
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    await toggleProgramme(watched.page, 'Interreg Europe');
    await waitForMap(watched.page);
    expect(await watched.page.getByText('The partner points could not be drawn on the map').count()).toBe(1);
  });
});

describe('filters', () => {
  it('unticking programmes changes the counts, the map and the URL', async () => {
    const { page, ...rest } = await given();
    await toggleProgramme(page, 'Interreg Europe');
    await toggleProgramme(page, 'Interreg Sweden–Norway');
    expect(await counts(page)).toEqual({ projects: 3, partners: 21 });
    expect(await renderedPartners(page)).toBe(21);
    expect(new URL(page.url()).searchParams.get('programme')).toBe('alpine-space,central-europe,slovenia-hungary');
    expectCleanRun({ page, ...rest });
  });

  it('filters by region and by year range', async () => {
    const { page } = await given();
    await chooseRegion(page, 'SI03');
    expect(await counts(page)).toEqual({ projects: 3, partners: 23 });
    await page.getByLabel('From').fill('2022');
    expect(await counts(page)).toEqual({ projects: 1, partners: 10 });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
  });

  it('says which projects a budget bound hides because their figure is unknown', async () => {
    const { page } = await given();
    await setBudget(page, 'EU contribution', 1_000_000);
    expect(await counts(page)).toEqual({ projects: 3, partners: 34 });
    await expect.poll(() => page.locator('.summary-note').textContent()).toContain('1 project without a known EU contribution');
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
  it('a project from the list shows its partners, lead, money and sources', async () => {
    const { page } = await given();
    await openProject(page, 'SENS NETWORK');
    const panel = detailPanel(page);
    await expect.poll(() => panel.textContent()).toContain('Zala Zöld Szíve Vidékfejlesztési Egyesület');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Ustanova lokalna razvojna fundacija za Pomurje');
    expect(text).toContain('Lead partner');
    expect(text).toContain('€184,967.54');
    expect(text).toMatch(/Total budget\s*unknown/);
    expect(await panel.getByRole('link', { name: /zzsz\.eu/ }).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('project')).toBe('sens-network');
    await page.screenshot({ path: 'test-results/project-detail.png' });
  });

  it('the keyboard reaches the list, opens a project, and Escape closes it back to the list', async () => {
    const { page } = await given();
    const item = page.locator('.project-item', { hasText: 'InduCCI' });
    await item.focus();
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
    const { page } = await given('?area=alpine-space-2014-2020');
    await page.getByRole('button', { name: 'Close' }).first().click();
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

  it('ignores bad parameters with a visible notice and keeps working', async () => {
    const watched = await given('?programme=mars&from=abc&budgetMin=-1&region=%3Cscript%3Ealert(1)%3C/script%3E&project=nope&lang=xx');
    const { page } = watched;
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    const notices = (await page.locator('.notices').textContent()) ?? '';
    expect(notices).toContain('Ignored the URL parameter programme');
    expect(notices).toContain('<script>');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expectCleanRun(watched);
  });
});

describe('languages', () => {
  it('switches to Slovenian, with money and dates formatted for the locale', async () => {
    const { page } = await given('?project=sens-network');
    await page.getByLabel('Language').selectOption('sl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Zemljevid sodelovanja Interreg');
    expect(await page.locator('html').getAttribute('lang')).toBe('sl');
    const text = ((await detailPanel(page).textContent()) ?? '').replace(/\u00a0/g, ' ');
    expect(text).toContain('184.967,54 €');
    expect(text).toContain('1. marec 2019');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('sl');
    await expect.poll(() => page.getByRole('button', { name: 'Povečaj' }).count()).toBe(1);
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
  it('a broken data file gets a clear message and the page keeps working', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.route(/\/assets\/dataset-[^/]*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"interreg-map-dataset","version":1,"projects":"<img src=x onerror=alert(1)>"}' }));
    await watched.page.goto(baseUrl);
    const alert = watched.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The project data could not be loaded.');
    expect(await alert.textContent()).toContain('projects');
    expect(await watched.page.locator('img').count()).toBe(0);
    await waitForMap(watched.page);
    expect(watched.offOriginRequests).toEqual([]);
  });

  it('without WebGL 2 it says so, and the list and details still work', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type === 'webgl2' ? null : (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await watched.page.goto(new URL('?project=smice', baseUrl).toString());
    await expect.poll(() => watched.page.locator('.map-fallback').textContent()).toContain('WebGL 2 is not available');
    await watched.page.locator('[role="status"][data-loaded="true"]').waitFor();
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    expect(await detailPanel(watched.page).textContent()).toContain('Region Jämtland Härjedalen');
    expect(watched.consoleErrors).toEqual([]);
  });
});
