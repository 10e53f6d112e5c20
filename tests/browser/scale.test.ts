import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const PROJECTS = 70_000;
const PARTNERS = 500;
const SOURCES = ['big'];

/** A valid dataset of `PROJECTS` minimal projects (about 25 MB), each with one partner. */
function bigDataset(): string {
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({
    id: `org-${i}`,
    name: `Organisation ${i}`,
    country: 'SI',
    sources: SOURCES,
    seat: { town: 'Ljubljana', confidence: 'unchecked', sources: SOURCES },
    nuts: null,
    location: {
      lon: 13.4 + (i % 25) * 0.1,
      lat: 45.5 + Math.floor(i / 25) * 0.05,
      method: 'gazetteer',
      geonamesId: null,
      sources: SOURCES,
    },
  }));
  const projects = Array.from({ length: PROJECTS }, (_, i) => ({
    id: `p-${i}`,
    acronym: `P${i}`,
    title: { original: `Project ${i}`, lang: 'en', sources: SOURCES },
    programme: 'big-programme',
    period: '2021-2027',
    programmeSources: SOURCES,
    start: { value: `${2000 + (i % 20)}-01`, sources: SOURCES },
    end: { value: `${2010 + (i % 20)}-12`, sources: SOURCES },
    budget: { total: null, eu: null, euRate: null },
    description: null,
    website: null,
    partners: [{ partner: `org-${i % PARTNERS}`, role: 'lead', sources: SOURCES }],
    notes: [],
  }));
  return JSON.stringify({
    format: 'interreg-map-dataset',
    version: 1,
    sources: [{ id: 'big', kind: 'dataset', title: 'A large generated dataset', lang: 'en' }],
    programmes: [{ id: 'big-programme', name: 'Big programme', colour: '#336699', sources: SOURCES }],
    partners,
    projects,
  });
}

/** Waits for the data to be shown and the map to settle, longer than the usual waits: the file is large. */
async function waitForLoaded(page: Page): Promise<void> {
  await page.locator('[role="status"][data-loaded="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset['mapIdle'] === 'true',
    undefined,
    { timeout: 60_000 },
  );
}

describe('a dataset of 70,000 projects', () => {
  it(
    'loads from ?data=, the summary counts every project and nothing logs an error',
    { timeout: 120_000 },
    async () => {
      const watched = await openPage(browser(), baseUrl);
      const { page } = watched;
      const body = bigDataset();
      await page.route(`${baseUrl}big.json`, (route) => route.fulfill({ contentType: 'application/json', body }));
      await page.goto(new URL('?data=big.json', baseUrl).toString());
      await waitForLoaded(page);
      expect(await counts(page)).toEqual({ projects: PROJECTS, partners: PARTNERS });
      expect(await page.getByRole('checkbox', { name: 'Big programme' }).count()).toBe(1);
      expect(watched.consoleErrors).toEqual([]);
    },
  );
});
