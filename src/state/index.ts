export { createAppStore, resetKeepingLocks, useAppStore } from './store';
export type { AppState, AppStore } from './store';
export {
  selectAllowedProgrammes,
  selectCounts,
  selectKnownIds,
  selectRegionFilterBounds,
  selectRegionPartners,
  selectRegionSplit,
  selectResult,
} from './selectors';
export type { RegionSplit } from './selectors';
