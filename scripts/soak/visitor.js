// A visitor's hands for `npm run soak`, run in the page (an init script): the DOM events a touch
// screen sends for a tap, a drag, a pinch, typing and a scroll, dispatched where the finger is.
// They reach the same handlers as a real touch (the kiosk's, React's, MapLibre's), but the soak
// does not wait for the browser to draw a software-rendered frame after each event, as
// Playwright's input does, nor for a round trip to the soak per step (`visit` runs a visitor's
// steps in the page): a day of interactions fits in minutes.

const FINGER = { bubbles: true, cancelable: true, composed: true };

/**
 * @param {Element} target
 * @param {number} identifier
 * @param {{ x: number, y: number }} at
 */
const touchAt = (target, identifier, at) => new Touch({ identifier, target, clientX: at.x, clientY: at.y });

/**
 * Fingers down, moved along their paths, and up: touch and pointer events on what is under the first.
 * @param {{ x: number, y: number }[][]} paths one path per finger, all of the same length
 * @returns {Element | null} what the touch landed on
 */
function touch(paths) {
  const first = paths[0]?.[0];
  const target = first && document.elementFromPoint(first.x, first.y);
  if (!first || !target) return null;
  /** @param {number} step */
  const touches = (step) => paths.map((path, finger) => touchAt(target, finger + 1, path[step] ?? first));
  /** @param {string} type @param {number} step */
  const pointers = (type, step) =>
    paths.forEach((path, finger) => {
      const at = path[step] ?? first;
      target.dispatchEvent(
        new PointerEvent(type, {
          ...FINGER,
          pointerId: finger + 1,
          pointerType: 'touch',
          isPrimary: finger === 0,
          clientX: at.x,
          clientY: at.y,
        }),
      );
    });
  const last = (paths[0]?.length ?? 1) - 1;
  pointers('pointerdown', 0);
  const down = touches(0);
  target.dispatchEvent(
    new TouchEvent('touchstart', { ...FINGER, touches: down, targetTouches: down, changedTouches: down }),
  );
  for (let step = 1; step <= last; step += 1) {
    pointers('pointermove', step);
    const moved = touches(step);
    target.dispatchEvent(
      new TouchEvent('touchmove', { ...FINGER, touches: moved, targetTouches: moved, changedTouches: moved }),
    );
  }
  pointers('pointerup', last);
  target.dispatchEvent(
    new TouchEvent('touchend', { ...FINGER, touches: [], targetTouches: [], changedTouches: touches(last) }),
  );
  return target;
}

/**
 * A tap: a touch that does not move, then the click the browser makes of it.
 * @param {number} x
 * @param {number} y
 * @returns {string} what it landed on, as a tag and class, or '' for nothing
 */
function tapAt(x, y) {
  const target = touch([[{ x, y }]]);
  if (!target) return '';
  target.dispatchEvent(new MouseEvent('click', { ...FINGER, clientX: x, clientY: y, detail: 1 }));
  return `${target.tagName.toLowerCase()}.${target.getAttribute('class') ?? ''}`;
}

/**
 * A tap on the middle of the `nth` element matching `selector` that is on the screen, brought
 * into view first as a visitor would scroll to it; false when there is none.
 * @param {string} selector
 * @param {number} nth
 */
function tapElement(selector, nth) {
  const shown = [...document.querySelectorAll(selector)].filter((element) => element.getClientRects().length > 0);
  const element = shown[nth % Math.max(shown.length, 1)];
  if (!element) return false;
  element.scrollIntoView({ block: 'nearest' });
  const box = element.getBoundingClientRect();
  tapAt(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

/**
 * Types `text` into the field matching `selector` (replacing what was there), as the on-screen
 * keyboard does: a tap to focus, then the field's value and an input event.
 * @param {string} selector
 * @param {number} nth
 * @param {string} text
 */
function typeInto(selector, nth, text) {
  const field = document.querySelectorAll(selector)[nth];
  if (!(field instanceof HTMLInputElement) || field.disabled) return false;
  tapElement(selector, nth);
  field.focus();
  // React keeps its own copy of the value: the prototype's setter is what the browser calls.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/**
 * Picks `value` in the select matching `selector`, as the browser's picker does.
 * @param {string} selector
 * @param {string} value
 */
function choose(selector, value) {
  const select = document.querySelector(selector);
  if (!(select instanceof HTMLSelectElement)) return false;
  tapElement(selector, 0);
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * A flick through the element matching `selector`: its content scrolls by `dy`.
 * @param {string} selector
 * @param {number} dy
 */
function scroll(selector, dy) {
  const element = document.querySelector(selector);
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  touch([[from, { x: from.x, y: from.y - dy }]]);
  element.scrollBy(0, dy);
  return true;
}

/**
 * Filters through the address, as a shared link or the browser's back button does.
 * @param {string} search the query string, without `?`
 */
function navigate(search) {
  history.pushState(null, '', `${location.pathname}?${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
  return true;
}

const hands = { touch, tapAt, tapElement, typeInto, choose, scroll, navigate };

/**
 * Resolves with what `test` returns once it is truthy, checked every 50 ms.
 * @template T
 * @param {() => T} test
 * @param {number} timeoutMs
 * @param {string} what
 * @returns {Promise<T>}
 */
function until(test, timeoutMs, what) {
  const from = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = test();
      if (value) resolve(value);
      else if (performance.now() - from > timeoutMs) reject(new Error(`soak: no ${what} within ${timeoutMs} ms`));
      else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * The last visitor has left: waits for the start over and its tour, lets the tour move on `steps`
 * projects, and touches its card as the next visitor does. Then counts the document.
 * @param {number} steps
 * @param {number} timeoutMs
 */
async function nextVisitor(steps, timeoutMs) {
  const card = () => document.querySelector('.attract-card');
  const title = () => card()?.querySelector('h2, h3')?.textContent ?? '';
  let shown = await until(title, timeoutMs, 'attract tour');
  for (let step = 0; step < steps; step += 1) {
    const before = shown;
    shown = await until(() => (title() !== before ? title() : ''), timeoutMs, 'next project of the tour');
  }
  const box = card()?.getBoundingClientRect();
  if (box) tapAt(box.x + box.width / 2, box.y + box.height / 2);
  await until(() => (card()?.getClientRects().length ?? 0) === 0, timeoutMs, 'end of the tour');
  return countDocument();
}

/** The nodes in the document, its elements by tag and class, and the projects the summary counts. */
function countDocument() {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes += 1;
  /** @type {Record<string, number>} */
  const inPage = {};
  for (const element of document.getElementsByTagName('*')) {
    const tag = element.tagName.toLowerCase();
    // A link says which file it loads: the module loader adds one for a lazy chunk.
    const name =
      tag === 'link'
        ? `link[${element.getAttribute('rel') ?? ''}] ${element.getAttribute('href') ?? ''}`
        : `${tag}.${element.getAttribute('class') ?? ''}`;
    inPage[name] = (inPage[name] ?? 0) + 1;
  }
  const projects = Number(document.querySelector('[role="status"][data-projects]')?.getAttribute('data-projects'));
  return { nodes, inPage, projects };
}

/**
 * A visitor's steps one after another, `pauseMs` apart.
 * @param {{ hand: keyof typeof hands, args: unknown[] }[]} steps
 * @param {number} pauseMs
 * @returns {Promise<boolean[]>} for each step, whether what it needed was on the screen
 */
async function visit(steps, pauseMs) {
  const done = [];
  for (const { hand, args } of steps) {
    const result = /** @type {(...values: unknown[]) => unknown} */ (hands[hand])(...args);
    done.push(result !== false && result !== '');
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return done;
}

Object.assign(window, { soakVisitor: { ...hands, visit, nextVisitor } });
