// What the reader is told comes in their language, and the search finds names written with
// letters the reader's keyboard may not have.
import { describe, expect, inject, it } from 'vitest';
import { counts, visit, waitForMap } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('messages in the reader’s language', () => {
  it('a broken data file is explained in Slovenian', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.route(/\/assets\/dataset-[^/]*\.json$/, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"format":"interreg-map-dataset","version":1,"projects":"none"}',
      }),
    );
    await watched.page.goto(new URL('?lang=sl', baseUrl).toString());
    const alert = watched.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Podatkov o projektih ni bilo mogoče naložiti.');
    const problems = await alert.locator('li').allTextContents();
    expect(problems.some((line) => line.endsWith(': sources: manjka'))).toBe(true);
    expect(problems.some((line) => line.endsWith(': projects: mora biti seznam'))).toBe(true);
    await waitForMap(watched.page);
    expect(watched.consoleErrors).toEqual([]);
  });

  it('a dataset the server does not have is explained in Slovenian, and the seed projects are shown', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.route('**/missing/dataset.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await visit(watched.page, baseUrl, '?lang=sl&data=missing/dataset.json');
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    expect(await watched.page.getByRole('alert').textContent()).toContain(
      'missing/dataset.json: strežnik je odgovoril s kodo HTTP 404',
    );
  });
});

describe('the search', () => {
  it('finds Bielsko-Biała when the reader types "Biala"', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    await page.getByLabel('Search').fill('Biala');
    expect(await counts(page)).toEqual({ projects: 1, partners: 8 });
    expect(await page.locator('.project-item').allTextContents()).toEqual([expect.stringContaining('InduCCI')]);
  });
});
