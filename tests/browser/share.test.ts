// A link made from the Share / Embed dialog opens the data it was made from, or says it cannot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, downloadListCsv, visit } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The seed data with ASIS renamed to f3: a project the default data does not have.
const seed = readFileSync('data/dataset.json', 'utf8');
const renamed = seed.replaceAll('"asis"', '"f3"');
const dir = mkdtempSync(join(tmpdir(), 'share-'));
const ownFile = join(dir, 'our-projects.json');
writeFileSync(ownFile, renamed);

const dialog = (page: Page) => page.getByRole('dialog');
const sharedLink = async (page: Page) => dialog(page).locator('textarea').first().inputValue();

async function openShareDialog(page: Page): Promise<void> {
  await page.locator('.share-button', { hasText: /Share|Deli/ }).click();
  await dialog(page).waitFor();
}

/** The app with `search`, with the renamed data opened from a file and its project f3 selected. */
async function givenDataFromFile(search = ''): Promise<Page> {
  const { page } = await openPage(browser(), baseUrl);
  await visit(page, baseUrl, search);
  await page.locator('input[type="file"]').setInputFiles(ownFile);
  await page.locator('.project-item[data-project="f3"]').click();
  return page;
}

describe('the share link', () => {
  it('says that data opened from a file is not in the link, which shows the default data', async () => {
    const page = await givenDataFromFile();
    await openShareDialog(page);
    expect(await dialog(page).getByRole('note').textContent()).toBe(
      'The data shown was opened from the file “our-projects.json”, which a link cannot carry: this link and the embed code show the default data.',
    );
  });

  it('says so in Slovenian too', async () => {
    const page = await givenDataFromFile('?lang=sl');
    await openShareDialog(page);
    expect(await dialog(page).getByRole('note').textContent()).toContain(
      'Prikazani podatki so odprti iz datoteke »our-projects.json«',
    );
  });

  it('keeps the dataset named by ?data=, and says nothing about files', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.route('**/ours/dataset.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: renamed }),
    );
    await visit(page, baseUrl, '?data=ours/dataset.json');
    await page.locator('.project-item[data-project="f3"]').click();
    await openShareDialog(page);
    const link = new URL(await sharedLink(page));
    expect(link.searchParams.get('data')).toBe('ours/dataset.json');
    expect(link.searchParams.get('project')).toBe('f3');
    expect(await dialog(page).getByRole('note').count()).toBe(0);
    // The link opens what it was made from.
    const opened = await openPage(browser(), baseUrl);
    await opened.page.route('**/ours/dataset.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: renamed }),
    );
    await visit(opened.page, baseUrl, link.search);
    expect(await detailPanel(opened.page).getAttribute('data-selection')).toBe('project:f3');
    expect(await counts(opened.page)).toEqual({ projects: 5, partners: 46 });
  });

  it('leaves the per-project links out of the CSV of data opened from a file', async () => {
    const page = await givenDataFromFile();
    const [header, ...rows] = await downloadListCsv(page);
    const link = header?.indexOf('link') ?? -1;
    expect(link).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[link])).toEqual(['', '', '', '', '']);
  });
});
