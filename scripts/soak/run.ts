// `npm run soak`: a kiosk's compressed day. The built app, deployed as a kiosk (config.json
// `"mode": "kiosk"`), on a touch screen at 1080p with a 2,000-project dataset, goes through
// thousands of visitor interactions (taps on the map's points, clusters and areas, on list rows
// and filters; filters through the address; searches, pans, pinches, list scrolls), language
// switches and WebGL context losses, and starts over after each visitor with its attract tour.
// The compression: the idle time is the shortest a kiosk takes (5 s), the tour shows a project a
// second, and each visitor's interactions are DOM events dispatched in the page back to back
// (./visitor.js), not paced by software-rendered frames or by round trips. After each start over
// it counts the document; after every fifth, the JS heap after garbage collection and the DOM
// counters (SOAK_SNAPSHOTS=<folder> writes a heap snapshot with each). It prints them with the
// targets, writes them to docs/performance.md and test-results/soak.json, and exits with 1 when a
// target is missed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { CDPSession } from 'playwright-core';
import {
  BENCH_DATA_DIR,
  ensureSyntheticData,
  heapAfterGcMb,
  mapSettled,
  seededRandom,
  writePerformanceSection,
} from '../lib/benchSupport';
import { launchChromium } from '../lib/chromium';
import { loseMapContext } from '../lib/mapContext';
import { serveStatic } from '../lib/staticServer';

const RESETS = Number(process.env['SOAK_RESETS'] ?? 100);
const INTERACTIONS = Number(process.env['SOAK_INTERACTIONS'] ?? 5000);
const LANGUAGE_SWITCHES = Number(process.env['SOAK_LANGUAGE_SWITCHES'] ?? 20);
const CONTEXT_LOSSES = Number(process.env['SOAK_CONTEXT_LOSSES'] ?? 20);
const PROJECTS = 2000;
const PARTNERS = 13000;
const DATA_DIR = `${BENCH_DATA_DIR}/soak`;
/** The kiosk's own site: its config.json before the build's. */
const SITE_DIR = `${DATA_DIR}/site`;
const KIOSK = { idleSeconds: 5, attractSeconds: 1 };
/** Projects the tour moves on to at each start over before the next visitor touches the screen. */
const TOUR_STEPS = 1;
/**
 * Real time between two interactions: none beyond a zero timeout, so each comes as soon as the
 * page has run the tasks the last one queued (a tap may land on what an older frame drew).
 */
const PAUSE_MS = 0;
/** Memory is read after every this many start overs (with the map settled: a second or two each). */
const MEMORY_EVERY = 5;
const HEAP_GROWTH_TARGET_MB = 10;
const SEARCH = `?data=soak/dataset.json`;

ensureSyntheticData(DATA_DIR, PROJECTS, PARTNERS);
mkdirSync(SITE_DIR, { recursive: true });
const buildConfig = JSON.parse(readFileSync('dist/config.json', 'utf8')) as object;
writeFileSync(`${SITE_DIR}/config.json`, JSON.stringify({ ...buildConfig, mode: 'kiosk', kiosk: KIOSK }));
const dataset = JSON.parse(readFileSync(`${DATA_DIR}/dataset.json`, 'utf8')) as {
  programmes: { id: string }[];
  projects: { title: { original: string } }[];
};
const programmeIds = dataset.programmes.map(({ id }) => id);
const searchWords = dataset.projects.slice(0, 200).map(({ title }) => title.original.split(/\s+/)[0] ?? '');

/** Seeded: every run is the same day. */
const random = seededRandom(20261203);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const server = await serveStatic([SITE_DIR, 'dist', BENCH_DATA_DIR]);
const browser = await launchChromium();
// Drawn at half the pixel density: software WebGL would spend most of the day rasterising frames.
const context = await browser.newContext({
  viewport: { width: 1920, height: 1080 },
  hasTouch: true,
  deviceScaleFactor: 0.5,
});
await context.addInitScript({ path: 'scripts/soak/visitor.js' });
const page = await context.newPage();
const errors: string[] = [];
page.on('console', (message) => {
  if (message.type() === 'error') errors.push(message.text());
});
page.on('pageerror', (error) => errors.push(String(error)));
page.on('crash', () => errors.push('the page crashed'));
const cdp: CDPSession = await context.newCDPSession(page);

const mapIdle = () => mapSettled(page, 120_000);

type Point = { x: number; y: number };
/** ./visitor.js's hands, run in the page. */
type Visitor = {
  touch: (paths: Point[][]) => unknown;
  tapAt: (x: number, y: number) => string;
  tapElement: (selector: string, nth: number) => boolean;
  typeInto: (selector: string, nth: number, text: string) => boolean;
  choose: (selector: string, value: string) => boolean;
  scroll: (selector: string, dy: number) => boolean;
  navigate: (search: string) => boolean;
};
type Step = { [Hand in keyof Visitor]: { hand: Hand; args: Parameters<Visitor[Hand]> } }[keyof Visitor];
const step = <Hand extends keyof Visitor>(hand: Hand, ...args: Parameters<Visitor[Hand]>) => ({ hand, args }) as Step;

/** Runs the steps in the page, `PAUSE_MS` apart; for each, whether what it needed was on the screen. */
const visit = (steps: Step[]) =>
  page.evaluate(
    ([planned, pauseMs]) =>
      (
        window as unknown as { soakVisitor: { visit: (s: unknown[], p: number) => Promise<boolean[]> } }
      ).soakVisitor.visit(planned, pauseMs),
    [steps, PAUSE_MS] as const,
  );

/** Where the map is on the screen, once the app is there. */
let mapBox = { x: 0, y: 0, width: 0, height: 0 };
/** A place on the map, clear of its controls on the right. */
const onMap = (): Point => ({
  x: mapBox.x + mapBox.width * (0.05 + random() * 0.8),
  y: mapBox.y + mapBox.height * (0.1 + random() * 0.8),
});
const line = (from: Point, dx: number, dy: number, steps = 6): Point[] =>
  Array.from({ length: steps }, (_, i) => ({ x: from.x + (dx * i) / (steps - 1), y: from.y + (dy * i) / (steps - 1) }));

/** What a visitor does, by kind, and how often. */
const INTERACTIONS_BY_KIND: Record<string, { weight: number; step: () => Step }> = {
  'tap on the map': {
    weight: 30,
    step: () => {
      const at = onMap();
      return step('tapAt', at.x, at.y);
    },
  },
  'pan the map': { weight: 6, step: () => step('touch', [line(onMap(), between(-300, 300), between(-200, 200))]) },
  'pinch the map': {
    weight: 4,
    step: () => {
      const centre = onMap();
      const spread = between(-120, 120);
      return step('touch', [line(centre, -spread, 0), line({ x: centre.x + 150, y: centre.y }, spread, 0)]);
    },
  },
  'tap a list row': { weight: 14, step: () => step('tapElement', '.project-item', between(0, 7)) },
  'close the detail': { weight: 8, step: () => step('tapElement', '.detail-panel .close', 0) },
  'scroll the list': { weight: 6, step: () => step('scroll', '.sidebar', between(-600, 900)) },
  'toggle a programme': {
    weight: 12,
    step: () => step('tapElement', '.filters .check input[type="checkbox"]', between(0, programmeIds.length - 1)),
  },
  'change the years': {
    weight: 6,
    step: () =>
      step(
        'typeInto',
        '.filters input[type="number"]',
        between(0, 1),
        random() < 0.3 ? '' : String(between(2008, 2027)),
      ),
  },
  'change the budget': {
    weight: 4,
    step: () =>
      step('typeInto', '.filters input[type="number"]', 2, random() < 0.4 ? '' : String(between(1, 40) * 100_000)),
  },
  search: {
    weight: 5,
    step: () => step('typeInto', 'input[type="search"]', 0, random() < 0.3 ? '' : pick(searchWords)),
  },
  'filter through the address': {
    weight: 5,
    step: () => {
      const params = new URLSearchParams(SEARCH);
      params.set('programme', pick(programmeIds));
      if (random() < 0.5) params.set('from', String(between(2010, 2024)));
      return step('navigate', params.toString());
    },
  },
};
const kinds = Object.entries(INTERACTIONS_BY_KIND);
const totalWeight = kinds.reduce((sum, [, { weight }]) => sum + weight, 0);
function pickKind(): string {
  let left = random() * totalWeight;
  for (const [name, { weight }] of kinds) {
    left -= weight;
    if (left < 0) return name;
  }
  return kinds[0]![0];
}

async function switchLanguage(): Promise<void> {
  const select = page.locator('header select');
  const offered = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const current = await select.inputValue();
  await visit([step('choose', 'header select', pick(offered.filter((lang) => lang !== current)))]);
}

async function loseContext(): Promise<void> {
  const restore = await loseMapContext(page);
  await page.waitForTimeout(200);
  await restore();
  await mapIdle();
}

/** The document after a start over, counted at once (before the next countdown shows). */
type PageCounts = {
  /** The nodes in the document (elements, text, comments): what a start over must bring back. */
  nodes: number;
  /** The elements in the document, by tag and class: what differs when the DOM did not come back. */
  inPage: Record<string, number>;
  /** The projects the summary counts. */
  projects: number;
};
/** Memory, read with the map settled and after a forced garbage collection. */
type Memory = {
  heapMb: number;
  /**
   * Every DOM node alive, in the document or not (Blink's count). It also counts removed nodes
   * React still holds in its fibers until their subtree renders again.
   */
  alive: number;
  listeners: number;
};
type Checkpoint = PageCounts & { reset: number; memory?: Memory };

/**
 * The visitor leaves: the idle time and its countdown pass, the kiosk starts over and tours, and
 * the next visitor touches the tour's card. Watched in the page (./visitor.js), with no round trips.
 */
async function startOverAndTour(): Promise<PageCounts> {
  const timeoutMs = (KIOSK.idleSeconds + KIOSK.attractSeconds * TOUR_STEPS + 20) * 1000;
  return page
    .evaluate(
      ([steps, timeout]) =>
        (
          window as unknown as { soakVisitor: { nextVisitor: (s: number, t: number) => Promise<PageCounts> } }
        ).soakVisitor.nextVisitor(steps, timeout),
      [TOUR_STEPS, timeoutMs] as const,
    )
    .catch(async (error: unknown) => {
      await page.screenshot({ path: 'test-results/soak-no-tour.png' });
      throw error;
    });
}

/** With SOAK_SNAPSHOTS=<folder>, each memory reading also writes a heap snapshot there (to compare in DevTools). */
const SNAPSHOTS = process.env['SOAK_SNAPSHOTS'];

async function readMemory(name: string): Promise<Memory> {
  await mapIdle();
  const heapMb = await heapAfterGcMb(cdp);
  if (SNAPSHOTS) await writeHeapSnapshot(`${SNAPSHOTS}/${name}.heapsnapshot`);
  const { nodes: alive, jsEventListeners: listeners } = await cdp.send('Memory.getDOMCounters');
  return { heapMb, alive, listeners };
}

const started = performance.now();
await page.goto(`${server.url}${SEARCH}`);
await page.locator('[role="status"][data-loaded="true"]').waitFor({ timeout: 120_000 });
await mapIdle();
mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
const atLoad = await readMemory('at-load');
// The first start over loads what a kiosk loads once (the tour's card, the countdown): the day starts after it.
const start: Checkpoint = { reset: 0, ...(await startOverAndTour()), memory: await readMemory('start-over-0') };
const checkpoints: Checkpoint[] = [start];
const done: Record<string, { done: number; skipped: number }> = Object.fromEntries(
  kinds.map(([name]) => [name, { done: 0, skipped: 0 }]),
);
const phaseMs = { visitors: 0, startOvers: 0, languageSwitches: 0, contextLosses: 0, memory: 0 };
const timedPhase = async <T>(phase: keyof typeof phaseMs, action: () => Promise<T>): Promise<T> => {
  const from = performance.now();
  const result = await action();
  phaseMs[phase] += performance.now() - from;
  return result;
};
let languageSwitches = 0;
let contextLosses = 0;
let interactions = 0;
const every = (count: number) => Math.max(1, Math.floor(RESETS / Math.max(count, 1)));

for (let reset = 1; reset <= RESETS; reset += 1) {
  // Steps that found nothing to act on (a detail to close when none is open) are made up at once.
  const goal = Math.ceil((INTERACTIONS * reset) / RESETS);
  for (let batch = 0; interactions < goal && batch < 5; batch += 1) {
    const planned = Array.from({ length: goal - interactions }, pickKind);
    const ran = await timedPhase('visitors', () => visit(planned.map((kind) => INTERACTIONS_BY_KIND[kind]!.step())));
    planned.forEach((kind, i) => (done[kind]![ran[i] ? 'done' : 'skipped'] += 1));
    interactions += ran.filter(Boolean).length;
  }
  if (languageSwitches < LANGUAGE_SWITCHES && (reset - 1) % every(LANGUAGE_SWITCHES) === 0) {
    await timedPhase('languageSwitches', switchLanguage);
    languageSwitches += 1;
    interactions += 1;
  }
  // Not just before a memory reading: a new map holds less than one that has been used.
  if (contextLosses < CONTEXT_LOSSES && (reset - 1) % every(CONTEXT_LOSSES) === Math.floor(every(CONTEXT_LOSSES) / 2)) {
    await timedPhase('contextLosses', loseContext);
    contextLosses += 1;
  }
  const counts = await timedPhase('startOvers', startOverAndTour);
  const memory =
    reset % MEMORY_EVERY === 0 || reset === RESETS
      ? await timedPhase('memory', () => readMemory(`start-over-${reset}`))
      : undefined;
  checkpoints.push({ reset, ...counts, ...(memory && { memory }) });
  if (memory)
    console.log(
      `${reset} resets, ${interactions} interactions: heap ${memory.heapMb.toFixed(1)} MB, ${counts.nodes} DOM nodes in the document`,
    );
}
const minutes = (performance.now() - started) / 60_000;
const version = browser.version();
await browser.close();
await server.close();

const measured = checkpoints.flatMap(({ reset, memory }) => (memory ? [{ reset, ...memory }] : []));
const first = measured[0]!;
const last = measured.at(-1)!;
const growth = last.heapMb - first.heapMb;
const steps = measured.slice(1).map((m, i) => ({ mb: m.heapMb - measured[i]!.heapMb, reset: m.reset }));
const largest = steps.reduce((a, b) => (b.mb > a.mb ? b : a), steps[0] ?? { mb: 0, reset: first.reset });
// The heap after GC swings by megabytes with what MapLibre's tile caches hold at that moment: the
// least-squares line through every reading says whether it climbs underneath.
const trendPer100 = 100 * slope(measured.map(({ reset, heapMb }) => [reset, heapMb]));
const nodesOff = checkpoints.filter((c) => c.nodes !== start.nodes);
/** The elements one checkpoint has more (or fewer) of than the start. */
const elementsOff = (c: Checkpoint) =>
  [...new Set([...Object.keys(c.inPage), ...Object.keys(start.inPage)])]
    .map((name) => [name, (c.inPage[name] ?? 0) - (start.inPage[name] ?? 0)] as const)
    .filter(([, difference]) => difference !== 0)
    .map(([name, difference]) => `${difference > 0 ? '+' : ''}${difference} ${name}`);
const allProjectsBack = checkpoints.every((c) => c.projects === PROJECTS);
const passed = growth < HEAP_GROWTH_TARGET_MB && nodesOff.length === 0 && errors.length === 0 && allProjectsBack;

const mb = (value: number) => `${value.toFixed(1)} MB`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, Chromium ${version} (headless, SwiftShader software WebGL)`;
const table = [
  '| measure | at load | after the first start over | after the last | target |',
  '|---|---|---|---|---|',
  `| JS heap after garbage collection | ${mb(atLoad.heapMb)} | ${mb(first.heapMb)} | ${mb(last.heapMb)} | growth < ${HEAP_GROWTH_TARGET_MB} MB: ${mb(growth)} |`,
  `| DOM nodes in the document | | ${start.nodes} | ${checkpoints.at(-1)!.nodes} | the same after each start over: ${RESETS - nodesOff.length} of ${RESETS} |`,
  `| DOM nodes alive (in the document or not) | ${atLoad.alive} | ${first.alive} | ${last.alive} |  |`,
  `| JS event listeners | ${atLoad.listeners} | ${first.listeners} | ${last.listeners} |  |`,
].join('\n');
const mix = kinds.map(([name]) => `${name} ${done[name]!.done}`).join(', ');
const summary = `Measured by \`npm run soak\` on ${new Date().toISOString().slice(0, 10)} in ${minutes.toFixed(1)} minutes: the
production build deployed as a kiosk (config.json \`"mode": "kiosk"\`, idle time ${KIOSK.idleSeconds} s, tour steps
of ${KIOSK.attractSeconds} s), 1920 × 1080 with touch, a synthetic dataset of ${PROJECTS} projects and ${PARTNERS}
partner records, drawn at half the pixel density. ${interactions} interactions (${mix}, language switches ${languageSwitches}), ${contextLosses} WebGL
context losses and ${RESETS} idle resets, each followed by ${TOUR_STEPS + 1} projects of the attract tour and a touch
on its card. The interactions are the DOM events of a touch dispatched in the page
(\`scripts/soak/visitor.js\`), ${PAUSE_MS} ms apart, so that they are not each paced by a software-rendered
frame. The document is counted after every start over; memory after every ${MEMORY_EVERY}th, with the map
settled and after a forced garbage collection.

Machine: ${machine}.

${table}

Heap after garbage collection, after every ${MEMORY_EVERY}th start over (MB): ${measured.map(({ heapMb }) => heapMb.toFixed(1)).join(', ')}.
Its trend (least squares): ${trendPer100 >= 0 ? '+' : ''}${mb(trendPer100)} per 100 start overs.
Largest heap growth between two readings: ${mb(largest.mb)} (up to start over ${largest.reset}).
Every start over showed all ${PROJECTS} projects again: ${allProjectsBack ? 'yes' : 'no'}.
Errors logged: ${errors.length}.${nodesOff.length > 0 ? `\nThe document differed from the start at ${nodesOff.length} start overs (by ${nodesOff.map((c) => c.nodes - start.nodes).join(', ')} nodes).` : ''}`;
console.log(`\n${summary}\n`);
for (const error of errors.slice(0, 20)) console.log(`error: ${error}`);
for (const c of nodesOff.slice(0, 10))
  console.log(
    `start over ${c.reset}: ${c.nodes - start.nodes} nodes; elements against the start: ${elementsOff(c).join(', ') || 'the same'}`,
  );
writePerformanceSection('soak', `## A kiosk's day (\`npm run soak\`)\n\n${summary}`);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/soak.json',
  JSON.stringify(
    {
      atLoad,
      start,
      measured,
      growthMb: growth,
      trendPer100Mb: trendPer100,
      largest,
      nodesOff,
      errors,
      done,
      phaseMs,
      minutes,
    },
    null,
    2,
  ),
);
console.log(passed ? 'soak: every target met' : 'soak: a target was missed');
process.exit(passed ? 0 : 1);

async function writeHeapSnapshot(file: string): Promise<void> {
  mkdirSync(SNAPSHOTS!, { recursive: true });
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  writeFileSync(file, chunks.join(''));
}

/** The least-squares slope of y over x. */
function slope(points: (readonly [number, number])[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}
