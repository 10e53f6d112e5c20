// A kiosk's offline copy of the app: a service worker (built by vite.config.ts) that keeps every
// file the app loads, so that a kiosk whose network drops keeps working through reloads and idle
// resets. Only a kiosk registers it (main.tsx, startKiosk). The full app and embeds run in
// visitors' browsers and inside other sites, where a worker would outlive the visit and go on
// serving an old version of the app and its data: they load from the network exactly as before.
// (In the kiosk's browser the worker answers for every page of the site: a kiosk has a browser
// profile of its own.) A new version never replaces the one a visitor is using: it installs and
// waits, and the kiosk takes it when no one is there (takeWaitingUpdate, at the idle reset).
import type { Workbox } from 'workbox-window';

/** The browser looks for a new version only when a page loads, and a kiosk may run for days without one. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let registered: { workbox: Workbox; registration: ServiceWorkerRegistration } | undefined;
let started = false;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || started) return;
  started = true;
  // Loaded here, so that only a kiosk downloads it.
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  // config.json is kept as it passes through the worker (network first, so that a changed one
  // arrives); on the first visit it was loaded before the worker was there, so it is asked again.
  if (!navigator.serviceWorker.controller)
    void workbox.controlling.then(() => fetch(`${import.meta.env.BASE_URL}config.json`)).catch(() => undefined);
  try {
    const registration = await workbox.register();
    if (registration) registered = { workbox, registration };
  } catch (error) {
    // Offline on the very first visit: the next load tries again.
    console.warn('service worker:', error);
    return;
  }
  setInterval(() => void registered?.registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/**
 * Switches to a new version if one is waiting, by reloading the page into it; true if it does.
 * For a moment when no one is using the kiosk.
 */
export function takeWaitingUpdate(): boolean {
  if (!registered?.registration.waiting) return false;
  // The new worker takes the page over once it is active (clientsClaim); the page then reloads from it.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  registered.workbox.messageSkipWaiting();
  return true;
}
