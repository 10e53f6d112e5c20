import { describe, expect, inject, it } from 'vitest';
import { counts } from './app';
import { generatedDataset, serveBigDataset, waitForLargeData } from './datasets';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const PROJECTS = 70_000;
const PARTNERS = 500;

describe('a dataset of 70,000 projects', () => {
  it(
    'loads from ?data=, the summary counts every project and nothing logs an error',
    { timeout: 120_000 },
    async () => {
      const watched = await openPage(browser(), baseUrl);
      const { page } = watched;
      await serveBigDataset(page, baseUrl, generatedDataset(PROJECTS, PARTNERS));
      await page.goto(new URL('?data=big.json', baseUrl).toString());
      await waitForLargeData(page);
      expect(await counts(page)).toEqual({ projects: PROJECTS, partners: PARTNERS });
      expect(await page.getByRole('checkbox', { name: 'Big programme' }).count()).toBe(1);
      expect(watched.consoleErrors).toEqual([]);
    },
  );
});
