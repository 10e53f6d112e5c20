import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, visit } from './app';
import { openPage, useBrowser, useSharedPage } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The keep.eu fixture sheets, imported with the README's command.
const out = mkdtempSync(join(tmpdir(), 'imported-'));
execFileSync(
  'npx',
  [
    'tsx',
    'scripts/import-data.ts',
    '--out',
    out,
    'tests/fixtures/keep-eu/projects.csv',
    'tests/fixtures/keep-eu/partners.csv',
  ],
  { stdio: 'pipe' },
);
const imported = readFileSync(join(out, 'dataset.json'), 'utf8');

describe('loading a dataset at run time', () => {
  describe('from ?data= on the same origin', () => {
    const shown = useSharedPage(async () => {
      const watched = await openPage(browser(), baseUrl);
      await watched.page.route('**/imported/dataset.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: imported }),
      );
      await visit(watched.page, baseUrl, '?data=imported/dataset.json');
      await watched.page.locator('.project-item', { hasText: 'GREEN-BORDER' }).click();
      await watched.page.locator('.detail-panel').waitFor();
      return watched;
    });
    const panelText = async () => (await shown().page.locator('.detail-panel').textContent()) ?? '';

    it('?data= shows an imported dataset from the same origin, and the summary counts it', async () => {
      expect(await counts(shown().page)).toEqual({ projects: 3, partners: 5 });
      expect(await shown().page.getByRole('checkbox', { name: 'Interreg V-B Danube' }).count()).toBe(1);
    });

    it('shows imported text that looks like markup as text, never as elements', async () => {
      expect(await panelText()).toContain('Green border <script>alert(1)</script>');
      expect(await shown().page.locator('.detail-panel img, .detail-panel script').count()).toBe(0);
    });

    it('shows a date as precisely as the import gives it', async () => {
      expect(await panelText()).toContain('March 2023');
    });

    it('keeps ?data= in the URL, so the view can be shared', () => {
      expect(new URL(shown().page.url()).searchParams.get('data')).toBe('imported/dataset.json');
    });

    it('logs no errors', () => {
      expect(shown().consoleErrors).toEqual([]);
    });
  });

  describe('from another origin', () => {
    const refused = useSharedPage(async () => {
      const watched = await openPage(browser(), baseUrl);
      await visit(watched.page, baseUrl, '?data=https://evil.example/dataset.json');
      return watched;
    });

    it('refuses a dataset from another origin and shows the seed projects', async () => {
      expect(await counts(refused().page)).toEqual({ projects: 5, partners: 46 });
      expect(refused().offOriginRequests).toEqual([]);
    });

    it('says so, naming the refused address', async () => {
      expect(await refused().page.locator('.notices').textContent()).toContain('https://evil.example/dataset.json');
    });
  });

  describe('from a chosen file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'files-'));
    const file = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    const good = file('good.json', imported);
    const broken = file(
      'broken.json',
      JSON.stringify({
        format: 'interreg-map-dataset',
        version: 1,
        sources: [],
        programmes: [],
        partners: [],
        projects: [{ id: 'Bad Id' }],
      }),
    );
    const notJson = file('notes.json', '<html>not json</html>');
    async function givenSeedData(): Promise<Page> {
      const { page } = await openPage(browser(), baseUrl);
      await visit(page, baseUrl);
      return page;
    }
    const choose = (page: Page, path: string) => page.locator('input[type="file"]').setInputFiles(path);

    it('a chosen file replaces the data', async () => {
      const page = await givenSeedData();
      await choose(page, good);
      await expect.poll(() => counts(page)).toEqual({ projects: 3, partners: 5 });
    });

    it('an invalid one is explained and the data shown stays', async () => {
      const page = await givenSeedData();
      await choose(page, broken);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('broken.json: projects.0');
      expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    });

    it('a file that is not JSON is explained', async () => {
      const page = await givenSeedData();
      await choose(page, notJson);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('notes.json: not valid JSON');
    });

    it('a valid file after an invalid one takes the explanation away', async () => {
      const page = await givenSeedData();
      await choose(page, broken);
      await page.getByRole('alert').waitFor();
      await choose(page, good);
      await expect.poll(() => counts(page)).toEqual({ projects: 3, partners: 5 });
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  });
});
