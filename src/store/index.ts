export { createAppStore, resetKeepingLocks, useAppStore } from './store';
export type { AppState, AppStore, Lang, Notice, Selection } from './store';
export { selectCounts, selectResult } from './selectors';
