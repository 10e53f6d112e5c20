// A kiosk's offline copy of the app: a service worker (built by vite.config.ts) that keeps every
// file the app loads, so that a kiosk whose network drops keeps working through reloads and idle
// resets. Only a kiosk registers it (main.tsx, startKiosk). The full app and embeds run in
// visitors' browsers and inside other sites, where a worker would outlive the visit and go on
// serving an old version of the app and its data: they load from the network exactly as before.
// (In the kiosk's browser the worker answers for every page of the site: a kiosk has a browser
// profile of its own.) Nothing new replaces what a visitor is using: a new version installs and
// waits (takeWaitingUpdate), a replaced config.json or dataset is only noticed (changedOnServer),
// and the kiosk takes either when no one is there, at a start over.
import type { Workbox } from 'workbox-window';

let registered: { workbox: Workbox; registration: ServiceWorkerRegistration } | undefined;
let started = false;

/**
 * Registers the worker and looks for a new version every `refreshMinutes` (the browser looks only
 * when a page loads, and a kiosk may run for days without one). `dataFiles` (config.json, the
 * dataset) are kept as they pass through the worker; on the first visit they were loaded before
 * the worker was there, so they are asked for again.
 */
export async function registerServiceWorker(refreshMinutes: number, dataFiles: readonly string[]): Promise<void> {
  if (!('serviceWorker' in navigator) || started) return;
  started = true;
  // Loaded here, so that only a kiosk downloads it.
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  if (!navigator.serviceWorker.controller)
    void workbox.controlling.then(() => Promise.all(dataFiles.map((file) => fetch(file)))).catch(() => undefined);
  try {
    const registration = await workbox.register();
    if (registration) registered = { workbox, registration };
  } catch (error) {
    // Offline on the very first visit: the next load tries again.
    console.warn('service worker:', error);
    return;
  }
  setInterval(() => void registered?.registration.update().catch(() => undefined), refreshMinutes * 60 * 1000);
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

/**
 * Whether the server now has another version of one of `files` than the kept one (a deployer may
 * replace config.json or the dataset without a new build). It asks for their headers only (the
 * worker lets HEAD requests through, past every cache) and compares ETag, else Last-Modified.
 * Offline, or with a file not kept, missing on the server or sent with neither, nothing has changed.
 */
export async function changedOnServer(files: readonly string[]): Promise<boolean> {
  if (!('caches' in window)) return false;
  const version = (response: Response | undefined) =>
    response?.ok ? (response.headers.get('etag') ?? response.headers.get('last-modified')) : null;
  const changed = await Promise.all(
    files.map(async (file) => {
      const kept = version(await caches.match(file));
      if (kept === null) return false;
      const current = version(await fetch(file, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined));
      return current !== null && current !== kept;
    }),
  );
  return changed.includes(true);
}
