// Generated datasets for the tests that need more projects than the seed data has.
import type { Page } from 'playwright-core';

const SOURCES = ['big'];

/**
 * A valid dataset of `projects` minimal projects in one programme, each led by one of
 * `partners` partners (70,000 projects make about 25 MB).
 */
export function generatedDataset(projects: number, partners: number): string {
  const partnerList = Array.from({ length: partners }, (_, i) => ({
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
  const projectList = Array.from({ length: projects }, (_, i) => ({
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
    partners: [{ partner: `org-${i % partners}`, role: 'lead', sources: SOURCES }],
    notes: [],
  }));
  return JSON.stringify({
    format: 'interreg-map-dataset',
    version: 1,
    sources: [{ id: 'big', kind: 'dataset', title: 'A large generated dataset', lang: 'en' }],
    programmes: [{ id: 'big-programme', name: 'Big programme', colour: '#336699', sources: SOURCES }],
    partners: partnerList,
    projects: projectList,
  });
}

/** Serves `body` as `<baseUrl>big.json` to the page and its frames (open the app with `?data=big.json`). */
export async function serveBigDataset(page: Page, baseUrl: string, body: string): Promise<void> {
  await page.context().route(`${baseUrl}big.json`, (route) => route.fulfill({ contentType: 'application/json', body }));
}

/** Waits for the data to be shown and the map to settle, longer than the usual waits: the file is large. */
export async function waitForLargeData(page: Page): Promise<void> {
  await page.locator('[role="status"][data-loaded="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset['mapIdle'] === 'true',
    undefined,
    { timeout: 60_000 },
  );
}
