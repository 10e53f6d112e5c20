// A kiosk keeps going when its network does not: after one visit its service worker
// (src/edges/offline) has the app, the map, the data and every language, and a new version waits
// until the kiosk starts over. The full app and embeds never install one.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { hostingHeaders, SERVICE_WORKER } from '../../scripts/lib/hostingHeaders';
import { LANGS } from '../../src/i18n/languages';
import { counts, renderedPartners, visit } from './app';
import { cspViolations, openPage, useBrowser } from './driver';

const browser = useBrowser();
const appDist = resolve(inject('appDist'));

type Copy = { url: string; dir: string; close: () => Promise<void> };

/**
 * A copy of the built app on a server of its own, served as `npm start` serves it: the test can
 * publish a new version into it, or take the server away (the kiosk's network going).
 */
async function serveCopy(): Promise<Copy> {
  const dir = mkdtempSync(join(tmpdir(), 'interreg-offline-'));
  cpSync(appDist, dir, { recursive: true });
  const server = await preview({
    configFile: false,
    plugins: [hostingHeaders()],
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  let closed = false;
  return {
    url,
    dir,
    close: async () => {
      if (!closed) await server.close();
      closed = true;
    },
  };
}

/** Runs `test` with a served copy, removed afterwards. */
async function withCopy(test: (copy: Copy) => Promise<void>): Promise<void> {
  const copy = await serveCopy();
  try {
    await test(copy);
  } finally {
    await copy.close();
    rmSync(copy.dir, { recursive: true, force: true });
  }
}

/** The app's dataset in the build, kept as it passes (a deployer may replace it without a build). */
const DATASET_FILE = join(
  'assets',
  readdirSync(join(appDist, 'assets')).find((file) => /^dataset-[\w-]+\.json$/.test(file)) ?? 'dataset.json',
);

/**
 * Waits until the service worker serves the page (it takes it over once every file is kept) and
 * has kept config.json and the dataset too.
 */
async function untilKeptOffline(page: Page): Promise<void> {
  await page.waitForFunction(
    async (files) =>
      navigator.serviceWorker.controller !== null &&
      (await Promise.all(files.map((file) => caches.match(new URL(file, location.href).href)))).every(Boolean),
    ['config.json', DATASET_FILE],
    { timeout: 30_000, polling: 250 },
  );
}

const serviceWorkerRegistered = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length > 0);

const waitingVersion = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

const listedProjects = (page: Page) =>
  page.locator('.project-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-project')).sort());

const datasetProjects = (
  JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { projects: { id: string }[] }
).projects
  .map((project) => project.id)
  .sort();

describe('a kiosk without a network', () => {
  it('keeps every file the app loads but config.json and the dataset, the catalogues included', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [relative(appDist, join(dir, entry.name))],
      );
    const kept = [...readFileSync(join(appDist, SERVICE_WORKER), 'utf8').matchAll(/url:"([^"]+)"/g)].map(
      (match) => match[1],
    );
    // Header files are read by the servers, not the browser; config.json and the dataset come
    // network first.
    const notKept = ['config.json', DATASET_FILE, SERVICE_WORKER, '_headers', '.htaccess', 'nginx-headers.conf'];
    expect(kept.sort()).toEqual(
      files(appDist)
        .filter((file) => !notKept.includes(file))
        .sort(),
    );
    expect(kept).toEqual(expect.arrayContaining([expect.stringMatching(/^assets\/nuts-2021-level-3-.*\.geojson$/)]));
    for (const lang of LANGS)
      expect(kept).toContainEqual(expect.stringMatching(new RegExp(`^assets/${lang}-[\\w-]+\\.js$`)));
  });

  it('draws the map and lists every project after one visit, with the strict policy still on', async () => {
    await withCopy(async (copy) => {
      const watched = await openPage(browser(), copy.url);
      const { page } = watched;
      await visit(page, copy.url, '?mode=kiosk');
      await untilKeptOffline(page);
      const online = { counts: await counts(page), partners: await renderedPartners(page) };
      expect(online.partners).toBeGreaterThan(0);

      await page.context().setOffline(true);
      await copy.close();
      const policy = page.waitForResponse((response) => response.request().isNavigationRequest());
      await visit(page, copy.url, '?mode=kiosk');

      expect((await policy).headers()['content-security-policy']).toMatch(/^default-src 'self';/);
      expect(await counts(page)).toEqual(online.counts);
      expect(await renderedPartners(page)).toBe(online.partners);
      expect(await listedProjects(page)).toEqual(datasetProjects);
      expect(cspViolations(watched)).toEqual([]);
    });
  });

  it('still switches language, its catalogue kept from the first visit', async () => {
    await withCopy(async (copy) => {
      const { page } = await openPage(browser(), copy.url);
      await visit(page, copy.url, '?mode=kiosk&lang=en');
      await untilKeptOffline(page);
      await page.context().setOffline(true);
      await copy.close();
      await visit(page, copy.url, '?mode=kiosk&lang=en');

      await page.getByLabel('Language').selectOption('de');
      await page.getByText('Sprache', { exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
    });
  });
  it('takes a changed config.json while online, and keeps that one for offline', async () => {
    await withCopy(async (copy) => {
      const { page } = await openPage(browser(), copy.url);
      await visit(page, copy.url, '?mode=kiosk&lang=en');
      await untilKeptOffline(page);
      const offeredLanguages = () =>
        page
          .getByLabel('Language')
          .locator('option')
          .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
      expect(await offeredLanguages()).toHaveLength(LANGS.length);

      const configFile = join(copy.dir, 'config.json');
      const config = JSON.parse(readFileSync(configFile, 'utf8')) as object;
      writeFileSync(configFile, JSON.stringify({ ...config, kiosk: { languages: ['sl', 'en'] } }));
      await visit(page, copy.url, '?mode=kiosk&lang=en');
      expect(await offeredLanguages()).toEqual(['sl', 'en']);

      await page.context().setOffline(true);
      await copy.close();
      await visit(page, copy.url, '?mode=kiosk&lang=en');
      expect(await offeredLanguages()).toEqual(['sl', 'en']);
    });
  });
});

describe('a dataset replaced on the server without a new build', () => {
  it('is taken when the kiosk starts over, and kept for offline', async () => {
    await withCopy(async (copy) => {
      // Without the tour, so that the kiosk starts over at each idle time.
      writeFileSync(join(copy.dir, 'config.json'), JSON.stringify({ kiosk: { attract: false } }));
      const { page } = await openPage(browser(), copy.url);
      await visit(page, copy.url, '?mode=kiosk&idle=5&lang=en');
      await untilKeptOffline(page);
      const firstAcronym = () => page.locator('.project-item strong').first().textContent();
      expect(await firstAcronym()).not.toMatch(/REPLACED/);

      const datasetFile = join(copy.dir, DATASET_FILE);
      const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as { projects: { acronym: string }[] };
      for (const project of dataset.projects) project.acronym = `REPLACED ${project.acronym}`;
      writeFileSync(datasetFile, JSON.stringify(dataset));
      // Left alone, the kiosk starts over and reloads with the new data.
      await page.waitForEvent('load', { timeout: 20_000 });
      await page.locator('[role="status"][data-loaded="true"]').waitFor();
      expect(await firstAcronym()).toMatch(/REPLACED/);

      await page.context().setOffline(true);
      await copy.close();
      await visit(page, copy.url, '?mode=kiosk&lang=en');
      expect(await firstAcronym()).toMatch(/REPLACED/);
    });
  });
});

describe('a new version of the app', () => {
  it('waits while a visitor is there, and is taken when the kiosk starts over', async () => {
    await withCopy(async (copy) => {
      const { page } = await openPage(browser(), copy.url);
      await visit(page, copy.url, '?mode=kiosk&idle=8');
      await untilKeptOffline(page);

      appendFileSync(join(copy.dir, SERVICE_WORKER), '\n// the next version\n');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed',
        undefined,
        { polling: 250 },
      );
      await page.evaluate(() => Object.assign(window, { sameVisit: true }));
      const reloaded = page.waitForEvent('load', { timeout: 40_000 });
      // A visitor moves about for longer than the idle time: the page stays as it is.
      for (let second = 0; second < 10; second += 1) {
        await page.mouse.move(300 + second * 20, 400);
        await page.waitForTimeout(1000);
      }
      expect(await waitingVersion(page)).toBe('installed');
      expect(await page.evaluate(() => 'sameVisit' in window)).toBe(true);

      // Left alone, the kiosk starts over in the new version.
      await reloaded;
      expect(await page.evaluate(() => 'sameVisit' in window)).toBe(false);
      await page.locator('[role="status"][data-loaded="true"]').waitFor();
      expect(await waitingVersion(page)).toBeNull();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    });
  });

  it('is looked for at the server each time, never taken from a cache', async () => {
    await withCopy(async (copy) => {
      const response = await fetch(new URL(SERVICE_WORKER, copy.url));
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    });
  });
});

describe('the full app and embeds', () => {
  it.each(['', '?mode=embed'])('install no service worker (%s)', async (search) => {
    const baseUrl = inject('baseUrl');
    const { page } = await openPage(browser(), baseUrl);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await visit(page, baseUrl, search);
    await page.waitForLoadState('load');

    expect(await serviceWorkerRegistered(page)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(requested.filter((path) => path.endsWith(`/${SERVICE_WORKER}`) || /workbox/.test(path))).toEqual([]);
  });

  it('unlike a kiosk', async () => {
    await withCopy(async (copy) => {
      const { page } = await openPage(browser(), copy.url);
      await visit(page, copy.url, '?mode=kiosk');
      await expect.poll(() => serviceWorkerRegistered(page)).toBe(true);
    });
  });
});
