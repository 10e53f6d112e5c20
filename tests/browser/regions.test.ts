// The region filter: regions found by name or code in the region control, several at once, in the
// address, and counts that say how many partners are in the chosen regions.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  chooseRegion,
  chosenRegions,
  counts,
  detailPanel,
  regionBox,
  seriousAccessibilityViolations,
  visit,
  waitForMap,
} from './app';
import { openPage, useBrowser, type PageOptions, type WatchedPage } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Dataset = {
  projects: { id: string; partners: { partner: string }[] }[];
  partners: { id: string; nuts: { nuts3: string } | null }[];
};
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
const nuts3 = new Map(dataset.partners.map((partner) => [partner.id, partner.nuts?.nuts3 ?? '']));

/** What the data says a region filter should match: projects with a partner in any of the regions,
 * their partners, and how many of those are in the regions. */
function expected(codes: string[]) {
  const inRegions = (id: string) => codes.some((code) => nuts3.get(id)!.startsWith(code));
  const projects = dataset.projects.filter((project) => project.partners.some(({ partner }) => inRegions(partner)));
  const partners = new Set(projects.flatMap((project) => project.partners.map(({ partner }) => partner)));
  return { projects: projects.length, partners: partners.size, inside: [...partners].filter(inRegions).length };
}

async function given(search = '', options: PageOptions = {}): Promise<WatchedPage> {
  const watched = await openPage(browser(), baseUrl, options);
  await visit(watched.page, baseUrl, search);
  return watched;
}

const summary = (watched: WatchedPage) => watched.page.locator('.summary-count').textContent();

describe('the region filter', () => {
  it('names the region of an address by name and code', async () => {
    const watched = await given('?region=SI031');
    expect(await chosenRegions(watched.page)).toEqual(['Pomurska (SI031)']);
    const { projects, partners } = expected(['SI031']);
    expect(await counts(watched.page)).toEqual({ projects, partners });
    expect(watched.consoleErrors).toEqual([]);
  });

  it('offers Zala (HU223) when the reader types "Zala", and filters by it when chosen', async () => {
    const { page, consoleErrors } = await given();
    await regionBox(page).fill('Zala');
    const option = page.getByRole('option', { name: '(HU223)' });
    await option.waitFor();
    expect(await option.textContent()).toContain('Zala (HU223)');
    await page.screenshot({ path: 'test-results/region-picker-open.png' });
    await option.click();
    expect(await chosenRegions(page)).toEqual(['Zala (HU223)']);
    const { projects, partners } = expected(['HU223']);
    expect(await counts(page)).toEqual({ projects, partners });
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('HU223');
    expect(consoleErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violations with its list open and regions chosen', async () => {
    const { page } = await given('?region=SI031,HU223', { bypassCSP: true });
    await regionBox(page).fill('ober');
    await page.getByRole('option', { name: '(DE21)' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('is worked from the keyboard: arrows and Enter choose, Backspace removes the last, Escape closes', async () => {
    const { page } = await given();
    const box = regionBox(page);
    await box.fill('pomur');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await box.fill('Oberbayern');
    await page.keyboard.press('Enter');
    expect(await chosenRegions(page)).toEqual(['Pomurska (SI031)', 'Oberbayern (DE21)']);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('SI031,DE21');
    await page.screenshot({ path: 'test-results/region-picker-chips.png' });
    await page.keyboard.press('Backspace');
    expect(await chosenRegions(page)).toEqual(['Pomurska (SI031)']);
    await box.fill('Zala');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await chosenRegions(page)).toEqual(['Pomurska (SI031)']);
  });

  it.each([
    ['SI031', 'HU223'],
    ['SI031', 'NO060'],
  ])('counts the projects with a partner in %s or %s', async (...codes) => {
    const watched = await given(`?region=${codes.join(',')}`);
    const { projects, partners, inside } = expected(codes);
    expect(await counts(watched.page)).toEqual({ projects, partners });
    expect(
      Number(await watched.page.locator('[data-partners-in-regions]').getAttribute('data-partners-in-regions')),
    ).toBe(inside);
  });

  it('says how many of the partners are in the region, in the summary and in the detail', async () => {
    const watched = await given('?region=SI031&project=sens-network');
    const { projects, partners, inside } = expected(['SI031']);
    expect(await summary(watched)).toBe(`${projects} of 5 projects, ${partners} partners, ${inside} in Pomurska`);
    expect(await watched.page.locator('.summary-filters').textContent()).toBe('Filters: region Pomurska (SI031).');
    expect(await detailPanel(watched.page).locator('.region-split').textContent()).toBe('2 partners, 1 in Pomurska');
    await watched.page.screenshot({ path: 'test-results/region-summary-detail.png' });
  });

  it('says it in Slovenian too', async () => {
    const watched = await given('?region=SI031,HU223&lang=sl');
    await expect
      .poll(() => summary(watched))
      .toBe('1 od 5 projektov, 2 partnerja, od tega 2 v izbranem območju (Pomurska in Zala)');
  });

  it('takes a region where no partner lies: no project, no notice', async () => {
    const watched = await given('?region=HU221');
    expect(await chosenRegions(watched.page)).toEqual(['Győr-Moson-Sopron (HU221)']);
    expect(await counts(watched.page)).toEqual({ projects: 0, partners: 0 });
    expect(await watched.page.locator('.notices').count()).toBe(0);
  });

  it('ignores a code that is no region with a notice, and keeps working', async () => {
    const watched = await given('?region=XX999');
    expect(await watched.page.locator('.notices').textContent()).toContain(
      'Ignored the URL parameter region: "XX999" is not valid.',
    );
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    await chooseRegion(watched.page, 'Pomurska', 'SI031');
    const { projects, partners } = expected(['SI031']);
    expect(await counts(watched.page)).toEqual({ projects, partners });
    expect(watched.consoleErrors).toEqual([]);
  });

  it('goes back to anywhere in one click', async () => {
    const { page } = await given('?region=SI031,HU223');
    await page.getByRole('button', { name: 'Anywhere again' }).click();
    await waitForMap(page);
    expect(await chosenRegions(page)).toEqual([]);
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });
});
