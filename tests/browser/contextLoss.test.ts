import { describe, expect, inject, it } from 'vitest';
import { counts, loseMapContext, renderedPartners, visit } from './app';
import { openPage, useBrowser } from './driver';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('a graphics context lost and restored with nothing changed meanwhile', () => {
  it('draws every partner again and says nothing failed', async () => {
    const watched = await openPage(browser(), baseUrl);
    const { page } = watched;
    await visit(page, baseUrl);
    expect(await renderedPartners(page)).toBe(46);

    const restore = await loseMapContext(page);
    await restore();

    // The map settles within renderedPartners' bounded wait; a late failed load would show after it.
    expect(await renderedPartners(page)).toBe(46);
    await page.waitForTimeout(2_000);
    expect(await renderedPartners(page)).toBe(46);
    expect(await counts(page)).toEqual({ projects: 5, partners: 46 });
    expect(await page.locator('.notice').allTextContents()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
