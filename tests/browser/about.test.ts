// The first screen explains itself: an About panel, opening other data tucked into a menu (and
// absent where visitors only look), and links from data that show where they really lead.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { detailPanel, openProject, seriousAccessibilityViolations, visit } from './app';
import { openPage, useBrowser, type PageOptions } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function given(search = '', options: PageOptions = {}) {
  const watched = await openPage(browser(), baseUrl, options);
  await visit(watched.page, baseUrl, search);
  return watched;
}

describe('the About panel', () => {
  it('opens from the header and says which data is shown, how much, and whose boundaries', async () => {
    const { page, consoleErrors } = await given();
    await page.getByRole('button', { name: 'About' }).click();
    const about = page.getByRole('dialog', { name: 'About this map' });
    await expect.poll(() => about.textContent()).toContain('5 projects, as of 23 November 2026');
    const text = (await about.textContent()) ?? '';
    expect(text).toContain('What Interreg is');
    expect(text).toContain('© EuroGeographics for the administrative boundaries');
    await page.screenshot({ path: 'test-results/about.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => about.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the About panel and the header menu', () => {
  it('have no serious or critical accessibility violations', async () => {
    const { page } = await given('', { bypassCSP: true });
    await page.locator('.header-menu > summary').click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'About' }).click();
    await page.getByRole('dialog', { name: 'About this map' }).getByText('What Interreg is').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('opening another dataset', () => {
  it('is an item of the header’s “⋯” menu', async () => {
    const { page } = await given();
    const open = page.getByRole('button', { name: 'Open dataset…' });
    expect(await open.isVisible()).toBe(false);
    await page.locator('.header-menu > summary').click();
    await expect.poll(() => open.isVisible()).toBe(true);
  });

  it('is not offered in an embed', async () => {
    const { page } = await given('?mode=embed&controls=list');
    expect(await page.getByRole('button', { name: 'Open dataset…' }).count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
  });
});

describe('a website link from data', () => {
  it('shows the host it really opens, with no hidden or reordering characters', async () => {
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
      projects: { id: string; website: { value: string } | null }[];
    };
    dataset.projects.find((p) => p.id === 'resees')!.website!.value = 'https://evil.example/"><img…>\u202Egpj.exe';
    dataset.projects.find((p) => p.id === 'asis')!.website!.value = 'https://аррӏе.com/';
    const file = join(mkdtempSync(join(tmpdir(), 'about-')), 'hostile.json');
    writeFileSync(file, JSON.stringify(dataset));
    const { page } = await given();
    await page.locator('input[type="file"]').setInputFiles(file);

    await openProject(page, 'RESEES');
    const website = detailPanel(page).locator('dt:text-is("Website") + dd a').first();
    await expect.poll(() => website.textContent()).toMatch(/^evil\.example\//);
    expect(await website.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F<>"]/);
    expect(await website.getAttribute('href')).toBe('https://evil.example/%22%3E%3Cimg%E2%80%A6%3E%E2%80%AEgpj.exe');

    await openProject(page, 'ASIS');
    await expect.poll(() => website.textContent()).toBe('xn--80ak6aa92e.com');
  });
});

describe('an area detail', () => {
  it('says what the area is in plain words, with how it was drawn one step away', async () => {
    const { page } = await given('?area=slovenia-hungary-2014-2020');
    const detail = detailPanel(page);
    await expect.poll(() => detail.textContent()).toContain('2014–2020');
    expect(await detail.textContent()).toContain('Slovenia');
    expect(await detail.locator('details summary').textContent()).toBe('How this outline was drawn');
    expect(await detail.locator('details').getAttribute('open')).toBeNull();
    await page.screenshot({ path: 'test-results/area-detail.png' });
  });
});
