// Losing the map's WebGL context on purpose, as a GPU reset would: for the browser tests and the soak.
import type { Page } from 'playwright-core';

/** Loses the map's graphics context; returns the function that gives it back. */
export async function loseMapContext(page: Page): Promise<() => Promise<void>> {
  const extension = await page.evaluateHandle(() =>
    document
      .querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
      ?.getContext('webgl2')
      ?.getExtension('WEBGL_lose_context'),
  );
  await extension.evaluate((lose) => lose?.loseContext());
  return async () => {
    await extension.evaluate((lose) => lose?.restoreContext());
    await extension.dispose();
  };
}
