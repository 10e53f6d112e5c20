// The Share / Embed dialog builds the embed a site editor chooses: panels, locks, theme, accent,
// language and height; it previews the embed and links to the embedding guide the app serves.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, seriousAccessibilityViolations, visit } from './app';
import { openPage, useBrowser, useSharedPage, type WatchedPage } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const dialog = (page: Page) => page.getByRole('dialog');

/** The app showing Slovenia–Hungary projects from 2018, with the Share / Embed dialog open. */
async function givenShareDialog(options: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const watched = await openPage(browser(), baseUrl, options);
  await visit(watched.page, baseUrl, '?programme=slovenia-hungary&from=2018');
  await watched.page.getByRole('button', { name: 'Share / Embed' }).click();
  await dialog(watched.page).waitFor();
  return watched;
}

/** The iframe's address in a snippet, as the host's browser reads the attribute. */
function snippetSource(snippet: string): URL {
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`no iframe in ${snippet}`);
  return new URL(src.replaceAll('&amp;', '&'));
}

async function previewFrame(page: Page): Promise<Frame> {
  const handle = await dialog(page).locator('.share-preview iframe').elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error('no preview frame');
  await content.locator('[role="status"][data-loaded="true"]').waitFor();
  return content;
}

describe('the embed builder', () => {
  const built = useSharedPage(async () => {
    const watched = await givenShareDialog();
    const share = dialog(watched.page);
    await share.getByRole('checkbox', { name: 'Legend' }).uncheck();
    await share.getByRole('checkbox', { name: 'Programme', exact: true }).check();
    await share.getByRole('radio', { name: 'Dark' }).check();
    await share.getByLabel('Accent colour').fill('#1a4d8f');
    return watched;
  });

  it('says that an agency dark blue stands out too little from the dark panels, and offers a lighter shade', async () => {
    const share = dialog(built().page);
    expect(await share.locator('.share-accent-check').textContent()).toBe(
      'Contrast 1.8:1 with the panels: at least 3:1 is needed, so the embed would ignore it.',
    );
    expect(await share.getByRole('button', { name: /nearest lighter shade/ }).textContent()).toMatch(
      /^Use the nearest lighter shade, #[0-9a-f]{6}$/,
    );
  });

  it('takes the offered shade, and the embed code carries exactly the choices and the height script', async () => {
    const { page } = built();
    const share = dialog(page);
    const offer = share.getByRole('button', { name: /nearest lighter shade/ });
    const shade = (await offer.textContent())?.split(', ')[1];
    await offer.click();
    expect(await share.getByLabel('Accent colour').inputValue()).toBe(shade);
    expect(await share.locator('.share-accent-check').textContent()).toMatch(/^Contrast 3\.\d:1 with the panels/);
    await share.getByRole('radio', { name: /Automatic/ }).check();

    const snippet = await share.getByLabel('Embed code (iframe)').inputValue();
    const src = snippetSource(snippet);
    expect(src.origin).toBe(new URL(baseUrl).origin);
    expect([...src.searchParams]).toEqual([
      ['programme', 'slovenia-hungary'],
      ['from', '2018'],
      ['mode', 'embed'],
      ['controls', 'filters,list'],
      ['lock', 'programme'],
      ['theme', 'dark'],
      ['accent', shade],
    ]);
    expect(snippet).toContain(' title="Interreg cooperation map"');
    expect(snippet).toContain(' loading="lazy"');
    expect(snippet).toContain(' sandbox="allow-scripts allow-same-origin');
    expect(snippet).toContain(`event.origin !== "${src.origin}"`);
    expect(snippet).toContain('"interreg-map:height"');
    expect(snippet.trimEnd().endsWith('</script>')).toBe(true);
  });

  it('previews the embed at the chosen width, as the code would show it', async () => {
    const { page } = built();
    const share = dialog(page);
    await share.getByRole('radio', { name: '320 px' }).check();
    const preview = share.locator('.share-preview iframe');
    expect(await preview.getAttribute('width')).toBe('320');
    const frame = await previewFrame(page);
    expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await frame.evaluate(() => document.documentElement.dataset['mode'])).toBe('embed');
    expect(await frame.getByRole('checkbox', { name: /Slovenia/ }).isDisabled()).toBe(true);
    expect((await counts(frame)).projects).toBe(1);
    await page.screenshot({ path: 'test-results/share-builder.png' });
  });

  it('says which sites may embed the map and links to the embedding guide, which the app serves', async () => {
    const { page } = built();
    const share = dialog(page);
    expect(await share.locator('.share-sites').textContent()).toContain('config.json');
    const [guide] = await Promise.all([
      page.context().waitForEvent('page'),
      share.getByRole('link', { name: 'Embedding guide' }).click(),
    ]);
    await guide.waitForLoadState();
    expect(new URL(guide.url()).origin).toBe(new URL(baseUrl).origin);
    expect(await guide.locator('body').textContent()).toContain('# Embedding the map');
    // Served with its charset: its dashes are dashes, not mojibake.
    expect(await guide.evaluate(() => document.characterSet)).toBe('UTF-8');
    expect(await guide.locator('body').textContent()).toContain('embed-example.html — a page on another origin');
    expect(built().consoleErrors).toEqual([]);
  });
});

describe('the Share dialog', () => {
  it('speaks Slovenian to a Slovenian reader', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl, '?lang=sl&programme=slovenia-hungary');
    await page.getByRole('button', { name: 'Deli / vdelaj' }).click();
    const share = dialog(page);
    await share.getByLabel('Barva poudarka').fill('#1a4d8f');
    expect(await share.getByRole('button', { name: /najbližji temnejši odtenek/ }).count()).toBe(0);
    expect(await share.locator('.share-accent-check').textContent()).toContain('barva dovolj izstopa');
    expect(await share.getByRole('link', { name: 'Navodila za vdelavo' }).count()).toBe(1);
  });

  it('has no serious accessibility issue', async () => {
    const { page } = await givenShareDialog({ bypassCSP: true });
    await dialog(page).getByRole('radio', { name: 'Dark' }).check();
    await dialog(page).getByLabel('Accent colour').fill('#1a4d8f');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
