// What only a kiosk runs, loaded only in kiosk mode: starting over when left alone, then touring
// the projects until someone comes, the screen kept awake, and the offline copy with its updates
// taken at a start over.
import datasetUrl from '../../data/dataset.json?url';
import { keepScreenAwake, onActivity, onStartOver, startAttractTour, startIdleReset } from '../edges/idle';
import { dataUrlFrom } from '../edges/loading/loadData';
import { changedOnServer, registerServiceWorker, takeWaitingUpdate } from '../edges/offline/serviceWorker';
import type { AppStore } from '../state';

export function runKiosk(store: AppStore): void {
  startAttractTour(store);
  startIdleReset(store);
  keepScreenAwake();
  // Its links are QR codes: the dialog is there for the first visitor's tap, not fetched then.
  // Offline and never cached, that tap tries again (ExternalLink's lazy import).
  import('../ui/QrDialog').catch(() => undefined);
  // Kept for offline use; what is new waits for a moment with no visitor (src/edges/offline).
  const dataFiles = replaceableFiles();
  void registerServiceWorker(store.getState().kiosk.refreshMinutes, dataFiles);
  onStartOver(store, () => void takeUpdate(dataFiles));
}

/** The files a deployer may replace without a new build: config.json and the dataset shown. */
function replaceableFiles(): string[] {
  // A dataset from another origin is not kept offline (the worker keeps this origin's files).
  const requested = dataUrlFrom(window.location.search, window.location.href, []).url;
  return [`${import.meta.env.BASE_URL}config.json`, requested ?? datasetUrl].map(
    (file) => new URL(file, window.location.href).href,
  );
}

/**
 * At a start over, a new version of the app if one is waiting, else a replaced config.json or
 * dataset, each by a reload. Asking the server takes a moment: a visitor who touches the screen
 * meanwhile keeps the page, and the next start over takes it.
 */
async function takeUpdate(dataFiles: readonly string[]): Promise<void> {
  if (takeWaitingUpdate()) return;
  let touched = false;
  const stopWatching = onActivity(window, () => (touched = true));
  const changed = await changedOnServer(dataFiles);
  stopWatching();
  if (changed && !touched) window.location.reload();
}
