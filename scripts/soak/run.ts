// `npm run soak`: a kiosk's compressed day. The built app, deployed as a kiosk (config.json
// `"mode": "kiosk"`), on a touch screen at 1080p with a 2,000-project dataset, goes through
// thousands of visitor interactions (taps on the map's points, clusters and areas, on list rows
// and filters; filters through the address; searches, pans, pinches, list scrolls), language
// switches and WebGL context losses, and starts over after each visitor with its attract tour.
// The compression: the idle time is the shortest a kiosk takes (5 s), the tour shows a project a
// second, and the interactions are DOM events dispatched in the page (./visitor.js), not paced by
// software-rendered frames. At each start over it reads the JS heap after garbage collection and
// the DOM counters, prints them with the targets, and writes them to docs/performance.md and
// test-results/soak.json. Exits with 1 when a target is missed.
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
/** Real time between two interactions: a quick visitor, with time for the page to draw now and then. */
const PAUSE_MS = 15;
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
type Visitor = {
  touch: (paths: Point[][]) => unknown;
  tapAt: (x: number, y: number) => string;
  tapElement: (selector: string, nth: number) => boolean;
  typeInto: (selector: string, nth: number, text: string) => boolean;
  choose: (selector: string, value: string) => boolean;
  scroll: (selector: string, dy: number) => boolean;
};
/** Calls one of ./visitor.js's hands in the page. */
const visitor = <K extends keyof Visitor>(hand: K, ...args: Parameters<Visitor[K]>) =>
  page.evaluate(
    ([name, values]) => {
      const hands = (window as unknown as { soakVisitor: Record<string, (...a: unknown[]) => unknown> }).soakVisitor;
      return hands[name as string]!(...(values as unknown[]));
    },
    [hand, args] as const,
  ) as Promise<ReturnType<Visitor[K]>>;

/** Where the map is on the screen, once the app is there. */
let mapBox = { x: 0, y: 0, width: 0, height: 0 };
/** A place on the map, clear of its controls on the right. */
const onMap = (): Point => ({
  x: mapBox.x + mapBox.width * (0.05 + random() * 0.8),
  y: mapBox.y + mapBox.height * (0.1 + random() * 0.8),
});
const line = (from: Point, dx: number, dy: number, steps = 6): Point[] =>
  Array.from({ length: steps }, (_, i) => ({ x: from.x + (dx * i) / (steps - 1), y: from.y + (dy * i) / (steps - 1) }));

/** What a visitor does, by kind, and how often; each returns false when what it needs is not on the screen. */
const INTERACTIONS_BY_KIND: Record<string, { weight: number; run: () => Promise<boolean> }> = {
  'tap on the map': { weight: 30, run: async () => (await visitor('tapAt', onMap().x, onMap().y)) !== '' },
  'pan the map': {
    weight: 6,
    run: async () => (await visitor('touch', [line(onMap(), between(-300, 300), between(-200, 200))]), true),
  },
  'pinch the map': {
    weight: 4,
    run: async () => {
      const centre = onMap();
      const spread = between(-120, 120);
      await visitor('touch', [line(centre, -spread, 0), line({ x: centre.x + 150, y: centre.y }, spread, 0)]);
      return true;
    },
  },
  'tap a list row': { weight: 14, run: () => visitor('tapElement', '.project-item', between(0, 7)) },
  'close the detail': { weight: 8, run: () => visitor('tapElement', '.detail-panel .close', 0) },
  'scroll the list': { weight: 6, run: () => visitor('scroll', '.sidebar', between(-600, 900)) },
  'toggle a programme': {
    weight: 12,
    run: () => visitor('tapElement', '.filters .check input[type="checkbox"]', between(0, programmeIds.length - 1)),
  },
  'change the years': {
    weight: 6,
    run: () =>
      visitor(
        'typeInto',
        '.filters input[type="number"]',
        between(0, 1),
        random() < 0.3 ? '' : String(between(2008, 2027)),
      ),
  },
  'change the budget': {
    weight: 4,
    run: () =>
      visitor('typeInto', '.filters input[type="number"]', 2, random() < 0.4 ? '' : String(between(1, 40) * 100_000)),
  },
  search: {
    weight: 5,
    run: () => visitor('typeInto', 'input[type="search"]', 0, random() < 0.3 ? '' : pick(searchWords)),
  },
  'filter through the address': {
    weight: 5,
    run: async () => {
      const params = new URLSearchParams(SEARCH);
      params.set('programme', pick(programmeIds));
      if (random() < 0.5) params.set('from', String(between(2010, 2024)));
      await page.evaluate((search) => {
        history.pushState(null, '', `${location.pathname}?${search}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, params.toString());
      return true;
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
  await visitor('choose', 'header select', pick(offered.filter((lang) => lang !== current)));
}

async function loseContext(): Promise<void> {
  const extension = await page.evaluateHandle(() =>
    document
      .querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
      ?.getContext('webgl2')
      ?.getExtension('WEBGL_lose_context'),
  );
  await extension.evaluate((lose) => lose?.loseContext());
  await page.waitForTimeout(200);
  await extension.evaluate((lose) => lose?.restoreContext());
  await extension.dispose();
  await mapIdle();
}

/** The visitor leaves: the idle time and its countdown pass, the kiosk starts over and tours, the next one touches the card. */
async function startOverAndTour(): Promise<void> {
  const card = page.locator('.attract-card');
  await card.waitFor({ timeout: (KIOSK.idleSeconds + 10) * 1000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: 'test-results/soak-no-tour.png' });
    throw error;
  });
  for (let step = 0; step < TOUR_STEPS; step += 1) {
    const shown = await card.locator('h2, h3').first().innerText();
    await page.waitForFunction(
      (title) => document.querySelector('.attract-card')?.querySelector('h2, h3')?.textContent !== title,
      shown,
      { timeout: (KIOSK.attractSeconds + 10) * 1000 },
    );
  }
  const box = (await card.boundingBox())!;
  await visitor('tapAt', box.x + box.width / 2, box.y + box.height / 2);
  await card.waitFor({ state: 'hidden', timeout: 30_000 });
}

type Checkpoint = {
  heapMb: number;
  nodes: number;
  /** The elements in the document, by tag and class: what differs when the DOM did not come back. */
  inPage: Record<string, number>;
  listeners: number;
  projects: number;
};
/** The figures of the moment: `nodes` counts every DOM node alive, `inPage` those in the document. */
async function checkpoint(): Promise<Checkpoint> {
  const heapMb = await heapAfterGcMb(cdp);
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const inPage = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const element of document.getElementsByTagName('*')) {
      const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  });
  const projects = Number(await page.locator('[role="status"][data-projects]').getAttribute('data-projects'));
  return { heapMb, nodes, inPage, listeners: jsEventListeners, projects };
}

const started = performance.now();
await page.goto(`${server.url}${SEARCH}`);
await page.locator('[role="status"][data-loaded="true"]').waitFor({ timeout: 120_000 });
await mapIdle();
mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
const atLoad = await checkpoint();
// The first start over loads what a kiosk loads once (the tour's card, the countdown): the day starts after it.
await startOverAndTour();
const start = await checkpoint();
const checkpoints: Checkpoint[] = [start];
const done: Record<string, { done: number; skipped: number; ms: number }> = Object.fromEntries(
  kinds.map(([name]) => [name, { done: 0, skipped: 0, ms: 0 }]),
);
const phaseMs = { startOvers: 0, languageSwitches: 0, contextLosses: 0, checkpoints: 0 };
const timedPhase = async <T>(phase: keyof typeof phaseMs, action: () => Promise<T>): Promise<T> => {
  const from = performance.now();
  const result = await action();
  phaseMs[phase] += performance.now() - from;
  return result;
};
let languageSwitches = 0;
let contextLosses = 0;
let interactions = 0;
const perReset = Math.ceil(INTERACTIONS / RESETS);
const every = (count: number) => Math.max(1, Math.floor(RESETS / Math.max(count, 1)));

for (let reset = 0; reset < RESETS; reset += 1) {
  for (let i = 0; i < perReset && interactions < INTERACTIONS; i += 1) {
    const kind = pickKind();
    const from = performance.now();
    try {
      const ran = await INTERACTIONS_BY_KIND[kind]!.run();
      done[kind]![ran ? 'done' : 'skipped'] += 1;
      if (ran) interactions += 1;
    } catch (error) {
      done[kind]!.skipped += 1;
      if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    }
    done[kind]!.ms += performance.now() - from;
    await page.waitForTimeout(PAUSE_MS);
  }
  if (languageSwitches < LANGUAGE_SWITCHES && reset % every(LANGUAGE_SWITCHES) === 0) {
    await timedPhase('languageSwitches', switchLanguage);
    languageSwitches += 1;
    interactions += 1;
  }
  if (contextLosses < CONTEXT_LOSSES && reset % every(CONTEXT_LOSSES) === every(CONTEXT_LOSSES) - 1) {
    await timedPhase('contextLosses', loseContext);
    contextLosses += 1;
  }
  await timedPhase('startOvers', startOverAndTour);
  checkpoints.push(await timedPhase('checkpoints', checkpoint));
  if ((reset + 1) % 5 === 0)
    console.log(
      `${reset + 1} resets, ${interactions} interactions: heap ${checkpoints.at(-1)!.heapMb.toFixed(1)} MB, ${checkpoints.at(-1)!.nodes} DOM nodes`,
    );
}
const minutes = (performance.now() - started) / 60_000;
const version = browser.version();
await browser.close();
await server.close();

const end = checkpoints.at(-1)!;
const growth = end.heapMb - start.heapMb;
const steps = checkpoints.slice(1).map((c, i) => c.heapMb - checkpoints[i]!.heapMb);
const largestStep = Math.max(...steps);
const largestAt = steps.indexOf(largestStep) + 1;
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
  `| JS heap after garbage collection | ${mb(atLoad.heapMb)} | ${mb(start.heapMb)} | ${mb(end.heapMb)} | growth < ${HEAP_GROWTH_TARGET_MB} MB: ${mb(growth)} |`,
  `| DOM nodes | ${atLoad.nodes} | ${start.nodes} | ${end.nodes} | back at each start over: ${RESETS - nodesOff.length} of ${RESETS} |`,
  `| JS event listeners | ${atLoad.listeners} | ${start.listeners} | ${end.listeners} |  |`,
].join('\n');
const mix = kinds.map(([name]) => `${name} ${done[name]!.done}`).join(', ');
const summary = `Measured by \`npm run soak\` on ${new Date().toISOString().slice(0, 10)} in ${minutes.toFixed(1)} minutes: the
production build deployed as a kiosk (config.json \`"mode": "kiosk"\`, idle time ${KIOSK.idleSeconds} s, tour steps
of ${KIOSK.attractSeconds} s), 1920 × 1080 with touch, a synthetic dataset of ${PROJECTS} projects and ${PARTNERS}
partner records, drawn at half the pixel density. ${interactions} interactions (${mix}, language switches ${languageSwitches}), ${contextLosses} WebGL
context losses and ${RESETS} idle resets, each followed by ${TOUR_STEPS + 1} projects of the attract tour and a touch
on its card. The interactions are the DOM events of a touch dispatched in the page
(\`scripts/soak/visitor.js\`), ${PAUSE_MS} ms apart, so that they are not each paced by a software-rendered
frame. Figures at each start over, after a forced garbage collection.

Machine: ${machine}.

${table}

Largest heap growth between two start overs: ${mb(largestStep)} (before start over ${largestAt}).
Every start over showed all ${PROJECTS} projects again: ${allProjectsBack ? 'yes' : 'no'}.
Errors logged: ${errors.length}.${nodesOff.length > 0 ? `\nDOM nodes differed from the start at ${nodesOff.length} start overs (by ${nodesOff.map((c) => c.nodes - start.nodes).join(', ')}).` : ''}`;
console.log(`\n${summary}\n`);
for (const error of errors.slice(0, 20)) console.log(`error: ${error}`);
if (nodesOff[0])
  console.log(`elements in the page then, against the start: ${elementsOff(nodesOff[0]).join(', ') || 'the same'}`);
writePerformanceSection('soak', `## A kiosk's day (\`npm run soak\`)\n\n${summary}`);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/soak.json',
  JSON.stringify(
    { atLoad, start, end, growthMb: growth, largestStepMb: largestStep, nodesOff, errors, done, phaseMs, minutes },
    null,
    2,
  ),
);
console.log(passed ? 'soak: every target met' : 'soak: a target was missed');
process.exit(passed ? 0 : 1);
