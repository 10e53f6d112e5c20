// What `npm run bench` and `npm run soak` share: their synthetic datasets (bench-data/ is not in
// git) and the seeded generator behind them, the wait for a settled map, the heap as the page's
// garbage collector leaves it, and their sections of docs/performance.md, each rewritten by its
// own script and no other.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

export const BENCH_DATA_DIR = 'bench-data';

/** Writes a synthetic dataset into `dir` unless one is there. */
export function ensureSyntheticData(dir: string, projects: number, partners: number): void {
  if (existsSync(`${dir}/dataset.json`)) return;
  execFileSync(
    'npx',
    ['tsx', 'scripts/synthetic-data.ts', '--projects', String(projects), '--partners', String(partners), '--out', dir],
    { stdio: 'inherit' },
  );
}

/** Typed filters apply when typing pauses (data-pending), then the map settles (data-map-idle). */
export const mapSettled = (page: Page, timeout = 300_000) =>
  page.waitForFunction(
    () =>
      document.querySelector('[data-pending="true"]') === null &&
      document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset['mapIdle'] === 'true',
    undefined,
    { timeout },
  );

/** mulberry32: a small seeded generator, so that the same seed always gives the same numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The JS heap in MB after a full garbage collection. */
export async function heapAfterGcMb(session: CDPSession): Promise<number> {
  // Work still in flight when the map says it is idle (worker replies, lazy chunks) makes single
  // readings swing by megabytes: collect until two readings agree.
  let previous = Number.NaN;
  for (let reading = 0; reading < 6; reading += 1) {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    const mb = usedSize / 1024 / 1024;
    if (Math.abs(mb - previous) < 0.05) return mb;
    previous = mb;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return previous;
}

export const PERFORMANCE_DOC = 'docs/performance.md';

/** Replaces the part of docs/performance.md between `<!-- name:start -->` and `<!-- name:end -->`. */
export function writePerformanceSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const doc = existsSync(PERFORMANCE_DOC) ? readFileSync(PERFORMANCE_DOC, 'utf8') : '# Performance\n';
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? doc.slice(0, from) + section + doc.slice(to + end.length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(PERFORMANCE_DOC, next);
}
