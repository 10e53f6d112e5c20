import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { counts, visit } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The keep.eu fixture sheets, imported with the README's command.
const out = mkdtempSync(join(tmpdir(), 'imported-'));
execFileSync('npx', ['tsx', 'scripts/import-data.ts', '--out', out, 'tests/fixtures/keep-eu/projects.csv', 'tests/fixtures/keep-eu/partners.csv'], { stdio: 'pipe' });
const imported = readFileSync(join(out, 'dataset.json'), 'utf8');

describe('loading a dataset at run time', () => {
  it('?data= shows an imported dataset from the same origin, and the summary counts it', async () => {
    const watched = await openPage(browser(), baseUrl);
    await watched.page.route('**/imported/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: imported }));
    await visit(watched.page, baseUrl, '?data=imported/dataset.json');
    expect(await counts(watched.page)).toEqual({ projects: 3, partners: 5 });
    expect(await watched.page.getByRole('checkbox', { name: 'Interreg V-B Danube' }).count()).toBe(1);
    await watched.page.locator('.project-item', { hasText: 'GREEN-BORDER' }).click();
    const panel = (await watched.page.locator('.detail-panel').textContent()) ?? '';
    expect(panel).toContain('Green border <script>alert(1)</script>');
    expect(panel).toContain('March 2023');
    expect(await watched.page.locator('.detail-panel img, .detail-panel script').count()).toBe(0);
    expect(new URL(watched.page.url()).searchParams.get('data')).toBe('imported/dataset.json');
    expect(watched.consoleErrors).toEqual([]);
  });

  it('refuses a dataset from another origin, says so, and shows the seed projects', async () => {
    const watched = await openPage(browser(), baseUrl);
    await visit(watched.page, baseUrl, '?data=https://evil.example/dataset.json');
    expect(await counts(watched.page)).toEqual({ projects: 5, partners: 46 });
    expect(await watched.page.locator('.notices').textContent()).toContain('https://evil.example/dataset.json');
    expect(watched.offOriginRequests).toEqual([]);
  });

  it('a chosen file replaces the data; an invalid one is explained and the data shown stays', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await visit(page, baseUrl);
    const dir = mkdtempSync(join(tmpdir(), 'files-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'interreg-map-dataset', version: 1, sources: [], programmes: [], partners: [], projects: [{ id: 'Bad Id' }] }));
    await page.locator('input[type="file"]').setInputFiles(broken);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('broken.json: projects.0');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });

    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, '<html>not json</html>');
    await page.locator('input[type="file"]').setInputFiles(notJson);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('notes.json: not valid JSON');

    const good = join(dir, 'good.json');
    writeFileSync(good, imported);
    await page.locator('input[type="file"]').setInputFiles(good);
    await expect.poll(() => counts(page)).toEqual({ projects: 3, partners: 5 });
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
