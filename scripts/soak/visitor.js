// A visitor's hands for `npm run soak`, run in the page (an init script): the DOM events a touch
// screen sends for a tap, a drag, a pinch, typing and a scroll, dispatched where the finger is.
// They reach the same handlers as a real touch (the kiosk's, React's, MapLibre's), but the soak
// does not wait for the browser to draw a software-rendered frame after each event, as
// Playwright's input does: a day of interactions fits in minutes.

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

Object.assign(window, { soakVisitor: { touch, tapAt, tapElement, typeInto, choose, scroll } });
