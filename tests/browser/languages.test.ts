// Every language the app offers, as its reader sees it: the page in that language, each number
// with its noun in the right plural form, no message key or placeholder left showing, the
// language switch naming each language in itself, and only the reader's catalogue loaded.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGS, LANGUAGES, type Lang } from '../../src/i18n/languages';
import { openPage, useBrowser, type WatchedPage } from './driver';
import { serveBigDataset } from './datasets';
import { baseKey, readCatalogue } from '../unit/catalogues';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const KEYS = [...readCatalogue('en').keys()].map(baseKey);

/** Five projects, each found by its name alone, with 1, 2, 3, 5 and 21 partners. */
const PARTNER_COUNTS = { Alpha: 1, Bravo: 2, Charlie: 3, Delta: 5, Echo: 21 } as const;
function pluralsDataset(): string {
  const sources = ['plural-test'];
  const entries = Object.entries(PARTNER_COUNTS);
  const partners = entries.flatMap(([, count], project) =>
    Array.from({ length: count }, (_, k) => ({
      id: `org-${project}-${k}`,
      name: `Organisation ${project}-${k}`,
      country: 'SI',
      sources,
      seat: { town: 'Ljubljana', confidence: 'unchecked', sources },
      nuts: null,
      location: { lon: 14 + k * 0.05, lat: 46 + project * 0.05, method: 'gazetteer', geonamesId: null, sources },
    })),
  );
  const projects = entries.map(([name, count], project) => ({
    id: name.toLowerCase(),
    acronym: name,
    title: { original: name, lang: 'en', sources },
    programme: 'plural-programme',
    period: '2021-2027',
    programmeSources: sources,
    start: { value: '2022-01', sources },
    end: { value: '2024-12', sources },
    budget: { total: null, eu: null, euRate: null },
    description: null,
    website: null,
    partners: Array.from({ length: count }, (_, k) => ({
      partner: `org-${project}-${k}`,
      role: k === 0 ? 'lead' : 'partner',
      sources,
    })),
    notes: [],
  }));
  return JSON.stringify({
    format: 'interreg-map-dataset',
    version: 1,
    sources: [{ id: 'plural-test', kind: 'dataset', title: 'Plural forms', lang: 'en' }],
    programmes: [{ id: 'plural-programme', name: 'Interreg Test', colour: '#336699', sources }],
    partners,
    projects,
  });
}

/** What the summary must say for `count` partners: the catalogue's form for the count's plural category. */
function partnersPhrase(lang: Lang, count: number): string {
  const locale = LANGUAGES[lang].locale;
  const form = new Intl.PluralRules(locale).select(count);
  const text = readCatalogue(lang).get(`summary.partners_${form}`);
  if (text === undefined) throw new Error(`${lang} has no summary.partners_${form}`);
  return text.replace(/{{\s*count, number\s*}}/, new Intl.NumberFormat(locale).format(count));
}

async function openIn(lang: Lang | null, locale?: string): Promise<WatchedPage> {
  const watched = await openPage(browser(), baseUrl, locale ? { locale } : {});
  await serveBigDataset(watched.page, baseUrl, pluralsDataset());
  const langParam = lang ? `&lang=${lang}` : '';
  await watched.page.goto(new URL(`?data=big.json${langParam}`, baseUrl).toString());
  await watched.page.locator('[role="status"][data-loaded="true"]').waitFor();
  return watched;
}

async function search(page: Page, text: string, partners: number): Promise<string> {
  await page.locator('input[type="search"]').fill(text);
  const status = page.locator(`[role="status"][data-partners="${partners}"][data-projects="1"]`);
  await status.waitFor({ timeout: 15_000 });
  return (await status.locator('.summary-count').textContent()) ?? '';
}

/** Message keys ("summary.partners") or placeholders ("{{count}}") showing on the page. */
async function leakedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const leaks = KEYS.filter((key) => text.includes(key));
  return text.includes('{{') ? [...leaks, '{{'] : leaks;
}

describe.each(LANGS)('the app in %s', (lang) => {
  let watched: WatchedPage;
  beforeAll(async () => {
    watched = await openIn(lang);
  });

  it('is in that language, with the right plural form for 1, 2, 3, 5 and 21 partners', async () => {
    const { page } = watched;
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const [name, count] of Object.entries(PARTNER_COUNTS)) {
      expect(await search(page, name, count)).toContain(partnersPhrase(lang, count));
    }
    expect(await page.locator('h1').textContent()).toBe(readCatalogue(lang).get('app.title'));
  });

  it('shows no message key or placeholder, and logs no error', async () => {
    const { page, consoleErrors } = watched;
    await page.locator('.project-item').first().click();
    await page.locator('#detail-title').waitFor();
    expect(await leakedKeys(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('choosing a language', () => {
  it('offers every language named in itself, and loads only the chosen catalogue', async () => {
    const { page } = await openIn('de');
    const options = page.locator('.lang-switch option');
    expect(await options.allTextContents()).toEqual(LANGS.map((code) => LANGUAGES[code].name));
    expect(await options.evaluateAll((all) => all.map((option) => option.getAttribute('lang')))).toEqual(LANGS);
    const catalogues = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
        .filter((file) => /^[a-z]{2}-[\w-]+\.js$/.test(file))
        .map((file) => file.slice(0, 2)),
    );
    expect(catalogues).toEqual(['de']);
  });

  it('follows the browser’s preferred language when the address names none', async () => {
    const austrian = await openIn(null, 'de-AT');
    expect(await austrian.page.locator('html').getAttribute('lang')).toBe('de');
    const norwegian = await openIn(null, 'no');
    expect(await norwegian.page.locator('html').getAttribute('lang')).toBe('nb');
    const unoffered = await openIn(null, 'ja-JP');
    expect(await unoffered.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('falls back to English, and says so, when a catalogue cannot be loaded', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.route(/\/assets\/de-[\w-]+\.js$/, (route) => route.abort());
    await watched.page.goto(new URL('?lang=de', baseUrl).toString());
    await watched.page.locator('[role="status"][data-loaded="true"]').waitFor();
    expect(await watched.page.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(() => watched.page.locator('body').innerText())
      .toContain('The texts in Deutsch could not be loaded, so the app is shown in English.');
  });
});
