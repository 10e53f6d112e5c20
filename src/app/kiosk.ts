// What only a kiosk runs, loaded only in kiosk mode: starting over when left alone, then touring
// the projects until someone comes, the screen kept awake, and the offline copy with its updates
// taken at a start over.
import { keepScreenAwake, onStartOver, startAttractTour, startIdleReset } from '../edges/idle';
import { registerServiceWorker, takeWaitingUpdate } from '../edges/offline/serviceWorker';
import type { AppStore } from '../state';

export function runKiosk(store: AppStore): void {
  startAttractTour(store);
  startIdleReset(store);
  keepScreenAwake();
  // Kept for offline use; a new version waits for a moment with no visitor (src/edges/offline).
  void registerServiceWorker();
  onStartOver(store, takeWaitingUpdate);
}
