// Datasets that are well-formed but say something twice, or nothing at all: the reader never sees
// a partner, note or source more often than the data has it, and is told what was refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { counts, detailPanel, openProject, visit } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type SeedProject = {
  id: string;
  acronym: string;
  title: { original: string; lang: string; en?: string };
  start: { sources: string[]; conflicts?: unknown[] } | null;
  partners: unknown[];
  notes: unknown[];
};
const seedText = readFileSync('data/dataset.json', 'utf8');
const seed = () => JSON.parse(seedText) as { projects: SeedProject[] };
const projectIn = (dataset: { projects: SeedProject[] }, id: string) => dataset.projects.find((p) => p.id === id)!;
/** A project's title as an English reader sees it. */
const titleOf = (acronym: string) => {
  const { title } = seed().projects.find((p) => p.acronym === acronym)!;
  return title.lang === 'en' ? title.original : (title.en ?? title.original);
};

/** The seed data with ids repeated inside records, as the red-team run wrote them. */
function withRepeats(): string {
  const dataset = seed();
  for (const id of ['asis', 'resees']) {
    const start = projectIn(dataset, id).start!;
    start.sources = [...start.sources, ...start.sources];
  }
  const inducci = projectIn(dataset, 'inducci');
  inducci.partners = [...inducci.partners, ...inducci.partners.slice(0, 4)];
  inducci.notes = [...inducci.notes, ...inducci.notes, ...inducci.notes];
  inducci.start!.conflicts = [...inducci.start!.conflicts!, ...inducci.start!.conflicts!];
  return JSON.stringify(dataset);
}

const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

async function givenSeedData(): Promise<Page> {
  const { page } = await openPage(browser(), baseUrl);
  await visit(page, baseUrl);
  return page;
}
const choose = (page: Page, path: string) => page.locator('input[type="file"]').setInputFiles(path);
const alertText = async (page: Page) => (await page.getByRole('alert').textContent()) ?? '';

/** The source links beside a project's Start date. */
const startSources = (page: Page) =>
  detailPanel(page).locator(
    'dt:text-is("Start") + dd .source-links a, dt:text-is("Start") + dd .source-links span[title]',
  );

describe('a dataset that repeats ids inside a record', () => {
  it('is refused, saying where, and the data shown stays', async () => {
    const page = await givenSeedData();
    await choose(page, file('repeats.json', withRepeats()));
    await expect
      .poll(() => alertText(page))
      .toContain('repeats.json: projects.1.start.sources.1: lists "seed-resees" more than once');
    expect(await alertText(page)).toContain('projects.2.partners.8');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
  });

  it('never shows a project more partners, notes or sources than it has, however one switches', async () => {
    const page = await givenSeedData();
    await choose(page, file('repeats.json', withRepeats()));
    await page.getByRole('alert').waitFor();
    for (const acronym of ['ASIS', 'RESEES', 'ASIS', 'RESEES']) {
      await openProject(page, acronym);
      await expect.poll(() => detailPanel(page).locator('h2').textContent()).toBe(titleOf(acronym));
    }
    await expect.poll(() => startSources(page).count()).toBe(1);
    await openProject(page, 'InduCCI');
    await expect.poll(() => detailPanel(page).locator('.partners > li').count()).toBe(8);
    // As the seed has them: one note, and two other dates that sources give.
    expect(await detailPanel(page).locator('section:has(h3:text-is("Notes")) li').count()).toBe(1);
    expect(await detailPanel(page).locator('.conflict').count()).toBe(2);
  });
});

describe('a source whose title reads as another address', () => {
  it('shows the host its link really opens beside the title', async () => {
    const dataset = JSON.parse(seedText) as { sources: { id: string; title: string; url?: string }[] };
    const source = dataset.sources.find((s) => s.id === 'seed-resees')!;
    Object.assign(source, { title: 'https://ec.europa.eu (official)', url: 'https://evil.example/page' });
    const page = await givenSeedData();
    await choose(page, file('lookalike.json', JSON.stringify(dataset)));
    await openProject(page, 'RESEES');
    const listed = detailPanel(page).locator('.sources li', { hasText: 'https://ec.europa.eu (official)' });
    await expect.poll(() => listed.textContent()).toContain('links to evil.example');
  });
});

describe('a dataset without projects', () => {
  it('is refused with a word, and the data shown stays', async () => {
    const page = await givenSeedData();
    await choose(page, file('empty.json', JSON.stringify({ ...seed(), projects: [] })));
    await expect.poll(() => alertText(page)).toContain('empty.json: has no projects');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
  });
});

describe('a ?data= file that cannot be read', () => {
  async function givenDataFile(body: string): Promise<Page> {
    const { page } = await openPage(browser(), baseUrl);
    await page.route('**/broken/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await visit(page, baseUrl, '?data=broken/dataset.json');
    return page;
  }

  it('is named when it is not JSON, and the seed projects are shown', async () => {
    const page = await givenDataFile('{"format": ');
    await expect.poll(() => alertText(page)).toContain('broken/dataset.json: not valid JSON');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
  });

  it('is named with each place that breaks the format', async () => {
    const page = await givenDataFile(JSON.stringify({ ...seed(), projects: [{ id: 'Bad Id' }] }));
    await expect.poll(() => alertText(page)).toContain('broken/dataset.json: projects.0.id');
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
  });
});
