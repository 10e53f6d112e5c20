// What a person does with the app, in its own words; specs read as given / when / then.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Frame, Locator, Page } from 'playwright-core';
import { AXE_SOURCE_PATH, decodePng } from './driver';

export type Counts = { projects: number; partners: number };

/** Opens the app with `search`, and with `debug=map` so that the map publishes what it draws. */
export async function visit(page: Page, baseUrl: string, search = ''): Promise<void> {
  const url = new URL(search, baseUrl);
  url.search = url.search ? `${url.search}&debug=map` : 'debug=map';
  await page.goto(url.toString());
  await page.locator('[role="status"][data-loaded="true"]').waitFor();
  await waitForMap(page);
}

/** Waits until what was typed into the filters has been applied (they apply when typing pauses). */
async function waitForTypedFilters(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-pending="true"]') === null, undefined, {
    timeout: 30_000,
  });
}

/** Waits until the map has drawn everything the filters ask for. */
export async function waitForMap(page: Page): Promise<void> {
  await waitForTypedFilters(page);
  await page.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      return map?.dataset['mapIdle'] === 'true';
    },
    undefined,
    { timeout: 30_000 },
  );
}

export async function counts(page: Page | Frame): Promise<Counts> {
  await waitForTypedFilters(page);
  const status = page.locator('[role="status"][data-projects]');
  return {
    projects: Number(await status.getAttribute('data-projects')),
    partners: Number(await status.getAttribute('data-partners')),
  };
}

/** The partner points the map draws; it says so only when opened with `debug=map` (as `visit` does). */
export async function renderedPartners(page: Page): Promise<number> {
  await waitForMap(page);
  const value = await page.locator('[data-testid="map"]').getAttribute('data-rendered-partners');
  if (value === null)
    throw new Error('the map publishes data-rendered-partners only under debug=map: open the page with visit()');
  return Number(value);
}

/** The highlighted points the map draws; it says so only when opened with `debug=map` (as `visit` does). */
export async function highlightedPartners(page: Page): Promise<number> {
  await waitForMap(page);
  const value = await page.locator('[data-testid="map"]').getAttribute('data-highlighted-partners');
  if (value === null)
    throw new Error('the map publishes data-highlighted-partners only under debug=map: open the page with visit()');
  return Number(value);
}

/** The graphics driver takes the map's drawing context away (a reset, a GPU switch); call the result to give it back. */
export { loseMapContext } from '../../scripts/lib/mapContext';

/** Downloads the list as CSV and returns its rows (the header first). */
export async function downloadListCsv(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

export async function toggleProgramme(page: Page, name: string): Promise<void> {
  await page.getByRole('checkbox', { name }).click();
}

/** The region control: a combobox that finds regions by name or code ("Region (locked)" in an embed). */
export function regionBox(page: Page | Frame): Locator {
  return page.getByRole('combobox', { name: /^Region( \(.*\))?$/ });
}

/** Types into the region control and picks the region with this code from what it offers. */
export async function chooseRegion(page: Page, text: string, code = text): Promise<void> {
  await regionBox(page).fill(text);
  await page.getByRole('option', { name: `(${code})` }).click();
}

/** The chosen regions as the region control shows them: "Pomurska (SI031)". */
export async function chosenRegions(page: Page | Frame): Promise<string[]> {
  return page.getByRole('list', { name: 'Chosen regions' }).locator('.region-chip > span').allTextContents();
}

export async function setBudget(page: Page, measure: 'Total budget' | 'EU contribution', min: number): Promise<void> {
  await page.getByLabel('Budget measure').selectOption({ label: measure });
  await page.getByLabel('Minimum (EUR)').fill(String(min));
}

export async function openProject(page: Page, acronym: string): Promise<void> {
  await page.locator('.project-item', { hasText: acronym }).click();
}

export function detailPanel(page: Page | Frame) {
  return page.locator('.detail-panel');
}

/** Presses Tab, as a keyboard user does, until `target` has the focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses: number): Promise<void> {
  // evaluateAll does not wait for the target to appear: it may not be in the page yet.
  const focused = () =>
    target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focused()) return;
  }
  throw new Error(`${maxPresses} presses of Tab did not reach ${target.toString()}`);
}

/** Distinct colours in a screenshot of the map: a blank or failed canvas has one or two. */
export async function mapColourCount(page: Page): Promise<number> {
  const png = decodePng(await page.locator('[data-testid="map"]').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  return colours.size;
}

/**
 * Where the map itself draws a colour (the first pixel close to it), in page coordinates. Panels
 * over the map (legend, details) are hidden for the screenshot so their swatches don't count.
 */
export async function findColourOnMap(page: Page, hex: string): Promise<{ x: number; y: number } | null> {
  const map = page.locator('[data-testid="map"]');
  const box = await map.boundingBox();
  if (!box) return null;
  // Set through the CSSOM: the page's CSP blocks the style sheet Playwright would inject.
  const setOverlays = (visibility: string) =>
    page.evaluate((value) => {
      for (const element of document.querySelectorAll<HTMLElement>('.legend, .detail-panel'))
        element.style.visibility = value;
    }, visibility);
  await setOverlays('hidden');
  const png = decodePng(await map.screenshot());
  await setOverlays('');
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const matches = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return target.every((value, c) => Math.abs(png.data[i + c]! - value) <= 6);
  };
  // A point is a filled disc: look for a 5×5 block of the colour, which thin outlines never make.
  const block = (x: number, y: number) =>
    [0, 1, 2, 3, 4].every((dy) => [0, 1, 2, 3, 4].every((dx) => matches(x + dx, y + dy)));
  for (let y = 0; y < png.height - 5; y += 1) {
    for (let x = 0; x < png.width - 5; x += 1) {
      if (block(x, y)) return { x: box.x + x + 2, y: box.y + y + 2 };
    }
  }
  return null;
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(AXE_SOURCE_PATH, 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
