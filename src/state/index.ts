export { createAppStore, resetKeepingLocks, useAppStore } from './store';
export type { AppState, AppStore } from './store';
export { selectCounts, selectKnownIds, selectResult } from './selectors';
