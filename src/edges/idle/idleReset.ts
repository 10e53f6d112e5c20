// A kiosk left alone starts over for the next visitor: after its idle time with no touch, a short
// countdown that any touch stops (the store's idleCountdown, shown by IdleCountdown), then
// store.startOver(). One timer at a time: each touch replaces it. While an attract tour runs
// (./attractTour.ts) it waits for the next touch.
import { countdownSeconds } from '../../domain/view/kiosk';
import type { AppStore } from '../../state';

/**
 * What a visitor does that says someone is there. `input` and `change` too, as a native picker
 * (a select's list, say) takes touches that never reach the page.
 */
export const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'input',
  'change',
] as const;

// Passive, so that listening never delays a scroll or a pan; capture, so that no handler that
// stops an event hides the visitor from us.
const LISTENER_OPTIONS = { passive: true, capture: true } as const;

/** Calls `listener` at each sign of a visitor on `target`; returns the function that stops listening. */
export function onActivity(target: EventTarget, listener: (event: Event) => void): () => void {
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, listener, LISTENER_OPTIONS);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, listener, LISTENER_OPTIONS);
  };
}

/** Starts watching for activity; returns the function that stops watching and clears the timers. */
export function startIdleReset(store: AppStore, target: EventTarget = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const clearTimers = () => {
    clearTimeout(timer);
    clearInterval(ticker);
    timer = ticker = undefined;
  };

  const countDown = (seconds: number) => {
    let left = seconds;
    store.getState().setIdleCountdown(left);
    ticker = setInterval(() => {
      left -= 1;
      if (left > 0) {
        store.getState().setIdleCountdown(left);
        return;
      }
      store.getState().startOver();
      // An attract tour that starts now keeps the kiosk at its start: nothing to start over from
      // until someone comes, whose touch starts the wait again.
      if (store.getState().attractProject === null) restart();
      else clearTimers();
    }, 1000);
  };

  const restart = () => {
    clearTimers();
    if (store.getState().idleCountdown !== null) store.getState().setIdleCountdown(null);
    const { idleSeconds } = store.getState().kiosk;
    const countdown = countdownSeconds(idleSeconds);
    timer = setTimeout(() => countDown(countdown), (idleSeconds - countdown) * 1000);
  };

  const stopListening = onActivity(target, () => restart());
  restart();
  return () => {
    stopListening();
    clearTimers();
    store.getState().setIdleCountdown(null);
  };
}

/**
 * Calls `listener` each time the kiosk starts over: a moment with no visitor, when a new version
 * of the app or its data can be taken. Returns the function that stops calling it.
 */
export function onStartOver(store: AppStore, listener: () => void): () => void {
  return store.subscribe((s) => s.startOverCount, listener);
}
